import type { Finding, Severity } from '../../server/src/engine';
import { lineStarts, position } from '../../server/src/engine/positions';

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

export function fileReport(filePath: string, text: string, findings: readonly Finding[]): FileReport {
  const starts = lineStarts(text);
  const messages = findings.map((f) => {
    const s = position(starts, f.start);
    const e = position(starts, f.end);
    return { ruleId: f.ruleId, criteria: [...f.criteria], severity: f.severity, message: f.message, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, text: f.matched };
  });
  return withMessages(filePath, messages.sort(byPosition));
}

/** By line, then column, then end, then rule: the order of every output format. */
export function byPosition(a: Message, b: Message): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function withMessages(filePath: string, messages: Message[]): FileReport {
  const count = (sev: Severity): number => messages.filter((m) => m.severity === sev).length;
  return { filePath, messages, errorCount: count('error'), warningCount: count('warning'), informationCount: count('information') };
}

/** The report with errors only (`--quiet`). */
export function errorsOnly(report: FileReport): FileReport {
  return withMessages(report.filePath, report.messages.filter((m) => m.severity === 'error'));
}
