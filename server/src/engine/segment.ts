import type { Clause, MarkerStyle } from './types';
import { Nesting, type NestingState } from './nesting';
import { blankComments, type Cell, hasPipe, headingEnd, isTableDelimiter, type Layout, readLayout, tableCells } from './markdown';
import { type Span, splitSentences } from './sentences';
import { chineseQuantity } from './zh/numbers';
import { hasHan } from './zh/han';

/**
 * Splits a licence into clauses (sentences) with exact offsets, keeping the structure a reviewer
 * reads: hard-wrapped lines joined into paragraphs, numbered sections and lettered sub-items
 * nested, Markdown headings and lists recognised, and the lead-in sentence of a list ("You agree
 * not to use the Model:") attached to every item below it. Markdown is layout: block quotes count
 * as indentation, table cells are read as text, and fenced code and HTML comments are skipped (see
 * markdown.ts). With `markdown`, indented code blocks are skipped too: a plain-text licence is
 * indented for layout, so only a Markdown document has them.
 */
export function segment(original: string, options: SegmentOptions = {}): Clause[] {
  return readSegments(original, options.markdown === true).clauses;
}

/** A segmentation with what is needed to resume it after an edit (see segmenter.ts). */
export interface Segmentation {
  readonly clauses: Clause[];
  /** One mark per block, in order. */
  readonly marks: BlockMark[];
}

/** A block as read, with the state its reading started from. */
export interface BlockMark {
  readonly block: Block;
  /** The nesting before the block. */
  readonly before: NestingState;
  /** The lead-ins of the block's clauses, nearest first. */
  readonly leadIns: readonly Span[];
  /** The block's heading (the title above it). */
  readonly heading?: Span;
  /** Index in `clauses` of the block's first clause, and how many it has. */
  readonly firstClause: number;
  readonly clauseCount: number;
}

/** Reads the whole of a text. */
export function readSegments(original: string, markdown: boolean): Segmentation {
  // Comments are blanked, not cut, for finding blocks and sentences: offsets stay those of the original text.
  const text = blankComments(original);
  const out: Segmentation = { clauses: [], marks: [] };
  placeBlocks(original, text, readBlocks(text, markdown), new Nesting(), 0, out);
  return out;
}

/**
 * Reads blocks into clauses, from the state `nesting` and with block numbers from `firstIndex`,
 * appending to `out`. `stop`, asked before each block, ends the reading early (returning the
 * index of the block it stopped at); otherwise every block is read and `blocks.length` returned.
 */
export function placeBlocks(original: string, text: string, blocks: readonly Block[], nesting: Nesting, firstIndex: number, out: Segmentation, stop?: (block: Block, k: number) => boolean): number {
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k];
    if (stop?.(block, k)) return k;
    const before = nesting.state;
    const sentences = block.cells ? block.cells.flatMap((c) => splitSentences(text, c.start, c.end)) : splitSentences(text, block.bodyStart, block.end);
    const last = sentences.length > 0 ? sentences[sentences.length - 1] : undefined;
    const lastText = last ? text.slice(last.start, last.end) : '';
    const leadIn = last && /[:\u2014\uff1a]\s*$/.test(lastText) ? last : undefined;
    let leadIns: Span[];
    if (block.kind === 'heading') {
      nesting.reset(undefined);
      leadIns = [];
    } else if (block.kind === 'item') {
      leadIns = nesting.placeItem(block, leadIn);
    } else {
      leadIns = nesting.placeParagraph(block.indent, leadIn);
    }
    const isHeading = block.kind === 'heading' || (sentences.length === 1 && looksLikeTitle(lastText, block));
    const mark: BlockMark = { block, before, leadIns, heading: before.heading, firstClause: out.clauses.length, clauseCount: sentences.length };
    out.marks.push(mark);
    const index = firstIndex + k;
    const depth = block.kind === 'item' ? nesting.depth : 0;
    const shared = blockFields(text, mark, index, isHeading, depth);
    for (const s of sentences) out.clauses.push({ start: s.start, end: s.end, text: original.slice(s.start, s.end), ...shared });
    if (isHeading && last) nesting.heading(last);
  }
  return blocks.length;
}

/**
 * What every clause of a block shares (its own offsets and words, comments included so that offsets
 * and text agree, are added per sentence; cleanText blanks the comments for the rules).
 */
function blockFields(text: string, mark: BlockMark, index: number, isHeading: boolean, depth: number): Omit<Clause, 'start' | 'end' | 'text'> {
  const { block } = mark;
  const marker = block.bodyStart > block.start ? text.slice(block.start, block.bodyStart).replace(/[*_]/g, '').trim() : undefined;
  return {
    block: index,
    isItem: block.kind === 'item',
    isHeading,
    leadIns: mark.leadIns.map((l) => text.slice(l.start, l.end)),
    heading: mark.heading ? text.slice(mark.heading.start, mark.heading.end) : undefined,
    depth,
    blockStart: block.start,
    blockEnd: block.end,
    ...(marker ? { marker } : {}),
  };
}

export interface SegmentOptions {
  /** The text is a Markdown document: indented code blocks are not licence text. */
  readonly markdown?: boolean;
}

type BlockKind = 'heading' | 'item' | 'paragraph';

export interface Block {
  kind: BlockKind;
  /** Start of the block's first line. */
  lineStart: number;
  /** Start of the block's first line, after indentation. */
  start: number;
  /** Start of the text after any list marker or heading hashes. */
  bodyStart: number;
  end: number;
  indent: number;
  style: MarkerStyle;
  /** Ordinal of a numbered or lettered marker (1 for "1." or "a)"), else 0. */
  ordinal: number;
  /** For dotted section numbers ("3.1.13."), the number of components. */
  depth: number;
  lines: number;
  /** For a table row, its cells: each is read apart. */
  cells?: Cell[];
}

const MARKDOWN_HEADING = /^(#{1,6})[ \t]+/;
const RULE_LINE = /^([-=_*~])\1{2,}\s*$/;
const DOTTED = /^((?:\d+\.)+\d+)\.?[ \t]+(?=\S)/;
const NUMBER = /^(?:\(?(\d{1,3})[.)])[ \t]+(?=\S)/;
const ROMAN = /^\(?((?:x{0,3})(?:ix|iv|v?i{0,3}))[.)][ \t]+(?=\S)/i;
const ALPHA = /^\(?([a-zA-Z])[.)][ \t]+(?=\S)/;
const BULLET = /^[-*+\u2022\u2013\u2014\u25aa\u25cf][ \t]+(?=\S)/;
const SECTION = /^(?:section|article|clause)[ \t]+(\d+(?:\.\d+)*)[.:]?[ \t]+(?=\S)/i;
/**
 * Chinese list and section markers: 第三条 (an article), 一、 and （一） (Chinese numerals), 1、 and
 * 1． (digits), （1） and ①. No space need follow them.
 */
const CJK_MARKER = /^(?:第([一二三四五六七八九十百零〇\d]{1,5})[条章节款][ \t\u3000]*|([一二三四五六七八九十]{1,3})[、．][ \t\u3000]*|[（(]([一二三四五六七八九十]{1,3})[）)][ \t\u3000]*|(\d{1,3})[、．][ \t\u3000]*|[（(](\d{1,3})[）)][ \t\u3000]*|([\u2460-\u2473])[ \t\u3000]*)(?=\S)/;

interface Marker {
  length: number;
  style: MarkerStyle;
  ordinal: number;
  depth: number;
}

/** Recognises a list marker at the start of a line (after indentation). */
function readMarker(line: string): Marker | undefined {
  const c = line.charCodeAt(0);
  if (c > 0x2400 || c === 40 || (c >= 48 && c <= 57)) {
    const cjk = CJK_MARKER.exec(line);
    // "(1) You may …" is an English marker; "(1)您不得…" and "1、" are Chinese ones.
    if (cjk && (/[^\x00-\x7f]/.test(cjk[0]) || hasHan(line.charAt(cjk[0].length)))) return cjkMarker(cjk);
  }
  let m = DOTTED.exec(line);
  if (m) return { length: m[0].length, style: 'dotted', ordinal: Number(m[1].split('.').pop()), depth: m[1].split('.').length };
  m = SECTION.exec(line);
  if (m) return { length: m[0].length, style: 'dotted', ordinal: Number(m[1].split('.').pop()), depth: m[1].split('.').length };
  m = NUMBER.exec(line);
  if (m) return { length: m[0].length, style: 'number', ordinal: Number(m[1]), depth: 1 };
  m = ROMAN.exec(line);
  // "ii.", "iv)": roman numerals; a lone "i." is read as a letter (it follows "h." more often than not).
  if (m && m[1].length > 1) return { length: m[0].length, style: 'roman', ordinal: romanValue(m[1]), depth: 1 };
  m = ALPHA.exec(line);
  if (m) {
    const c = m[1];
    return { length: m[0].length, style: c === c.toLowerCase() ? 'alpha' : 'Alpha', ordinal: c.toLowerCase().charCodeAt(0) - 96, depth: 1 };
  }
  m = BULLET.exec(line);
  if (m) return { length: m[0].length, style: 'bullet', ordinal: 0, depth: 1 };
  return undefined;
}

/** The style and ordinal of a Chinese marker: each kind of marker is a list level of its own. */
function cjkMarker(m: RegExpExecArray): Marker {
  const length = m[0].length;
  const value = (s: string): number => chineseQuantity(s) ?? 0;
  if (m[1] !== undefined) return { length, style: 'dotted', ordinal: value(m[1]), depth: 1 };
  if (m[2] !== undefined) return { length, style: 'Alpha', ordinal: value(m[2]), depth: 1 };
  if (m[3] !== undefined) return { length, style: 'paren', ordinal: value(m[3]), depth: 1 };
  if (m[4] !== undefined) return { length, style: 'number', ordinal: Number(m[4]), depth: 1 };
  if (m[5] !== undefined) return { length, style: 'alpha', ordinal: Number(m[5]), depth: 1 };
  return { length, style: 'roman', ordinal: m[6].charCodeAt(0) - 0x245f, depth: 1 };
}

function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  const l = s.toLowerCase();
  for (let i = 0; i < l.length; i++) {
    const cur = v[l[i]] ?? 0;
    const next = v[l[i + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** The length of a run of emphasis markers ("**", "_") opening a line before a word, else 0. */
function leadingEmphasis(line: string): number {
  let n = 0;
  while (n < 3 && (line[n] === '*' || line[n] === '_')) n++;
  return n > 0 && n < line.length && line[n] !== ' ' && line[n] !== '\t' && line[n] !== '*' && line[n] !== '_' ? n : 0;
}

/**
 * Groups lines into headings, list items and paragraphs; table rows are paragraphs, fenced code
 * (and, in Markdown, indented code) is skipped.
 */
export function readBlocks(text: string, markdown: boolean, range?: { readonly from: number; readonly to: number }): Block[] {
  const layout = readLayout(text, range);
  if (markdown) markIndentedCode(text, layout);
  return readLines(text, layout);
}

/**
 * Marks Markdown's indented code blocks as skipped (in `layout.fenced`): after a blank line or a
 * heading, lines indented four columns past the open list item's text (or the margin), up to
 * the next line that is not. Two kinds of block are read as text all the same, so that a licence
 * pasted into Markdown with its plain-text layout is still reviewed: a block that opens with a
 * list or section marker ("(a)", "2.1"), and any at all when the code would be most of the text.
 */
function markIndentedCode(text: string, layout: Layout): void {
  const { count, body, end, inner, fenced } = layout;
  const skip = new Uint8Array(count);
  let listText = 0;
  let inParagraph = false;
  let codeChars = 0;
  let allChars = 0;
  for (let n = 0; n < count; n++) if (fenced[n] === 0 && body[n] < end[n]) allChars += end[n] - body[n];
  for (let n = 0; n < count; n++) {
    if (fenced[n] === 1 || body[n] >= end[n]) {
      inParagraph = false;
      continue;
    }
    const line = text.slice(body[n], Math.min(end[n], body[n] + 40));
    const marker = readMarker(line);
    if (!inParagraph && !marker && inner[n] >= listText + 4) {
      let last = n;
      for (let m = n; m < count && fenced[m] === 0 && (body[m] >= end[m] || inner[m] >= listText + 4); m++) {
        if (body[m] < end[m]) {
          last = m;
          codeChars += end[m] - body[m];
        }
      }
      skip.fill(1, n, last + 1);
      n = last;
      continue;
    }
    if (marker) listText = inner[n] + marker.length;
    else if (!inParagraph && inner[n] < listText) listText = 0;
    inParagraph = !MARKDOWN_HEADING.test(line);
  }
  if (codeChars === 0 || codeChars * 2 > allChars) return;
  for (let n = 0; n < count; n++) if (skip[n] === 1) fenced[n] = 1;
}

function readLines(text: string, layout: Layout): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let inTable = false;
  const close = (): void => {
    if (current) blocks.push(current);
    current = undefined;
  };
  const isDelimiter = (n: number): boolean => n < layout.count && layout.fenced[n] === 0 && isTableDelimiter(text, layout.body[n], layout.end[n]);
  for (let n = 0; n < layout.count; n++) {
    const lineEnd = layout.end[n];
    const i = layout.body[n];
    const indent = layout.indent[n];
    if (layout.fenced[n] === 1 || i >= lineEnd) {
      close();
      inTable = false;
      continue;
    }
    if (RULE_LINE.test(text.slice(i, lineEnd)) || isDelimiter(n)) {
      close();
      continue;
    }
    // A table: a row with a pipe above a delimiter row ("| --- |"), and the rows below it.
    if (hasPipe(text, i, lineEnd) && (inTable || isDelimiter(n + 1))) {
      close();
      inTable = true;
      const cells = tableCells(text, i, lineEnd);
      if (cells.length > 0) {
        const first = cells[0].start;
        blocks.push({ kind: 'paragraph', lineStart: layout.start[n], start: first, bodyStart: first, end: cells[cells.length - 1].end, indent, style: 'none', ordinal: 0, depth: 0, lines: 1, cells });
      }
      continue;
    }
    inTable = false;
    readLine(layout.start[n], i, lineEnd, indent);
  }
  close();
  return blocks;

  function readLine(lineStart: number, i: number, lineEnd: number, indent: number): void {
    const line = text.slice(i, Math.min(lineEnd, i + 40));
    const h = MARKDOWN_HEADING.exec(line);
    if (h) {
      close();
      const bodyStart = i + h[0].length;
      blocks.push({ kind: 'heading', lineStart, start: i, bodyStart, end: headingEnd(text, bodyStart, lineEnd), indent, style: 'none', ordinal: 0, depth: 0, lines: 1 });
      return;
    }
    // A marker set in bold or italics ("**1.** Grant", "_(a)_ …") is read without its emphasis
    // (the block starts at the marker itself, so that renumbering edits the number).
    const emphasis = leadingEmphasis(line);
    const marker = readMarker(emphasis > 0 ? line.slice(emphasis).replace(/[*_]/g, ' ') : line);
    if (marker) {
      close();
      const bodyStart = i + emphasis + marker.length;
      current = { kind: 'item', lineStart, start: i + emphasis, bodyStart, end: lineEnd, indent, style: marker.style, ordinal: marker.ordinal, depth: marker.depth, lines: 1 };
      return;
    }
    if (current) {
      current.end = lineEnd;
      current.lines++;
      return;
    }
    current = { kind: 'paragraph', lineStart, start: i, bodyStart: i, end: lineEnd, indent, style: 'none', ordinal: 0, depth: 0, lines: 1 };
  }
}

/** A short line without closing punctuation, on its own: "Limitations", "2. Grant of Rights". */
function looksLikeTitle(sentence: string, block: Block): boolean {
  if (block.lines !== 1 || sentence.length > 80 || /[.;:,!?\u3002\uff1b\uff1a\uff0c\uff01\uff1f]\s*$/.test(sentence) || !/[A-Za-z\u4e00-\u9fff]/.test(sentence)) return false;
  // "(b) to provide medical advice; or": a list item that runs on is no title.
  if (/(?:[;,]|\b(?:and|or|nor|but|then|the|a|an|of|to|for|with))\s*$/i.test(sentence)) return false;
  return true;
}
