/**
 * Removing a clause cleanly: the whole list item when the clause is all of it, with a dangling
 * "and"/"or" on the item before cleaned up, the numbers of the items after it closed up (2.3
 * becomes 2.2, and 2.3.1 becomes 2.2.1), and a lead-in ("You agree not to use the Model:") that
 * would introduce nothing any more removed with its last item.
 */
import type { TextEdit } from './fixes';
import { grantsRights } from './grants';
import type { Clause } from './types';

/** What a removal takes away, for the title of its action: "item 2", "the sentence". */
export interface Removal {
  readonly edits: TextEdit[];
  /** "item (b)", "the sentence", "the paragraph". */
  readonly what: string;
}

/** What removal reads of an analysis: the clauses. */
type Segmented = { readonly clauses: readonly Clause[] };

/** The edits that remove the clause starting at `clauseStart` (ending at `clauseEnd`). */
export function removal(text: string, analysis: Segmented, clauseStart: number, clauseEnd: number): Removal {
  const clause = analysis.clauses.find((c) => c.start === clauseStart);
  const siblings = clause ? analysis.clauses.filter((c) => c.block === clause.block) : [];
  // "c. Use Policy. Your use … must comply …": the item's title goes with its only sentence.
  const alone = siblings.length === 1 || (siblings.length === 2 && siblings[1] === clause && clause?.isItem && isTitle(siblings[0].text));
  if (clause && alone && (clause.isItem || !clause.isHeading)) {
    // An item that introduces items goes with them ("1. Violate the law, including to: (a) … (b) …").
    const under = clause.isItem && /:\s*$/.test(clause.text) ? subtree(text, analysis, clause) : [];
    const edits = [blockRemoval(text, clause, under.length ? under[under.length - 1].blockEnd : clause.blockEnd)];
    if (clause.isItem) {
      const orphan = orphanedLeadIn(text, analysis, clause);
      if (orphan) {
        edits.push(orphan.edit);
        // The lead-in is itself an item ("2. You agree not to:"): the items after it close up.
        if (orphan.lead.isItem && orphan.whole) edits.push(...danglingConjunction(text, analysis, orphan.lead), ...renumber(text, analysis, orphan.lead));
      } else edits.push(...danglingConjunction(text, analysis, clause), ...renumber(text, analysis, clause));
    }
    const item = clause.marker && !/^[-*+•]$/.test(clause.marker) ? `item ${clause.marker.replace(/\.$/, '')}` : 'the item';
    const items = under.filter((b) => b.isItem).length;
    return { edits, what: !clause.isItem ? 'the paragraph' : items ? `${item} and the ${items === 1 ? 'item' : `${items} items`} under it` : item };
  }
  // Remove the sentence and the white space that follows it (or precedes it, at a block's end).
  let end = clauseEnd;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  let start = clauseStart;
  if (end === clauseEnd || /[\r\n]/.test(text[end] ?? '\n')) {
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    end = clauseEnd;
  }
  return { edits: [{ start, end, newText: '' }], what: 'the sentence' };
}

/** A run-in title: "Use Policy.", "Grant." */
function isTitle(s: string): boolean {
  return s.length <= 60 && s.trim().split(/\s+/).length <= 6 && /^[A-Z"“]/.test(s) && !/\b(?:you|shall|may|must|will|not)\b/i.test(s);
}

/** The first clause of each block under an item: deeper items and the paragraphs indented under them. */
function subtree(text: string, analysis: Segmented, item: Clause): Clause[] {
  const column = (c: Clause): number => c.blockStart - (text.lastIndexOf('\n', c.blockStart - 1) + 1);
  const blocks = analysis.clauses.filter((c, i, all) => i === 0 || all[i - 1].block !== c.block);
  const out: Clause[] = [];
  for (let i = blocks.findIndex((c) => c.block === item.block) + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.isItem ? b.depth <= item.depth : b.isHeading || column(b) <= column(item)) break;
    out.push(b);
  }
  // A paragraph indented under the item but after its last sub-item belongs to the item only if an item came first.
  return out.some((b) => b.isItem) ? out : [];
}

/** The lines of a block (to `blockEnd`), and one blank line after them if any (at the end of the text: the blank lines before them). */
function blockRemoval(text: string, clause: Clause, blockEnd = clause.blockEnd): TextEdit {
  let start = text.lastIndexOf('\n', clause.blockStart - 1) + 1;
  let end = lineEnd(text, blockEnd);
  if (text.slice(end).trim() === '') {
    end = text.length;
    let p = start;
    while (p > 0 && /\s/.test(text[p - 1])) p--;
    start = p === 0 ? 0 : text.indexOf('\n', p) + 1 || start;
    if (start > 0 && text.endsWith('\n') === false) start--;
  } else if (/^[ \t]*\r?\n/.test(text.slice(end, end + 200)) && (start === 0 || /\n[ \t]*\r?\n$/.test(text.slice(Math.max(0, start - 200), start)))) end = lineEnd(text, end);
  return { start, end, newText: '' };
}

/** Items of the same list as `item`: same depth, same marker style, no shallower block between. */
function listSiblings(text: string, analysis: Segmented, item: Clause): { before?: Clause; after: Clause[]; descendants: Map<Clause, Clause[]> } {
  // A paragraph indented under an item continues it (and does not end the list).
  const column = (c: Clause): number => c.blockStart - (text.lastIndexOf('\n', c.blockStart - 1) + 1);
  const continues = (b: Clause): boolean => !b.isItem && !b.isHeading && column(b) > column(item);
  const blocks = analysis.clauses.filter((c, i, all) => i === 0 || all[i - 1].block !== c.block);
  const at = blocks.findIndex((c) => c.block === item.block);
  let before: Clause | undefined;
  for (let i = at - 1; i >= 0; i--) {
    const b = blocks[i];
    if (continues(b)) continue;
    if (b.depth < item.depth || !b.isItem) break;
    if (b.depth === item.depth) {
      if (markerStyle(b.marker) === markerStyle(item.marker)) before = b;
      break;
    }
  }
  const after: Clause[] = [];
  const descendants = new Map<Clause, Clause[]>();
  let current: Clause | undefined;
  for (let i = at + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (continues(b)) continue;
    if (b.depth < item.depth || !b.isItem) break;
    if (b.depth === item.depth) {
      if (markerStyle(b.marker) !== markerStyle(item.marker)) break;
      after.push(b);
      current = b;
      descendants.set(b, []);
    } else if (current) descendants.get(current)!.push(b);
  }
  return { before, after, descendants };
}

function markerStyle(marker: string | undefined): string {
  return (marker ?? '').replace(/\d+/g, '9').replace(/[a-z]/g, 'a').replace(/[A-Z]/g, 'A');
}

/** Removing the last item of a list under a lead-in that introduces only it: the lead-in goes too. */
function orphanedLeadIn(text: string, analysis: Segmented, item: Clause): { edit: TextEdit; lead: Clause; whole: boolean } | undefined {
  const { before, after } = listSiblings(text, analysis, item);
  if (before || after.length > 0 || item.leadIns.length === 0) return undefined;
  const i = analysis.clauses.findIndex((c) => c.block === item.block);
  const lead = analysis.clauses[i - 1];
  if (!lead || !/:\s*$/.test(lead.text) || grantsRights(lead.text) || lead.isHeading) return undefined;
  const inBlock = analysis.clauses.filter((c) => c.block === lead.block);
  if (inBlock.length === 1) return { edit: blockRemoval(text, lead), lead, whole: true };
  let start = lead.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { edit: { start, end: lead.end, newText: '' }, lead, whole: false };
}

/** Removing the last item of "a; and / b." leaves "a; and": the item before ends the list as the removed one did. */
function danglingConjunction(text: string, analysis: Segmented, item: Clause): TextEdit[] {
  const { before, after } = listSiblings(text, analysis, item);
  if (!before || after.length > 0) return [];
  const own = text.slice(before.blockStart, before.blockEnd);
  const tail = /(?<![\s;,]);?,?\s*\b(?:and|or)\s*$|(?<![\s;,])[;,]\s*$/i.exec(own);
  if (!tail) return [];
  const start = before.blockStart + tail.index;
  const ending = /[.;:]\s*$/.test(item.text) ? item.text.trim().slice(-1) : '.';
  return [{ start, end: before.blockEnd, newText: ending }];
}

const NUMBER = /^(\(?)((?:\d+\.)*)(\d+|[a-zA-Z])([.)]?)$/;

/** Removing item 2 of 1, 2, 3: item 3 becomes 2 (numbers, letters and dotted numbers alike), with the items under it. */
function renumber(text: string, analysis: Segmented, item: Clause): TextEdit[] {
  const own = NUMBER.exec(item.marker ?? '');
  if (!own) return [];
  const { after, descendants } = listSiblings(text, analysis, item);
  const edits: TextEdit[] = [];
  let expected = own[3];
  for (const b of after) {
    const m = NUMBER.exec(b.marker ?? '');
    if (!m || m[1] !== own[1] || m[2] !== own[2] || m[4] !== own[4]) break;
    const at = markerAt(text, b);
    if (at < 0) break;
    const from = at + m[1].length + m[2].length;
    edits.push({ start: from, end: from + m[3].length, newText: expected });
    // "2.3.1" under "2.3" becomes "2.2.1".
    const oldPrefix = `${m[2]}${m[3]}.`;
    for (const d of descendants.get(b) ?? []) {
      const dAt = markerAt(text, d);
      const own = d.marker?.replace(/^\(/, '') ?? '';
      if (dAt >= 0 && own.startsWith(oldPrefix) && /^\d/.test(own.slice(oldPrefix.length))) {
        const s = dAt + ((d.marker ?? '').startsWith('(') ? 1 : 0) + m[2].length;
        edits.push({ start: s, end: s + m[3].length, newText: expected });
      }
    }
    expected = /\d/.test(expected) ? String(Number(expected) + 1) : String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  return edits;
}

/** Offset of a block's marker in the text, or -1. */
function markerAt(text: string, b: Clause): number {
  const marker = b.marker ?? '';
  const at = text.indexOf(marker, b.blockStart);
  return at >= 0 && at < b.start ? at : -1;
}

/** Offset just after the line break that ends the line containing `offset`. */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}
