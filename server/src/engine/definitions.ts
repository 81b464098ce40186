import type { Clause, Definition } from './types';
import { cleanText, has, PROHIBITION, VOIDING } from './language';

const QUOTE_CHAR = /["\u201c\u201d\u201e\u201f]/;
const QUOTED = /"([A-Z][^"\n]{0,60}?)"/g;
const DEFINING = /^\s*(?:,?\s*(?:or|and)\s+"[^"\n]{1,40}"\s*)*(?:shall\s+)?(?:mean|means|refers?\s+to|shall\s+refer\s+to|is\s+defined\s+as|has\s+the\s+meaning|includes?|shall\s+include|:)/i;

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
      const term = m[1].trim();
      if (defs.has(term) || term.split(/\s+/).length > 6) continue;
      const after = text.slice(m.index + m[0].length);
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const inParens = /\(\s*(?:the|a|an|each|collectively,?|together,?|hereinafter(?:\s+referred\s+to\s+as)?|referred\s+to\s+as)?\s*$/i.test(before)
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
    re = new RegExp(String.raw`(?<![\w-])${words.join(String.raw`\s+`)}(?!\w)`);
    if (termPatterns.size > 10_000) termPatterns.clear();
    termPatterns.set(term, re);
  }
  return re;
}

const combined = new WeakMap<ReadonlyMap<string, Definition>, { re: RegExp; byKey: Map<string, Definition> }>();

/** One pattern for every defined term of a document, longest first, built once per definitions map. */
function allTerms(defs: ReadonlyMap<string, Definition>): { re: RegExp; byKey: Map<string, Definition> } {
  let c = combined.get(defs);
  if (!c) {
    const terms = [...defs.values()].sort((x, y) => y.term.length - x.term.length);
    const body = terms.map((d) => termPattern(d.term).source.replace(/^\(\?<!\[\\w-\]\)|\(\?!\\w\)$/g, '')).join('|');
    c = { re: new RegExp(String.raw`(?<![\w-])(?:${body})(?!\w)`, 'g'), byKey: new Map(terms.map((d) => [d.term.replace(/\s+/g, ' '), d])) };
    combined.set(defs, c);
  }
  return c;
}

/** Defined terms used in a sentence (whole words, as capitalised in the definition), with where they stand. */
export function termUses(text: string, defs: ReadonlyMap<string, Definition>): Array<{ def: Definition; index: number }> {
  if (defs.size === 0) return [];
  const { re, byKey } = allTerms(defs);
  const out: Array<{ def: Definition; index: number }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const def = byKey.get(m[0].replace(/\s+/g, ' '));
    if (def) out.push({ def, index: m.index });
  }
  return out;
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
export function restrictedTerms(clauses: readonly Clause[], defs: ReadonlyMap<string, Definition>): Map<string, string> {
  const out = new Map<string, string>();
  if (defs.size === 0) return out;
  for (const c of clauses) {
    if (!WITHHOLDING_WORDS.test(c.text)) continue;
    const text = cleanText(c.text);
    if (!has(PROHIBITION, text) && !has(VOIDING, text)) continue;
    for (const { def, index } of termUses(text, defs)) {
      if (def.clauseStart === c.start || out.has(def.term)) continue;
      if (WITHHELD_BEFORE.test(text.slice(Math.max(0, index - 40), index))) out.set(def.term, text);
    }
  }
  return out;
}
