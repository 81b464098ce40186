import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { criterion, type Finding, type Identification, type Severity, type UncheckedClause } from '../engine';
import type { Note } from './nearestNotes';

export const SOURCE = 'osd-lint';

/** What a diagnostic carries in `data`: read back by code actions and by tools. */
export interface DiagnosticData {
  criteria: number[];
  ruleId: string;
  clauseStart: number;
  clauseEnd: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
};

/** One diagnostic per finding, on the offending words, with the criterion link and data. */
export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const data: DiagnosticData = { criteria: [...f.criteria], ruleId: f.ruleId, clauseStart: f.clauseStart, clauseEnd: f.clauseEnd };
  return {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    codeDescription: { href: criterion(f.criteria[0]).url },
    message: f.message,
    data,
  };
}

/** Information on what a close variant adds to or changes in a known licence, on the clauses of `text`. */
export function changeNotes(text: string, nearest: Identification): Note[] {
  const base = `${nearest.id} (${nearest.name}, ${Math.round(nearest.similarity * 100)} % similar)`;
  const note = (d: { start: number; end: number }, code: string, message: string): Note => ({
    start: d.start,
    end: d.end,
    words: text.slice(d.start, d.end),
    diagnostic: { severity: DiagnosticSeverity.Information, source: SOURCE, code, message, data: { criteria: [] } },
  });
  return [
    ...nearest.added.map((a) => note(a, 'added-clause', `Added to ${base}: this clause is not in the known licence.`)),
    ...nearest.changed.map((c) => note(c, 'changed-clause', `Changed from ${base}; the known licence says: "${(c.reference ?? '').slice(0, 200)}"`)),
  ];
}

/** The note shown instead of findings when a file is too large to analyse. */
export function tooLargeDiagnostic(size: number, limit: number): Diagnostic {
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: 'file-too-large',
    message: `OSD Lint skipped this file: ${mb(size)} MB is over the ${mb(limit)} MB limit (setting osdLint.maxFileSize).`,
  };
}

/** The note on a clause whose analysis ran past the time budget and was abandoned. */
export function uncheckedDiagnostic(doc: TextDocument, u: UncheckedClause): Diagnostic {
  return {
    range: { start: doc.positionAt(u.start), end: doc.positionAt(u.end) },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: 'clause-too-complex',
    message: u.message,
    data: { criteria: [] },
  };
}
