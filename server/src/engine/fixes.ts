import type { Analysis } from './engine';
import { ruleById } from './rules';
import type { Clause, Finding } from './types';

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
 * The fixes for one finding, best first: the rule's rewrite of the clause when it has one, then
 * removal of the clause — the whole list item when the clause is all of it, with a dangling
 * "and"/"or" on the item before cleaned up and the numbers of the items after it closed up.
 */
export function fixesFor(text: string, analysis: Analysis, finding: Finding): Fix[] {
  const rule = ruleById(finding.ruleId);
  const clauseText = text.slice(finding.clauseStart, finding.clauseEnd);
  const fixes: Fix[] = [];
  const rewritten = rule?.fix?.rewrite?.(clauseText);
  if (rewritten !== undefined && rewritten !== clauseText) {
    const keepEnd = /[;,]$/.test(clauseText) && !/[;,.]$/.test(rewritten) ? clauseText.slice(-1) : '';
    fixes.push({ title: rule?.fix?.title ?? 'Rewrite the clause', edits: [{ start: finding.clauseStart, end: finding.clauseEnd, newText: rewritten + keepEnd }] });
  }
  const removeTitle = rewritten !== undefined || !rule?.fix?.title ? 'Remove the clause' : rule.fix.title;
  fixes.push({ title: removeTitle, edits: removal(text, analysis, finding) });
  return fixes;
}

/** The preferred fix for one finding. */
export function fixFor(text: string, analysis: Analysis, finding: Finding): Fix {
  return fixesFor(text, analysis, finding)[0];
}

/** The edits that remove a clause cleanly. */
function removal(text: string, analysis: Analysis, finding: Finding): TextEdit[] {
  const clause = analysis.clauses.find((c) => c.start === finding.clauseStart);
  const siblings = clause ? analysis.clauses.filter((c) => c.block === clause.block) : [];
  if (clause && siblings.length === 1 && !clause.isHeading) {
    // The clause is its whole block: remove its lines, and one blank line after them if any.
    let start = text.lastIndexOf('\n', clause.blockStart - 1) + 1;
    let end = lineEnd(text, clause.blockEnd);
    if (/^[ \t]*\r?\n/.test(text.slice(end)) && (start === 0 || /\n[ \t]*\r?\n$/.test(text.slice(0, start)))) end = lineEnd(text, end);
    else if (end >= text.length && !text.endsWith('\n') && start > 0) start -= text[start - 2] === '\r' ? 2 : 1; // last line: take its line break before it
    const edits: TextEdit[] = [{ start, end, newText: '' }];
    if (clause.isItem) edits.push(...danglingConjunction(text, analysis, clause), ...renumber(analysis, clause));
    return edits;
  }
  // Remove the sentence and the white space that follows it (or precedes it, at a block's end).
  let end = finding.clauseEnd;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  let start = finding.clauseStart;
  if (end === finding.clauseEnd || /[\r\n]/.test(text[end] ?? '\n')) {
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    end = finding.clauseEnd;
  }
  return [{ start, end, newText: '' }];
}

/** Items of the same list as `item`: same depth, same marker style, no shallower block between. */
function listSiblings(analysis: Analysis, item: Clause): { before?: Clause; after: Clause[] } {
  const blocks = analysis.clauses.filter((c, i, all) => i === 0 || all[i - 1].block !== c.block);
  const at = blocks.findIndex((c) => c.block === item.block);
  let before: Clause | undefined;
  for (let i = at - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.depth < item.depth || !b.isItem) break;
    if (b.depth === item.depth) {
      if (markerStyle(b.marker) === markerStyle(item.marker)) before = b;
      break;
    }
  }
  const after: Clause[] = [];
  for (let i = at + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.depth < item.depth || !b.isItem) break;
    if (b.depth === item.depth) {
      if (markerStyle(b.marker) !== markerStyle(item.marker)) break;
      after.push(b);
    }
  }
  return { before, after };
}

function markerStyle(marker: string | undefined): string {
  return (marker ?? '').replace(/\d+/g, '9').replace(/[a-z]/g, 'a').replace(/[A-Z]/g, 'A');
}

/** Removing the last item of "a; and / b." leaves "a; and": drop the conjunction. */
function danglingConjunction(text: string, analysis: Analysis, item: Clause): TextEdit[] {
  const { before, after } = listSiblings(analysis, item);
  if (!before || after.length > 0) return [];
  const tail = /(?<![\s;]);?\s*\b(?:and|or)\s*$/i.exec(text.slice(before.blockStart, before.blockEnd));
  if (!tail) return [];
  const start = before.blockStart + tail.index;
  const ending = /[.;:]\s*$/.test(item.text) ? item.text.trim().slice(-1) : '.';
  return [{ start, end: before.blockEnd, newText: ending }];
}

/** Removing item 2 of 1, 2, 3: item 3 becomes 2 (numbers and letters alike). */
function renumber(analysis: Analysis, item: Clause): TextEdit[] {
  const own = /^(\(?)(\d+|[a-zA-Z])([.)])$/.exec(item.marker ?? '');
  if (!own) return [];
  const { after } = listSiblings(analysis, item);
  const edits: TextEdit[] = [];
  let expected = own[2];
  for (const b of after) {
    const m = /^(\(?)(\d+|[a-zA-Z])([.)])$/.exec(b.marker ?? '');
    if (!m || m[1] !== own[1] || m[3] !== own[3]) break;
    edits.push({ start: b.blockStart + m[1].length, end: b.blockStart + m[1].length + m[2].length, newText: expected });
    expected = /\d/.test(expected) ? String(Number(expected) + 1) : String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  return edits;
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
