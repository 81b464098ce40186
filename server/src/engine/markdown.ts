/**
 * Markdown layout, read line by line with exact offsets: what a line's indentation and block-quote
 * markers are, which lines are fenced code (skipped, not judged), table delimiter rows and cells,
 * and ATX heading ends. Markdown is layout, not content: the same licence in a block quote, a table
 * or next to fenced code reads the same as the plain text. Only character loops here, no patterns.
 */

/** Whether a file name or URI names a Markdown document. */
export const isMarkdownName = (name: string): boolean => /\.(?:md|markdown|mdown|mkd)$/i.test(name);

/** [start, end) of one cell of a table row, trimmed. */
export interface Cell {
  readonly start: number;
  readonly end: number;
}

/**
 * The lines of a document (split at \n, \r\n and \r), each with where its content starts after
 * indentation and block-quote markers, its indentation, and whether it is fenced code. Typed
 * arrays: a document of a million short lines costs a few flat arrays, not a million objects.
 */
export interface Layout {
  readonly count: number;
  /** Offset of each line's first character, and of its end (without the line break). */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Offset of each line's content (see `lineBody`) and its indentation in columns. */
  readonly body: Int32Array;
  readonly indent: Int32Array;
  /** Indentation in columns after the last block-quote marker (what decides indented code). */
  readonly inner: Int32Array;
  /** 1 for lines that are code, not licence text: fenced code blocks with their fences (and, in Markdown, indented code: see segment.ts). */
  readonly fenced: Uint8Array;
}

export function readLayout(text: string, range?: { readonly from: number; readonly to: number }): Layout {
  // A range (of a text without fences, see segmenter.ts) holds the lines that start in [from, to), `to` being a line start or the end.
  const from = range?.from ?? 0;
  const to = range?.to ?? text.length;
  let count = to < text.length ? 0 : 1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const body = new Int32Array(count);
  const indent = new Int32Array(count);
  const inner = new Int32Array(count);
  const lines = { start, end, body, indent, inner };
  let pos = from;
  for (let n = 0; n < count; n++) {
    let eol = pos;
    while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    start[n] = pos;
    end[n] = eol;
    lineBody(text, n, lines);
    pos = text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
  }
  const layout = { count, start, end, body, indent, inner, fenced: new Uint8Array(count) };
  if (!range) markFences(text, layout);
  return layout;
}

/**
 * Skips line n's indentation: spaces, tabs, a byte order mark, and Markdown block-quote markers
 * (`>` and the space after it). Tabs advance to the next multiple of 4 columns, counted from the
 * last block-quote marker, so that quoting a text shifts all its lines alike.
 */
function lineBody(text: string, n: number, out: Pick<Layout, 'start' | 'end' | 'body' | 'indent' | 'inner'>): void {
  const lineEnd = out.end[n];
  let indent = 0;
  let origin = 0;
  let i = out.start[n];
  for (; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) indent++;
    else if (c === 9) indent += 4 - ((indent - origin) % 4);
    else if (c === 62) {
      // '>': the marker and one space after it take two columns.
      indent += 2;
      if (i + 1 < lineEnd && text.charCodeAt(i + 1) === 32) i++;
      origin = indent;
    } else if (c !== 0xfeff) break;
  }
  out.body[n] = i;
  out.indent[n] = indent;
  out.inner[n] = indent - origin;
}

/** White space inside a line: space, tab, no-break space. */
const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

const BACKTICK = 96;
const TILDE = 126;

/** A run of at least three backticks or tildes opening the body, or undefined. */
function fenceRun(text: string, start: number, end: number): { char: number; length: number } | undefined {
  const char = text.charCodeAt(start);
  if (char !== BACKTICK && char !== TILDE) return undefined;
  let i = start;
  while (i < end && text.charCodeAt(i) === char) i++;
  return i - start >= 3 ? { char, length: i - start } : undefined;
}

const isBlankRange = (text: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
};

/** A line that can close a fence: only the fence characters, then white space. */
function closingRun(text: string, body: number, end: number): { char: number; length: number } | undefined {
  const run = fenceRun(text, body, end);
  return run && isBlankRange(text, body + run.length, end) ? run : undefined;
}

/** A line that can open a fence: a run of fence characters, and no backtick after a backtick fence. */
function openingRun(text: string, body: number, end: number): { char: number; length: number } | undefined {
  const run = fenceRun(text, body, end);
  if (!run) return undefined;
  if (run.char === BACKTICK && text.slice(body + run.length, end).includes('`')) return undefined;
  return run;
}

/**
 * Marks the lines of fenced code blocks (```…``` or ~~~…~~~), fences included. A fence that is
 * never closed is read as text, not code: a stray fence must not hide the rest of a licence from
 * review. Linear: the longest closing run after each line is known before a fence is opened.
 */
function markFences(text: string, layout: Layout): void {
  if (!text.includes('```') && !text.includes('~~~')) return;
  const { count, body, end, fenced } = layout;
  // The longest closing run of each fence character on the lines after line n.
  const backticksAfter = new Int32Array(count);
  const tildesAfter = new Int32Array(count);
  let backticks = 0;
  let tildes = 0;
  for (let n = count - 1; n >= 0; n--) {
    backticksAfter[n] = backticks;
    tildesAfter[n] = tildes;
    const close = closingRun(text, body[n], end[n]);
    if (close?.char === BACKTICK) backticks = Math.max(backticks, close.length);
    else if (close) tildes = Math.max(tildes, close.length);
  }
  for (let n = 0; n < count; n++) {
    const open = openingRun(text, body[n], end[n]);
    if (!open || (open.char === BACKTICK ? backticksAfter : tildesAfter)[n] < open.length) continue;
    let m = n + 1;
    for (; m < count; m++) {
      const close = closingRun(text, body[m], end[m]);
      if (close && close.char === open.char && close.length >= open.length) break;
    }
    fenced.fill(1, n, m + 1);
    n = m;
  }
}

/**
 * The same text with every closed HTML comment (`<!-- … -->`) blanked to spaces, line breaks
 * kept, so that offsets are unchanged: a comment is not licence text (suppression comments are
 * read from the original text). An unclosed `<!--` is left as it is, like an unclosed fence: a
 * stray marker must not hide the rest of a licence. Linear: indexOf, comment by comment.
 */
export function blankComments(text: string): string {
  let at = text.indexOf('<!--');
  if (at < 0) return text;
  let out = '';
  let copied = 0;
  while (at >= 0) {
    const close = text.indexOf('-->', at + 4);
    if (close < 0) break;
    const end = close + 3;
    out += text.slice(copied, at) + text.slice(at, end).replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));
    copied = end;
    at = text.indexOf('<!--', end);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** A table's delimiter row: only pipes, dashes, colons and white space, with a pipe and a dash. */
export function isTableDelimiter(text: string, start: number, end: number): boolean {
  let pipe = false;
  let dash = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '|') pipe = true;
    else if (c === '-') dash = true;
    else if (c !== ':' && !isSpaceCode(c.charCodeAt(0))) return false;
  }
  return pipe && dash;
}

/** Whether a line holds an unescaped pipe (a possible table row). */
export function hasPipe(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') return true;
  }
  return false;
}

/** The cells of a table row, split at unescaped pipes, leading and trailing pipes dropped. */
export function tableCells(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let cellStart = start;
  const push = (s: number, e: number): void => {
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) cells.push({ start: s, end: e });
  };
  for (let i = start; i < end; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') {
      push(cellStart, i);
      cellStart = i + 1;
    }
  }
  push(cellStart, end);
  return cells;
}


/**
 * The end of an ATX heading's text: without the optional closing hashes ("## Use ##") and
 * trailing white space.
 */
export function headingEnd(text: string, bodyStart: number, end: number): number {
  let e = end;
  while (e > bodyStart && isSpaceCode(text.charCodeAt(e - 1))) e--;
  let h = e;
  while (h > bodyStart && text[h - 1] === '#') h--;
  if (h < e && (h === bodyStart || isSpaceCode(text.charCodeAt(h - 1)))) {
    e = h;
    while (e > bodyStart && isSpaceCode(text.charCodeAt(e - 1))) e--;
  }
  return e;
}
