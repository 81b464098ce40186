/**
 * The legal-English vocabulary rules share: modality (prohibitions, exclusive grants, conditions
 * that void the grant), non-binding requests, negated restrictions and warranty disclaimers.
 * Every pattern is case-insensitive and works on text cleaned by `cleanText` (straight quotes,
 * no Markdown emphasis), with `\s+` between words so hard-wrapped lines match.
 */
import type { TextPattern } from './near';
import { blankComments } from './markdown';

const NEEDS_CLEANING = /[\u201c-\u201f\u2033\u2018-\u201b\u2032\u00a0\u2007\u202f\t\u2010-\u2014*`_\r\n\ufeff]/;

/**
 * Returns text of the same length with curly quotes straightened and Markdown layout blanked:
 * HTML comments, emphasis, line breaks and the block-quote markers (">") that open a line, so that a
 * hard-wrapped or block-quoted sentence reads like the same sentence on one line. A line break
 * after a colon is kept: it introduces the lines below (a list without markers), which the clause
 * model reads as structure. `keepLineBreaks` keeps every line break, for callers that read lines.
 */
export function cleanText(raw: string, keepLineBreaks = false): string {
  // An HTML comment inside a sentence is not licence text (blanked, so lengths stay).
  const s = raw.includes('<!--') ? blankComments(raw) : raw;
  if (!NEEDS_CLEANING.test(s)) return s;
  return s
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u00a0\u2007\u202f\t\ufeff]/g, ' ')
    .replace(/[\u2010\u2011\u2012\u2013\u2014]/g, '-')
    .replace(/[*`]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, ' ')
    .replace(/[\r\n][ >]*/g, (m: string, at: number, all: string) => (keepLineBreaks || afterColon(all, at, m[0]) ? m[0] : ' ') + ' '.repeat(m.length - 1));
}

/** Whether the line break at `at` ends a line whose text ends in a colon (CRLF counted as one break). */
function afterColon(s: string, at: number, lineBreak: string): boolean {
  let p = at - 1;
  if (lineBreak === '\n' && s[p] === '\r') p--;
  while (p >= 0 && s[p] === ' ') p--;
  return s[p] === ':';
}

const MODAL = String.raw`(?:may|shall|must|will|can|could|should|would)`;

/** "may not", "shall not be used", "is prohibited", "agree not to", "not licensed for" (not "should not be treated as …", which says how a thing is to be taken). */
export const PROHIBITION = new RegExp(
  String.raw`\b(?:${MODAL}\s+not(?!\s+be\s+(?:treated|regarded|considered|construed|interpreted|viewed|taken|understood|mistaken|confused)\b)|${MODAL}\s+never|cannot|can't|won't|shan't|mustn't|agrees?\s+(?:that\s+\w+\s+will\s+)?not\s+to|` +
    String.raw`(?:is|are|be|been)\s+(?:strictly\s+|expressly\s+)?(?:not\s+(?:permitted|allowed|authori[sz]ed|licen[sc]ed)|prohibited|forbidden|barred)|` +
    String.raw`prohibit(?:s|ed)?|forbid(?:s|den)?|refrain\s+from|` +
    String.raw`not\s+(?:[a-z-]+,?\s+){0,3}licen[sc]ed\s+(?:or\s+[a-z]+\s+)?(?:for|to)|` +
    String.raw`(?:^|[.;:]\s*)(?:do\s+not|don't|never)\s+(?:use|deploy|run|employ|apply|distribute|sell|provide|offer)|never\s+(?:for|in|to|be\s+used|used|within))\b`,
  'i',
);

/** Grants narrowed to a purpose: "only", "solely", "limited to", "a permitted purpose". */
export const EXCLUSIVE = /\b(?:only|solely|exclusively|(?<!\bnot\s+)(?:limited|restricted)\s+to|permitted\s+purposes?|limit\s+(?:your|its|their)\s+use)\b/i;

/** Conditions that take the grant away: "does not extend to", "must request a license", "void". */
export const VOIDING = new RegExp(
  String.raw`\b(?:(?:is|are|shall\s+be|will\s+be)\s+void|terminat(?:e|es|ed|ion)\s+(?:automatically|immediately)|` +
    String.raw`(?:does|do|will|shall)\s+not\s+(?:extend|apply|grant|include)|not\s+(?:being\s+)?granted|no\s+(?:licen[sc]e|rights?)\s+(?:(?:is|are|shall\s+be|will\s+be)\s+)?granted|` +
    String.raw`(?:must|shall|will\s+need\s+to|need\s+to|required\s+to)\s+(?:first\s+)?(?:request|obtain|purchase|acquire|seek|buy|negotiate|enter\s+into)\s+(?:(?:a|an|the|such)\s+)?(?:separate\s+|commercial\s+|additional\s+|written\s+|new\s+)?(?:licen[sc]e|permission|approval|authori[sz]ation|agreement|arrangement)|` +
    String.raw`(?:requires?|required|needs?)\s+(?:a|an)\s+(?:(?:separate|commercial|additional|written|paid|individual)\s+){1,3}(?:licen[sc]e|permission|agreement)|` +
    String.raw`without\s+(?:our|the\s+licen[sc]or's|its)\s+(?:express|prior|written)\s+(?:\w+\s+)?(?:authori[sz]ation|consent|permission))\b`,
  'i',
);

/** Requests that bind nobody, and sentences that negate a restriction. */
export const NON_BINDING = new RegExp(
  String.raw`\b(?:(?:kindly|politely|respectfully)\s+(?:ask|request)|we\s+(?:would\s+)?(?:ask|request|encourage|appreciate|hope|suggest|recommend|invite)|` +
    String.raw`(?:is|are)\s+(?:strongly\s+)?encouraged|not\s+a\s+(?:condition|requirement|restriction)|(?:not|never)\s+(?:legally\s+)?binding|non-binding|` +
    String.raw`nothing\s+in\s+this\s+(?:licen[sc]e|agreement)\s+(?:shall\s+be\s+(?:construed|interpreted|read)\s+(?:to|as)\s+)?(?:restricts?|limits?|prohibits?|prevents?|forbids?|restricting|limiting)|` +
    String.raw`(?:does|shall|will|may)\s+not\s+(?:be\s+(?:construed|read)\s+(?:to|as)\s+)?(?:restrict|limit|prohibit|prevent|forbid)\s+(?:you|your|anyone|any\s+(?:person|use|field|party))|` +
    String.raw`(?:are|is)\s+(?:free|welcome)\s+to|(?:any|all)\s+(?:use|purpose)s?\s+(?:is|are)\s+(?:permitted|allowed)|for\s+any\s+purpose)\b`,
  'i',
);

/** Warranty disclaimers and limits of liability, which restrict nobody. */
export const DISCLAIMER = /\b(?:warrant(?:y|ies|ed)|as\s+is|liab(?:le|ility)|damages|merchantability|fitness\s+for|own\s+risk|fault[- ]tolerant|indemnif\w*|not\s+(?:designed|intended)\s+(?:for|to)|(?:designed|intended)(?:\s*,)?\s+(?:or|and|nor)\s+(?:designed|intended))\b/i;

/** Verbs of using a work. */
export const USE_VERB = /\b(?:use|used|uses|using|deploy\w*|run|running|employ\w*|appl(?:y|ied|ying)|operat\w*|exploit\w*)\b/i;

/** True when `re` matches `s`. Resets `lastIndex` for global patterns. */
export function has(re: TextPattern, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

/** True when a sentence only disclaims warranty or liability (and does not withhold a licence). */
export function isDisclaimer(s: string): boolean {
  return has(DISCLAIMER, s) && !/\blicen[sc]ed\b/i.test(s.replace(/\blicen[sc]ed\s+(?:software|work|program|product)\b/gi, ''));
}

/** A breach said not to count: "… terminated only for a breach of its own conditions, and not for any breach of the Licensor's Terms of Service". */
export const NOT_FOR_BREACH = /\bnot\s+(?:for|upon|because\s+of|on\s+account\s+of)\s+(?:any\s+)?(?:breach|violation|contravention)\s+of\b/i;

/** Whether `pattern` first occurs only after a breach said not to count (see NOT_FOR_BREACH). */
export function afterBreachNotCounted(text: string, pattern: RegExp): boolean {
  const nb = NOT_FOR_BREACH.exec(text);
  const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
  return nb !== null && m !== null && nb.index < m.index;
}
