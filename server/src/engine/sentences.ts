/** Sentence boundaries inside one block of a licence, as offsets into the document. */
export interface Span {
  start: number;
  end: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'vs', 'v', 'sec', 'secs', 'art', 'para', 'cf',
  'u.s', 'mr', 'mrs', 'ms', 'dr', 'st', 'approx', 'incl', 'fig', 'ch', 'seq', 'al', 'viz', 'jr', 'sr', 'ver',
  'u.s.a', 'e.u', 'pp', 'p', 'ss', 'gmbh', 'bros', 'dept', 'est', 'govt', 'llc', 'l.l.c', 'n.v', 's.a', 'b.v',
]);

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff;
const isBreak = (c: number): boolean => c === 10 || c === 13;
/** Closing quotes and brackets that stay with the sentence a Chinese full stop ends: ” ’ 」 』 ） 》. */
const CLOSING_CJK: ReadonlySet<number> = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0xff09, 0x300b]);
/** Markdown emphasis around words: "*", "_". */
const isEmphasis = (c: number): boolean => c === 42 || c === 95;

/**
 * Skips white space from `i`, and the block-quote markers (">") that open a line inside a block:
 * Markdown layout between two sentences.
 */
function skipLayout(text: string, i: number, end: number): number {
  let lineStart = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) lineStart = true;
    else if (c === 62 && lineStart) continue; // '>'
    else if (!isSpace(c)) break;
  }
  return i;
}

/**
 * Splits text[start, end) into sentences, trimmed of surrounding white space, block-quote markers
 * and emphasis markers. A sentence ends at ". ", "! ", "? " (optionally after a closing quote or
 * bracket) when the next word starts like a sentence, except after common abbreviations and
 * initials. Markdown emphasis does not change where a sentence ends: "*Next*" starts a sentence
 * as "Next" does, "*next*" does not.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      // 。！？ end a Chinese sentence whatever follows (a closing quote or bracket goes with it).
      let j = i + 1;
      while (j < end && CLOSING_CJK.has(text.charCodeAt(j))) j++;
      push(sentenceStart, j);
      sentenceStart = skipLayout(text, j, end);
      i = sentenceStart - 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    let j = i + 1;
    while (j < end && /["'\u201d\u2019)\]*_]/.test(text[j])) j++;
    if (j < end && !isSpace(text.charCodeAt(j))) continue;
    const k = skipLayout(text, j, end);
    let w = k;
    while (w < end && isEmphasis(text.charCodeAt(w))) w++;
    if (w < end && !/[A-Z0-9"'\u201c\u2018(\[#]/.test(text[w])) continue;
    if (c === 46 && isAbbreviation(text, sentenceStart, i)) continue;
    push(sentenceStart, j);
    sentenceStart = k;
    i = k - 1;
  }
  push(sentenceStart, end);
  return spans;

  function push(s: number, e: number): void {
    s = skipLayout(text, s, e);
    while (s < e && isEmphasis(text.charCodeAt(s))) s = skipLayout(text, s + 1, e);
    while (e > s && (isSpace(text.charCodeAt(e - 1)) || isEmphasis(text.charCodeAt(e - 1)))) e--;
    if (e - s > MAX_SENTENCE) {
      const cut = pieceEnd(text, s, e);
      push(s, cut);
      push(cut, e);
      return;
    }
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, Math.min(e, s + 200)))) spans.push({ start: s, end: e });
  }
}

/**
 * The longest sentence read as one clause, in UTF-16 code units. The longest sentence of the 727
 * SPDX texts has 1,304; a run of text longer than this with no sentence end is not prose, and is
 * read in pieces so that the work and memory of one clause stay bounded whatever the input.
 */
export const MAX_SENTENCE = 4000;

/** Where to end the first piece of an over-long run: the last blank in its second half, else the limit. */
function pieceEnd(text: string, s: number, e: number): number {
  let cut = Math.min(e, s + MAX_SENTENCE);
  for (let i = cut; i > s + MAX_SENTENCE / 2; i--) {
    if (isSpace(text.charCodeAt(i - 1))) return i;
  }
  // No blank: do not split a surrogate pair.
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return cut;
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let w = dot;
  while (w > sentenceStart && /[A-Za-z.]/.test(text[w - 1])) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 0) return /\d/.test(text[dot - 1] ?? '') && /\d/.test(text[dot + 1] ?? '');
  if (word.length === 1) return true; // initials: "J. Smith", "a. b."
  // "No. 5" is a number; "No. The licence …" answers a question.
  if (word === 'no' || word === 'nos') return /^\s*\d/.test(text.slice(dot + 1, dot + 4));
  return ABBREVIATIONS.has(word);
}
