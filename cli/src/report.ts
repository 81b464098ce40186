import type { Finding, Severity } from '../../server/src/engine';

/** The findings of one file with 1-based line and column numbers, as every output format needs them. */
export interface FileReport {
  readonly filePath: string;
  readonly messages: readonly Message[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly informationCount: number;
}

export interface Message {
  readonly ruleId: string;
  readonly criteria: readonly number[];
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
}

/** Offsets of line starts, to turn offsets into 1-based line/column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column (UTF-16 code units) of an offset. */
export function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

export function fileReport(filePath: string, text: string, findings: readonly Finding[]): FileReport {
  const starts = lineStarts(text);
  const messages = findings.map((f) => {
    const s = position(starts, f.start);
    const e = position(starts, f.end);
    return { ruleId: f.ruleId, criteria: [...f.criteria], severity: f.severity, message: f.message, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, text: f.matched };
  });
  const count = (sev: Severity): number => messages.filter((m) => m.severity === sev).length;
  return { filePath, messages, errorCount: count('error'), warningCount: count('warning'), informationCount: count('information') };
}
