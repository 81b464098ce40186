import { hasPipe } from './markdown';
import { EMPTY_STATE, Nesting, sameState, type NestingState } from './nesting';
import { type Block, type BlockMark, placeBlocks, readBlocks, readSegments, type Segmentation, type SegmentOptions } from './segment';
import type { Span } from './sentences';
import type { Clause } from './types';

/** How many blocks after an edit a first reading takes in before it is widened. */
const FIRST_WINDOW = 4;

/**
 * Segments the successive versions of one document, re-reading after an edit only the blocks
 * around it: the reading resumes from the block before the edited one, with the nesting (open
 * list items, lead-ins, heading) kept from the last version, and stops at the first block after
 * the edit where the nesting is again what it was; the blocks after that are the last version's,
 * moved. The result is always what `segment` gives on the whole text (checked by the tests).
 *
 * Fenced code and HTML comments are closed, or not, by what follows them anywhere below, and a
 * Markdown document's indented code depends on the whole text: a text with any of these is read
 * whole on every version.
 */
export class Segmenter {
  private last: { text: string; segmentation: Segmentation } | undefined;
  /** Blocks read by the last call (all of them for a whole reading): for tests and benchmarks. */
  lastRead = 0;

  segment(text: string, options: SegmentOptions = {}): Clause[] {
    const markdown = options.markdown === true;
    const resumable = !markdown && !reachesAcrossBlocks(text);
    let segmentation = resumable && this.last ? this.resume(this.last.text, this.last.segmentation, text) : undefined;
    if (!segmentation) {
      segmentation = readSegments(text, markdown);
      this.lastRead = segmentation.marks.length;
    }
    this.last = resumable ? { text, segmentation } : undefined;
    return segmentation.clauses;
  }

  private resume(oldText: string, old: Segmentation, text: string): Segmentation | undefined {
    const { marks } = old;
    if (marks.length === 0) return undefined;
    const edit = changedStretch(oldText, text);
    const { from: p, oldEnd, delta } = edit;
    const move = (s: Span): Span | undefined => (s.end <= p ? s : s.start >= oldEnd ? { start: s.start + delta, end: s.end + delta } : undefined);
    // Resume at the block before the one the edit starts in (its last line may read the edited line ahead), and not inside a table.
    let first = Math.max(0, lastAtOrBefore(marks, p) - 1);
    while (first > 0 && (marks[first].block.cells || marks[first - 1].block.cells)) first--;
    const from = first === 0 ? 0 : marks[first].block.lineStart;
    const before = first === 0 ? EMPTY_STATE : marks[first].before;
    // Old blocks where the reading may stop: wholly after the edit, their line before too, and no table around them.
    // (Their first line has no pipe: a table row with no cells, "| |", makes no block but makes the next pipe line a row;
    // a line without a pipe reads the same whatever came before it.)
    const canStop = (j: number): boolean => {
      const m = marks[j];
      return j > 0 && m.block.lineStart >= oldEnd && !m.block.cells && !marks[j - 1].block.cells && previousLineStart(oldText, m.block.lineStart) >= oldEnd &&
        !hasPipe(oldText, m.block.lineStart, lineEnd(oldText, m.block.lineStart));
    };
    const firstStop = lastAtOrBefore(marks, oldEnd) + 1;
    let j = firstStop;
    for (let window = FIRST_WINDOW; ; window *= 4) {
      // The window ends before the block after its `window`-th possible stop.
      for (let found = 0; j < marks.length; j++) if (canStop(j) && ++found > window) break;
      // (The window's last line is read with no line after it, which could misread a table header; the reading
      // stops before it or the window widens, so no block read from that line is ever kept.)
      const to = j + 1 < marks.length ? marks[j + 1].block.lineStart + delta : text.length;
      const blocks = readBlocks(text, false, { from, to });
      const nesting = new Nesting(before);
      const read: Segmentation = { clauses: [], marks: [] };
      let resumeAt: number | undefined;
      const stop = (block: Block, k: number): boolean => {
        if (block.lineStart < oldEnd + delta || (k > 0 && blocks[k - 1].cells)) return false;
        const at = block.lineStart - delta;
        const i = lastAtOrBefore(marks, at);
        if (marks[i].block.lineStart !== at || i < firstStop || !canStop(i) || !sameState(nesting.state, marks[i].before, move)) return false;
        resumeAt = i;
        return true;
      };
      const k = placeBlocks(text, text, blocks, nesting, first, read, stop);
      if (resumeAt === undefined && to < text.length) continue;
      this.lastRead = k;
      return join(text, old, first, read, resumeAt, first + k, move, delta);
    }
  }
}

/** Fences and HTML comments are closed, or not, by what follows them anywhere below. */
const reachesAcrossBlocks = (text: string): boolean => text.includes('```') || text.includes('~~~') || text.includes('<!--');

/** The index of the last block starting at or before `offset` (0 if none does). */
function lastAtOrBefore(marks: readonly BlockMark[], offset: number): number {
  let lo = 0;
  let hi = marks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (marks[mid].block.lineStart <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where the line starting at `lineStart` ends (before its line break). */
function lineEnd(text: string, lineStart: number): number {
  let i = lineStart;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

/** Where the line before the line starting at `lineStart` starts. */
function previousLineStart(text: string, lineStart: number): number {
  let i = lineStart - 1;
  if (i > 0 && text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return Math.max(0, i);
}

/** The stretch an edit changed: [from, oldEnd) of the old text became [from, oldEnd + delta) of the new. */
export function changedStretch(oldText: string, text: string): { from: number; oldEnd: number; delta: number } {
  const max = Math.min(oldText.length, text.length);
  let from = 0;
  // Whole chunks first (string comparison is fast), then character by character.
  const CHUNK = 1024;
  while (from + CHUNK <= max && oldText.slice(from, from + CHUNK) === text.slice(from, from + CHUNK)) from += CHUNK;
  while (from < max && oldText.charCodeAt(from) === text.charCodeAt(from)) from++;
  let same = 0;
  const room = max - from;
  while (same + CHUNK <= room && oldText.slice(oldText.length - same - CHUNK, oldText.length - same) === text.slice(text.length - same - CHUNK, text.length - same)) same += CHUNK;
  while (same < room && oldText.charCodeAt(oldText.length - 1 - same) === text.charCodeAt(text.length - 1 - same)) same++;
  return { from, oldEnd: oldText.length - same, delta: text.length - oldText.length };
}

/**
 * The new segmentation: the old blocks before the re-read ones, the re-read ones, and the old
 * blocks from `resumeAt` on, moved by `delta` and renumbered. Every clause is made anew from the
 * new text, so that no clause holds on to an old version of it.
 */
function join(text: string, old: Segmentation, first: number, read: Segmentation, resumeAt: number | undefined, nextIndex: number, move: (s: Span) => Span | undefined, delta: number): Segmentation {
  const out: Segmentation = { clauses: [], marks: [] };
  for (let j = 0; j < first; j++) copy(old, j, out, text, 0, 0, (s) => s);
  const base = out.clauses.length;
  for (const m of read.marks) out.marks.push({ ...m, firstClause: m.firstClause + base });
  for (const c of read.clauses) out.clauses.push(c);
  if (resumeAt !== undefined) {
    const shift = nextIndex - resumeAt;
    const moved = (s: Span): Span => move(s) ?? s;
    for (let j = resumeAt; j < old.marks.length; j++) copy(old, j, out, text, delta, shift, moved);
  }
  return out;
}

/** Copies old block j into `out`, its offsets moved by `delta` and its number by `shift`. */
function copy(old: Segmentation, j: number, out: Segmentation, text: string, delta: number, shift: number, move: (s: Span) => Span): void {
  const m = old.marks[j];
  const block: Block = delta === 0 ? m.block : moveBlock(m.block, delta);
  const leadIns = delta === 0 ? m.leadIns : m.leadIns.map(move);
  const heading = m.heading && move(m.heading);
  const mark: BlockMark = { block, before: delta === 0 ? m.before : moveState(m.before, move), leadIns, heading, firstClause: out.clauses.length, clauseCount: m.clauseCount };
  out.marks.push(mark);
  const leadInTexts = leadIns.length === 0 ? NONE : leadIns.map((l) => text.slice(l.start, l.end));
  const headingText = heading ? text.slice(heading.start, heading.end) : undefined;
  for (let i = m.firstClause; i < m.firstClause + m.clauseCount; i++) {
    const c = old.clauses[i];
    const start = c.start + delta;
    const end = c.end + delta;
    const clause: { -readonly [K in keyof Clause]: Clause[K] } = {
      start,
      end,
      text: text.slice(start, end),
      block: c.block + shift,
      isItem: c.isItem,
      isHeading: c.isHeading,
      leadIns: leadInTexts,
      heading: headingText,
      depth: c.depth,
      blockStart: block.start,
      blockEnd: block.end,
    };
    if (c.marker) clause.marker = c.marker;
    out.clauses.push(clause);
  }
}

const NONE: readonly string[] = [];

function moveBlock(b: Block, delta: number): Block {
  return {
    ...b,
    lineStart: b.lineStart + delta,
    start: b.start + delta,
    bodyStart: b.bodyStart + delta,
    end: b.end + delta,
    ...(b.cells ? { cells: b.cells.map((c) => ({ start: c.start + delta, end: c.end + delta })) } : {}),
  };
}

function moveState(s: NestingState, move: (s: Span) => Span): NestingState {
  return {
    stack: s.stack.map((o) => (o.leadIn ? { ...o, leadIn: move(o.leadIn) } : o)),
    ...(s.rootLeadIn ? { rootLeadIn: move(s.rootLeadIn) } : {}),
    ...(s.heading ? { heading: move(s.heading) } : {}),
  };
}
