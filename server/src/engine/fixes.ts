import type { Analysis } from './engine';
import { ruleById } from './rules';
import type { Finding } from './types';

/** A text replacement in document offsets. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/**
 * The fix for one finding: the rule's rewrite of the clause when it has one, else removal of the
 * clause — the whole list item when the clause is all of it, so no empty marker is left behind.
 */
export function fixFor(text: string, analysis: Analysis, finding: Finding): Fix {
  const rule = ruleById(finding.ruleId);
  const clauseText = text.slice(finding.clauseStart, finding.clauseEnd);
  const rewritten = rule?.fix?.rewrite?.(clauseText);
  if (rewritten !== undefined && rewritten !== clauseText) {
    const keepEnd = /[;,]$/.test(clauseText) && !/[;,.]$/.test(rewritten) ? clauseText.slice(-1) : '';
    return { title: rule?.fix?.title ?? 'Rewrite the clause', edits: [{ start: finding.clauseStart, end: finding.clauseEnd, newText: rewritten + keepEnd }] };
  }
  return { title: rule?.fix?.title ?? 'Remove the clause', edits: [removal(text, analysis, finding)] };
}

/** The edit that removes a clause cleanly. */
function removal(text: string, analysis: Analysis, finding: Finding): TextEdit {
  const clause = analysis.clauses.find((c) => c.start === finding.clauseStart);
  const siblings = clause ? analysis.clauses.filter((c) => c.block === clause.block) : [];
  if (clause && siblings.length === 1) {
    // The clause is its whole block: remove its lines, and one blank line after them if any.
    let start = text.lastIndexOf('\n', clause.start - 1) + 1;
    let end = lineEnd(text, clause.end);
    if (/^[ \t]*\r?\n/.test(text.slice(end)) && (start === 0 || /\n[ \t]*\r?\n$/.test(text.slice(0, start)))) end = lineEnd(text, end);
    else if (end >= text.length && start > 0) start = text.lastIndexOf('\n', start - 2) + 1 || start;
    return { start, end, newText: '' };
  }
  // Remove the sentence and the white space that follows it (or precedes it, at a block's end).
  let end = finding.clauseEnd;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  let start = finding.clauseStart;
  if (end === finding.clauseEnd || /[\r\n]/.test(text[end] ?? '\n')) {
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    end = finding.clauseEnd;
  }
  return { start, end, newText: '' };
}

/** Offset just after the line break that ends the line containing `offset`. */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) continue; // overlapping edits: keep the later one only
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** One fix per clause for every fixable finding: what "fix all" applies. */
export function fixAll(text: string, analysis: Analysis): TextEdit[] {
  const seen = new Set<number>();
  const edits: TextEdit[] = [];
  for (const f of analysis.findings) {
    if (f.severity === 'information' || seen.has(f.clauseStart)) continue;
    seen.add(f.clauseStart);
    edits.push(...fixFor(text, analysis, f).edits);
  }
  return edits;
}
