import type { ClauseMemo } from './memo';
import type { Clause, Definition } from './types';
import { cleanText, has, PROHIBITION, VOIDING } from './language';

const QUOTE_CHAR = /["'\u201c\u201d\u201e\u201f\u2018\u2019]/;
/** A quoted term: in double quotes, or in single quotes that are not apostrophes ('Eligible Licensee'). */
const QUOTED = /"([A-Z][^"\n]{0,60}?)"|(?<!\w)'([A-Z][^'\n]{0,60}?)'(?!\w)/g;
const DEFINING = /^(?:\s*(?:,\s*)?(?:or|and)\s+"[^"\n]{1,40}")*\s*(?:shall\s+)?(?:mean|means|refers?\s+to|shall\s+refer\s+to|is\s+defined\s+as|has\s+the\s+meaning|includes?|shall\s+include|:)/i;

/**
 * The definitions pass: finds quoted defined terms — `"Licensee" means …`, `(the "Agreement")`,
 * `"Sell" means …` — and the sentence that defines each. The first definition of a term wins.
 */
export function findDefinitions(clauses: readonly Clause[]): Map<string, Definition> {
  const defs = new Map<string, Definition>();
  for (const c of clauses) {
    if (!QUOTE_CHAR.test(c.text)) continue;
    const text = cleanText(c.text);
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
      const term = (m[1] ?? m[2]).trim();
      if (defs.has(term) || term.split(/\s+/).length > 6) continue;
      // What follows the term, as far as a definition can say what it is (bounded: a clause may hold thousands of quotes).
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 400);
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const inParens = /\((?:\s*(?:the|a|an|each|collectively,?|together,?|hereinafter(?:\s+referred\s+to\s+as)?|referred\s+to\s+as))?\s*$/i.test(before)
        && /^\s*(?:or\s+"[^"]+"\s*)?\)/.test(after);
      if (DEFINING.test(after) || inParens) {
        const start = c.start + m.index + 1;
        defs.set(term, { term, start, end: start + term.length, clauseStart: c.start, clauseEnd: c.end, text: c.text });
      }
    }
  }
  return defs;
}

const termPatterns = new Map<string, RegExp>();

/** A pattern for a term as a whole word, with any white space (hard wraps) between its words. */
export function termPattern(term: string): RegExp {
  let re = termPatterns.get(term);
  if (!re) {
    const words = term.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // (The plural too: "Eligible User" is used as "Eligible Users".)
    re = new RegExp(String.raw`(?<![\w-])${words.join(String.raw`\s+`)}(?:s|es)?(?!\w)`);
    if (termPatterns.size > 10_000) termPatterns.clear();
    termPatterns.set(term, re);
  }
  return re;
}

interface TermEntry {
  readonly def: Definition;
  /** The words of the term after the first. */
  readonly rest: readonly string[];
}

const byFirstWord = new WeakMap<ReadonlyMap<string, Definition>, Map<string, TermEntry[]>>();

/** The defined terms grouped by their first word, longest first (built once per definitions map). */
function termsByFirstWord(defs: ReadonlyMap<string, Definition>): Map<string, TermEntry[]> {
  let map = byFirstWord.get(defs);
  if (!map) {
    map = new Map();
    for (const def of [...defs.values()].sort((x, y) => y.term.length - x.term.length)) {
      const [first, ...rest] = def.term.split(/\s+/);
      const list = map.get(first) ?? [];
      list.push({ def, rest });
      map.set(first, list);
    }
    byFirstWord.set(defs, map);
  }
  return map;
}

const WORD = /[A-Za-z0-9][\w'-]*/g;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);

/**
 * Defined terms used in a sentence (whole words, as capitalised in the definition, any white
 * space between their words), with where they stand. Words are matched in one scan with one
 * shared pattern: no pattern is compiled per document, which keeps the server's memory flat.
 */
export function termUses(text: string, defs: ReadonlyMap<string, Definition>): Array<{ def: Definition; index: number }> {
  if (defs.size === 0) return [];
  const map = termsByFirstWord(defs);
  const out: Array<{ def: Definition; index: number }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    // Every defined term starts with a capital (see QUOTED): a word that does not cannot begin one.
    const first = text.charCodeAt(m.index);
    if (first < 65 || first > 90) continue;
    // "Licensor's" and "Licensor-owned" are uses of "Licensor" too.
    let word = m[0];
    let candidates = map.get(word);
    if (!candidates && /['-]/.test(word)) candidates = map.get((word = word.split(/['-]/)[0]));
    // A one-word term in the plural ("Participants" for "Participant", "Entities" for "Entity").
    const singular = !candidates ? singularOf(word) : undefined;
    if (singular) candidates = map.get(singular)?.filter((e) => e.rest.length === 0);
    if (!candidates || candidates.length === 0 || text[m.index - 1] === '-') continue;
    for (const { def, rest } of candidates) {
      let pos = m.index + word.length;
      let ok = true;
      for (const [i, w] of rest.entries()) {
        const ws = /^\s+/.exec(text.slice(pos, pos + 40));
        const at = ws ? pos + ws[0].length : -1;
        // (The last word may be in the plural: "Eligible Users", "Excluded Sector Entities".)
        const plural = ws && i === rest.length - 1 ? pluralAt(text, at, w) : 0;
        if (!ws || (!plural && !text.startsWith(w, at))) {
          ok = false;
          break;
        }
        pos = at + (plural || w.length);
      }
      if (ok && !isWordChar(text[pos])) {
        out.push({ def, index: m.index });
        WORD.lastIndex = pos;
        break;
      }
    }
  }
  return out;
}

/** The singular of a plural word ("Entities" → "Entity", "Users" → "User"), or undefined. */
function singularOf(word: string): string | undefined {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word) || !word.endsWith('s')) return undefined;
  return word.slice(0, -1);
}

/** The length of `w` or its plural at `at` in `text` when followed by a non-word character, else 0. */
function pluralAt(text: string, at: number, w: string): number {
  for (const form of [w, `${w}s`, `${w}es`, ...(/[^aeiou]y$/.test(w) ? [`${w.slice(0, -1)}ies`] : [])]) {
    if (text.startsWith(form, at) && !isWordChar(text[at + form.length])) return form.length;
  }
  return 0;
}

/** Defined terms used in a sentence, each once. */
export function termsIn(text: string, defs: ReadonlyMap<string, Definition>): Definition[] {
  return [...new Set(termUses(text, defs).map((u) => u.def))];
}

/** A withheld term follows "right to" or "<modal> not": without those words no term is withheld. */
const WITHHOLDING_WORDS = /\bnot\b|\bright\s+to\b/i;
const WITHHELD_BEFORE = /\b(?:right\s+to|(?:may|shall|must|will)\s+not)\s+$/;

/**
 * Defined terms that the licence withholds ("does not grant to you the right to Sell"), mapped to
 * the withholding sentence, so that the definition of the term is read as part of the restriction.
 */
export function restrictedTerms(clauses: readonly Clause[], defs: ReadonlyMap<string, Definition>, memo?: Pick<ClauseMemo, 'withDefinitions'>): Map<string, string> {
  const out = new Map<string, string>();
  if (defs.size === 0) return out;
  for (const c of clauses) {
    if (!WITHHOLDING_WORDS.test(c.text)) continue;
    const withheld = memo ? memo.withDefinitions('withheld', c.text, () => withheldIn(c.text, defs)) : withheldIn(c.text, defs);
    for (const { term, sentence } of withheld) {
      if (defs.get(term)?.clauseStart === c.start || out.has(term)) continue;
      out.set(term, sentence);
    }
  }
  return out;
}

/** The defined terms a clause withholds, in order, with the clause as the rules read it. */
function withheldIn(raw: string, defs: ReadonlyMap<string, Definition>): Array<{ term: string; sentence: string }> {
  const text = cleanText(raw);
  if (!has(PROHIBITION, text) && !has(VOIDING, text)) return [];
  return termUses(text, defs).filter(({ index }) => WITHHELD_BEFORE.test(text.slice(Math.max(0, index - 40), index))).map(({ def }) => ({ term: def.term, sentence: text }));
}
