import * as assert from 'node:assert/strict';
import { analyze, type AnalyzeOptions, type Finding, lineStarts, position } from '../../server/src/engine';
import { restrictedIndex, restrictedText, spdxIndex, spdxText } from '../corpus/corpus';

/**
 * Markdown is layout, not content (issue 16): the same licence in a block quote, with emphasis,
 * Markdown bullets, headings or tables, next to fenced code, with CRLF line endings, a BOM, tabs,
 * curly quotes or unwrapped paragraphs, gets the same findings as the plain text.
 *
 * Each transform builds the new document piece by piece and keeps, for every offset of it, the
 * offset of the original it came from (inserted markup maps to where it was inserted). A finding
 * is compared as (rule, severity, line, range, matched words), all in the original: the finding's
 * start and end offsets are mapped back, so transforms that renumber lines (unwrapping, tables, a
 * leading fence) are compared at the original line, and a range must map back exactly onto the
 * original finding's range; the matched words (Markdown markup, quote style and white space
 * normalised) check once more that the range points at the right text of the transformed document.
 * Both judgements are checked: the clause model (the product default) and the rules alone.
 *
 * The one layout that is not invariant: a line break after a colon. Unwrapping leaves a line that
 * ends in a colon alone (see `unwrap`), because the clause model reads it as the start of a list.
 */

/** A document being built from pieces of an original, with a map back to the original's offsets. */
class Builder {
  private readonly parts: string[] = [];
  /** Start offset in the output, source offset, and whether the piece was copied (else inserted). */
  private readonly pieces: Array<{ out: number; src: number; copied: boolean }> = [];
  private length = 0;

  constructor(private readonly source: string) {}

  copy(from: number, to: number): this {
    if (to > from) this.push(this.source.slice(from, to), from, true);
    return this;
  }

  /** Inserts new text, which maps to the source offset `at`. */
  insert(s: string, at: number): this {
    if (s) this.push(s, at, false);
    return this;
  }

  build(): Transformed {
    const pieces = this.pieces;
    return {
      text: this.parts.join(''),
      toOriginal: (offset: number): number => {
        let lo = 0;
        let hi = pieces.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (pieces[mid].out <= offset) lo = mid;
          else hi = mid - 1;
        }
        const p = pieces[lo];
        return p ? (p.copied ? p.src + offset - p.out : p.src) : offset;
      },
    };
  }

  private push(s: string, src: number, copied: boolean): void {
    this.parts.push(s);
    this.pieces.push({ out: this.length, src, copied });
    this.length += s.length;
  }
}

interface Transformed {
  readonly text: string;
  toOriginal(offset: number): number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** Rebuilds a text line by line; `edit` returns [text before the line, offset to copy from, text after]. */
function perLine(text: string, edit: (line: Line, index: number) => readonly [string, number, string]): Transformed {
  const b = new Builder(text);
  linesOf(text).forEach((line, i) => {
    const [before, from, after] = edit(line, i);
    b.insert(before, line.start).copy(from, line.end).insert(after, line.end).copy(line.end, Math.min(text.length, line.end + 1));
  });
  return b.build();
}

/** Replaces single characters (same length, same lines). */
function perChar(text: string, replace: (text: string, i: number) => string | undefined): Transformed {
  const b = new Builder(text);
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const r = replace(text, i);
    if (r === undefined) continue;
    b.copy(copied, i).insert(r, i);
    copied = i + 1;
  }
  return b.copy(copied, text.length).build();
}

/** List markers and headings as the segmenter reads them: bullets, "1.", "(a)", "iv)", "3.1.2" and "##". */
const MARKER = /^[ \t]*(?:[-*+\u2022][ \t]+|\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})[.)][ \t]+|\d{1,3}(?:\.\d{1,3})+\.?[ \t]+|(?:section|article|clause)[ \t]+\d[\d.]*[.:]?[ \t]+|#{1,6}[ \t]+)/i;
/** A numbered or lettered marker ("1.", "(a)", "3.1.2"), which can be set in bold. */
const NUMBERED = /^([ \t]*)(\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})[.)]|\d{1,3}(?:\.\d{1,3})+\.?)[ \t]/;
const markerEnd = (line: Line): number => line.start + (MARKER.exec(line.text)?.[0].length ?? /^[ \t]*/.exec(line.text)![0].length);
const isBlank = (line: Line): boolean => line.text.trim() === '';

/** Paragraphs and list items: runs of non-blank lines, a new one at each line that starts with a marker. */
function groups(text: string): Line[][] {
  const out: Line[][] = [];
  let current: Line[] | undefined;
  for (const line of linesOf(text)) {
    if (isBlank(line)) current = undefined;
    else if (!current || MARKER.test(line.text)) out.push((current = [line]));
    else current.push(line);
    // An ATX heading is one line: the next line starts a new block.
    if (/^[ \t]*#{1,6}[ \t]/.test(line.text)) current = undefined;
  }
  return out;
}

/**
 * Joins the hard-wrapped lines of each paragraph or item into one line. A line that ends in a colon
 * is not joined to the next: it introduces the lines below it, a list whose items lost their
 * markers (CreativeML OpenRAIL-M §4: "…provided that You meet the following conditions:" and one
 * condition per line), and the clause model reads that line break as structure, not as a wrap.
 */
function unwrap(text: string): Transformed {
  const b = new Builder(text);
  let copied = 0;
  for (const g of groups(text)) {
    for (let i = 1; i < g.length; i++) {
      // Replace the line break and the next line's indentation with one space.
      const prev = g[i - 1];
      if (/:\s*$/.test(prev.text)) continue;
      const lineEnd = prev.end - (prev.text.endsWith('\r') ? 1 : 0);
      let bodyStart = g[i].start;
      while (text[bodyStart] === ' ' || text[bodyStart] === '\t') bodyStart++;
      let bodyEnd = lineEnd;
      while (bodyEnd > prev.start && (text[bodyEnd - 1] === ' ' || text[bodyEnd - 1] === '\t')) bodyEnd--;
      b.copy(copied, bodyEnd).insert(' ', bodyEnd);
      copied = bodyStart;
    }
  }
  return b.copy(copied, text.length).build();
}

/** Composes two transforms: `second` applied to the output of `first`. */
function then(first: Transformed, second: (text: string) => Transformed): Transformed {
  const t = second(first.text);
  return { text: t.text, toOriginal: (o) => first.toOriginal(t.toOriginal(o)) };
}

/** Wraps the body of each paragraph or item (after its marker) in `mark`. */
function emphasisePerParagraph(text: string, mark: string): Transformed {
  const b = new Builder(text);
  let copied = 0;
  for (const g of groups(text)) {
    const start = markerEnd(g[0]);
    const last = g[g.length - 1];
    let end = last.end;
    while (end > last.start && /\s/.test(text[end - 1])) end--;
    if (end <= start) continue;
    b.copy(copied, start).insert(mark, start).copy(start, end).insert(mark, end);
    copied = end;
  }
  return b.copy(copied, text.length).build();
}

const TITLE = /^[A-Za-z][^.;:,!?]{0,60}[A-Za-z0-9)]$/;

const FENCE_TEXT = 'You may not sell the software.\nYou may use it only for non-commercial research purposes.\n';

const TRANSFORMS: ReadonlyArray<readonly [string, (text: string) => Transformed]> = [
  ['a block quote ("> " before every line)', (t) => perLine(t, (l) => [isBlank(l) ? '>' : '> ', l.start, ''])],
  ['a nested block quote ("> > ")', (t) => perLine(t, (l) => [isBlank(l) ? '> >' : '> > ', l.start, ''])],
  ['CRLF line endings', (t) => perChar(t, (s, i) => (s[i] === '\n' && s[i - 1] !== '\r' ? '\r\n' : undefined))],
  ['a byte order mark', (t) => new Builder(t).insert('\ufeff', 0).copy(0, t.length).build()],
  ['tabs for leading indentation', (t) => perLine(t, (l) => {
    const n = /^ */.exec(l.text)![0].length;
    return ['\t'.repeat(Math.floor(n / 4)) + ' '.repeat(n % 4), l.start + n, ''];
  })],
  ['tabs between words', (t) => perChar(t, (s, i) => (s[i] === ' ' && /\S/.test(s[i - 1] ?? '') && /\S/.test(s[i + 1] ?? '') ? '\t' : undefined))],
  ['curly quotes', (t) => perChar(t, (s, i) => {
    const open = i === 0 || /[\s([{\u2014-]/.test(s[i - 1]);
    if (s[i] === '"') return open ? '\u201c' : '\u201d';
    if (s[i] === "'") return open ? '\u2018' : '\u2019';
    return undefined;
  })],
  ['straight quotes', (t) => perChar(t, (s, i) => (/[\u201c\u201d]/.test(s[i]) ? '"' : /[\u2018\u2019]/.test(s[i]) ? "'" : undefined))],
  ['unwrapped paragraphs', unwrap],
  ['a trailing fenced code block', (t) => new Builder(t).copy(0, t.length).insert(`\n\n\`\`\`text\n${FENCE_TEXT}\`\`\`\n`, t.length).build()],
  ['a leading fenced code block', (t) => new Builder(t).insert(`~~~\n${FENCE_TEXT}~~~\n\n`, 0).copy(0, t.length).build()],
  ['bold lines (**…** around each line)', boldLines],
  ['bold list markers (**1.** …)', (t) => perLine(t, (l) => {
    const m = NUMBERED.exec(l.text);
    if (!m) return ['', l.start, ''];
    const at = l.start + m[1].length;
    return [`${m[1]}**${m[2]}**`, at + m[2].length, ''];
  })],
  ['italic paragraphs (*…*)', (t) => emphasisePerParagraph(t, '*')],
  ['italic paragraphs (_…_)', (t) => emphasisePerParagraph(t, '_')],
  ['Markdown star bullets', (t) => perLine(t, (l) => {
    const m = /^([ \t]*)[-+\u2022]([ \t]+\S)/.exec(l.text);
    return m ? [`${m[1]}*`, l.start + m[1].length + 1, ''] : ['', l.start, ''];
  })],
  ['Markdown headings for title lines', (t) => {
    const titles = new Set(groups(t).filter((g) => g.length === 1 && !MARKER.test(g[0].text) && TITLE.test(g[0].text.trim())).map((g) => g[0].start));
    return perLine(t, (l) => (titles.has(l.start) ? ['## ', l.start + /^\s*/.exec(l.text)![0].length, ''] : ['', l.start, '']));
  }],
  ['one-cell tables for paragraphs', (t) => then(unwrap(t), tables)],
];

/** `**` after the marker of each non-blank line and before its trailing white space. */
function boldLines(text: string): Transformed {
  const b = new Builder(text);
  let copied = 0;
  for (const l of linesOf(text)) {
    const start = markerEnd(l);
    let end = l.end;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) continue;
    b.copy(copied, start).insert('**', start).copy(start, end).insert('**', end);
    copied = end;
  }
  return b.copy(copied, text.length).build();
}

/** Each (unwrapped) paragraph that is not a list item or heading becomes a one-cell table. */
function tables(text: string): Transformed {
  const b = new Builder(text);
  let copied = 0;
  for (const g of groups(text)) {
    const l = g[0];
    if (g.length > 1 || MARKER.test(l.text)) continue;
    const indent = /^[ \t]*/.exec(l.text)![0].length;
    let end = l.end;
    while (end > l.start && /\s/.test(text[end - 1])) end--;
    b.copy(copied, l.start + indent).insert('| ', l.start + indent).copy(l.start + indent, end).insert(' |\n| --- |', end);
    copied = end;
  }
  return b.copy(copied, text.length).build();
}


/** Words as a reader sees them: no Markdown markup, straight quotes, single spaces. */
const words = (s: string): string =>
  s.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/[*_`>|\ufeff]/g, ' ').replace(/\s+/g, ' ').trim();

function describeFindings(findings: readonly Finding[], original: string, toOriginal: (o: number) => number): string[] {
  const starts = lineStarts(original);
  return findings.map((f) => `${f.ruleId} ${f.severity} line ${position(starts, toOriginal(f.start)).line} @${toOriginal(f.start)}-${toOriginal(f.end - 1) + 1}: ${words(f.matched)}`).sort();
}

const short = (s: string): string => (s.length > 200 ? `${s.slice(0, 130)} … ${s.slice(-60)}` : s);

interface Text {
  readonly id: string;
  readonly text: string;
}

function corpusTexts(): Text[] {
  const restricted = restrictedIndex().map((e) => ({ id: e.id, text: restrictedText(e) }));
  const approved = spdxIndex().filter((e) => e.isOsiApproved).map((e) => e.id).sort().slice(0, 20);
  return [...restricted, ...approved.map((id) => ({ id, text: spdxText(id) }))];
}

const ENGINES: ReadonlyArray<readonly [string, AnalyzeOptions]> = [['clause model', { clauseModel: true }], ['rules', {}]];

describe('invariance: Markdown layout, line endings, quotes and wrapping change no finding', () => {
  const texts = corpusTexts();

  it('reads the 30 restricted licences and 20 OSI-approved texts', () => {
    assert.equal(texts.length, 50);
  });

  for (const [engine, options] of ENGINES) {
    describe(engine, () => {
      const originals = new Map<string, string[]>();
      const expected = (t: Text): string[] => {
        let v = originals.get(t.id);
        if (!v) originals.set(t.id, (v = describeFindings(analyze(t.text, options).findings, t.text, (o) => o)));
        return v;
      };

      it('finds something to compare in the restricted licences', () => {
        assert.ok(texts.slice(0, 30).every((t) => expected(t).length > 0));
      });

      for (const [name, transform] of TRANSFORMS) {
        it(`gives the same findings with ${name}`, () => {
          const differences: string[] = [];
          for (const t of texts) {
            const doc = transform(t.text);
            const { findings } = analyze(doc.text, options);
            for (const f of findings) {
              assert.equal(doc.text.slice(f.start, f.end), f.matched, `${t.id}: range and matched text agree`);
              assert.ok(doc.text.slice(f.clauseStart, f.clauseEnd).includes(f.matched), `${t.id}: the finding lies in its clause`);
            }
            const got = describeFindings(findings, t.text, doc.toOriginal);
            const want = expected(t);
            const missing = want.filter((w) => !got.includes(w));
            const extra = got.filter((g) => !want.includes(g));
            if (missing.length || extra.length || got.length !== want.length) {
              differences.push(`${t.id}: ${want.length} → ${got.length}${missing.map((m) => `\n    lost  ${short(m)}`).join('')}${extra.map((m) => `\n    added ${short(m)}`).join('')}`);
            }
          }
          assert.deepEqual(differences, []);
        });
      }
    });
  }
});
