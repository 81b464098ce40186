import type { Clause, Definition } from './types';
import { cleanText, has, PROHIBITION, VOIDING } from './language';

const QUOTED = /"([A-Z][^"\n]{0,60}?)"/g;
const DEFINING = /^\s*(?:,?\s*(?:or|and)\s+"[^"\n]{1,40}"\s*)*(?:shall\s+)?(?:mean|means|refers?\s+to|shall\s+refer\s+to|is\s+defined\s+as|has\s+the\s+meaning|includes?|shall\s+include|:)/i;

/**
 * The definitions pass: finds quoted defined terms — `"Licensee" means …`, `(the "Agreement")`,
 * `"Sell" means …` — and the sentence that defines each. The first definition of a term wins.
 */
export function findDefinitions(clauses: readonly Clause[]): Map<string, Definition> {
  const defs = new Map<string, Definition>();
  for (const c of clauses) {
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

/** Defined terms used in a sentence (whole words, as capitalised in the definition). */
export function termsIn(text: string, defs: ReadonlyMap<string, Definition>): Definition[] {
  const out: Definition[] = [];
  for (const d of defs.values()) if (termPattern(d.term).test(text)) out.push(d);
  return out;
}

/** A withheld term follows "right to" or "<modal> not": without those words no term is withheld. */
const WITHHOLDING_WORDS = /\bnot\b|\bright\s+to\b/i;

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
    for (const d of termsIn(text, defs)) {
      if (d.clauseStart === c.start || out.has(d.term)) continue;
      const term = termPattern(d.term).source;
      if (new RegExp(String.raw`\b(?:right\s+to|(?:may|shall|must|will)\s+not)\s+${term}`).test(text)) out.set(d.term, text);
    }
  }
  return out;
}
