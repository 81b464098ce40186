/**
 * The words of a licence as SPDX's matching guidelines compare them, whatever the layout: case,
 * white space, line wrapping, indentation, punctuation, quotes, list markers and Markdown marks
 * do not count; copyright notices ("Copyright (c) 2024 Jane Doe") and template fields
 * ("<year>", "[name of copyright owner]") are left out; varietal spellings ("licence",
 * "authorise", "https") are read as one word. Offsets point into the draft, so that what a
 * comparison finds can be quoted in the draft's own words.
 */

/** A normalised word and where it is in the text. */
export interface Word {
  readonly w: string;
  readonly start: number;
  readonly end: number;
}

/** Words the guidelines treat as the same ("equivalent words"), mapped to one spelling. */
const EQUIVALENT: ReadonlyMap<string, string> = new Map(Object.entries({
  licence: 'license', licences: 'licenses', licenced: 'licensed', licencing: 'licensing', licensor: 'licensor',
  sublicence: 'sublicense', sublicences: 'sublicenses', acknowledgement: 'acknowledgment', acknowledgements: 'acknowledgments',
  analogue: 'analog', authorisation: 'authorization', authorise: 'authorize', authorised: 'authorized', authorises: 'authorizes',
  centre: 'center', offence: 'offense', organisation: 'organization', organisations: 'organizations', recognise: 'recognize',
  recognised: 'recognized', favour: 'favor', behaviour: 'behavior', colour: 'color', judgement: 'judgment', whilst: 'while',
  fulfil: 'fulfill', utilise: 'utilize', realise: 'realize', characterise: 'characterize', modelling: 'modeling', https: 'http',
}));

/** Template fields of the SPDX texts and of boilerplate: "<year>", "[yyyy]", "[name of copyright owner]". */
const FIELD = /<[^<>]{1,100}>|\[[^[\]]{1,100}\]/g;
/** A copyright notice line: "Copyright (c) 2016-2024 Jane Doe", "© 2024", "Copyright [yyyy] …", "All rights reserved." */
const COPYRIGHT_LINE = /^(?:copyright\s*(?:\(c\)|©|\d{4}|<|\[|\{|year\b)|copyright\s+by\s|\(c\)\s*(?:\d{4}|<|\[)|©\s*(?:\d{4}|<|\[|\w)|portions\s+copyright\b|all\s+rights\s+reserved\.?$)/i;
/** What opens a line without being a word of the licence: quote marks, heading hashes, emphasis, list markers. */
const LINE_OPENING = /^[ \t>]*(?:#{1,6}[ \t]+)?[*_]{0,3}(?:(?:\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[a-z]|[ivxlc]{2,6})[.)]|\d{1,3}(?:\.\d{1,3}){1,3})[*_]{0,3}(?=[ \t]|$)|[-*+•‣◦●](?=[ \t]))?/i;
const INDENT = /^[ \t>]*[*_]{0,3}/;
const TOKEN = /[a-z0-9]+/gi;
const LOWER_TOKEN = /[a-z0-9]+/g;

function fieldsOf(text: string): Array<[number, number]> {
  const fields: Array<[number, number]> = [];
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(text); m; m = FIELD.exec(text)) fields.push([m.index, m.index + m[0].length]);
  return fields;
}

/** The normalised words of `text` from `from` to `to` (a stretch without layout), template fields left out. */
export function wordsOf(text: string, offset = 0, from = 0, to = text.length, fields = fieldsOf(text)): Word[] {
  const out: Word[] = [];
  let f = 0;
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    while (f < fields.length && fields[f][1] <= m.index) f++;
    if (f < fields.length && fields[f][0] <= m.index) continue;
    const lower = m[0].toLowerCase();
    out.push({ w: EQUIVALENT.get(lower) ?? lower, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/** The normalised words of a stretch without layout, without offsets (for the index of known licences). */
export function normalWords(text: string): string[] {
  const plain = text.includes('<') || text.includes('[') ? text.replace(FIELD, ' ') : text;
  const out = plain.toLowerCase().match(LOWER_TOKEN) ?? [];
  for (let i = 0; i < out.length; i++) out[i] = EQUIVALENT.get(out[i]) ?? out[i];
  return out;
}

/**
 * The parts of a clause's lines that are licence text: copyright lines dropped, the marker that
 * opens the clause stripped ("1." of "## 1. Definitions"), and the quote marks and indentation of
 * the lines after it (a marker-like word that a hard wrap put first on a line, "(ii) ownership",
 * is licence text).
 */
export function textRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    const opening = (at === 0 ? LINE_OPENING : INDENT).exec(line)?.[0].length ?? 0;
    const rest = line.slice(opening).replace(/\r$/, '');
    if (rest.trim() && !COPYRIGHT_LINE.test(rest.trim())) out.push([at + opening, at + opening + rest.length]);
    if (nl < 0) break;
    at = nl + 1;
  }
  return out;
}

/** The words of a clause of a draft, with offsets in the draft. */
export function clauseWords(text: string, offset: number): Word[] {
  const fields = fieldsOf(text);
  return textRanges(text).flatMap(([s, e]) => wordsOf(text, offset, s, e, fields));
}

/** A clause as it is stored in the index of known licences and quoted: its licence text on one line. */
export function displayText(text: string): string {
  return textRanges(text)
    .map(([s, e]) => text.slice(s, e))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A marker made of words ("Section 7", "Article 11"): a hard wrap can make such words open a line. */
export function wordMarker(marker: string | undefined): string | undefined {
  return marker && /[a-z]{3}/i.test(marker) ? marker : undefined;
}
