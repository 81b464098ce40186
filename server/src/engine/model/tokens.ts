/**
 * Words of a clause with their offsets, normalised so that vocabulary written once meets every
 * inflection and spelling: lower case, British and American spellings folded ("licence" and
 * "license", "authorise" and "authorize"), and a lemma chosen among the forms the vocabulary knows
 * ("sold" → "sell", "modifying" → "modify", "restrictions" → "restriction").
 */
export interface Token {
  /** The word as normalised spelling (lower case, spelling folded). */
  readonly word: string;
  /** The vocabulary's base form of the word, or the word itself. */
  readonly lemma: string;
  readonly start: number;
  readonly end: number;
  /** A sentence stop (. ; : ! ?) stands between this token and the one before. */
  readonly stop?: boolean;
}

/** Words and numbers ("2,000,000", "5%", "1.x"); a hyphen splits words ("non-commercial" → non, commercial). */
const WORD = /[A-Za-z\u00c0-\u024f]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*(?:\.x)?%?|[%$€£]/g;

/** Folds British spellings into one form, applied alike to the vocabulary and to the text. */
export function foldSpelling(w: string): string {
  if (w.length < 5) return w;
  return w
    .replace(/^licen[cs]/, 'licens')
    .replace(/^(organ|author|util|recogn|real|character|categor|monet|commerc|minim|optim|custom|standard|prior|apolog|legal)is(e|ed|es|ing|ation|ations)$/, '$1iz$2')
    .replace(/our(s?)$/, (m, s: string) => (/^(?:labour|behaviour|favour|honour|colour)/.test(w) ? `or${s}` : m))
    .replace(/^defenc(e|es)$/, 'defens$1')
    .replace(/^offenc(e|es)$/, 'offens$1')
    .replace(/^programme(s?)$/, 'program$1');
}

const IRREGULAR: Readonly<Record<string, string>> = {
  sold: 'sell', made: 'make', built: 'build', ran: 'run', given: 'give', gave: 'give', bought: 'buy', paid: 'pay',
  is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be', am: 'be', has: 'have', had: 'have', does: 'do',
  did: 'do', done: 'do', taken: 'take', took: 'take', written: 'write', wrote: 'write', shown: 'show', kept: 'keep',
  left: 'leave', sent: 'send', held: 'hold', brought: 'bring', got: 'get', gotten: 'get', met: 'meet', lent: 'lend',
  leased: 'lease', sublicensed: 'sublicense', forbidden: 'forbid', forbade: 'forbid', withheld: 'withhold', won: 'win',
  children: 'child', people: 'person', persons: 'person', men: 'man', women: 'woman', data: 'data', media: 'media',
  gone: 'go', went: 'go', dies: 'die', lives: 'live', its: 'its', this: 'this', us: 'us', his: 'his', ships: 'ship', shipped: 'ship', shipping: 'ship',
};

/** Candidate base forms of an inflected word, most likely first. */
function candidates(w: string): string[] {
  const out: string[] = [];
  const push = (s: string): void => { if (s.length > 2) out.push(s); };
  if (w.endsWith('ies') || w.endsWith('ied')) push(`${w.slice(0, -3)}y`);
  if (w.endsWith('s') && !w.endsWith('ss')) push(w.slice(0, -1));
  if (w.endsWith('es')) push(w.slice(0, -2));
  if (w.endsWith('ed')) { push(w.slice(0, -1)); push(w.slice(0, -2)); if (/(.)\1ed$/.test(w)) push(w.slice(0, -3)); }
  if (w.endsWith('ing')) { push(`${w.slice(0, -3)}e`); push(w.slice(0, -3)); if (/(.)\1ing$/.test(w)) push(w.slice(0, -4)); }
  return out;
}

/** Lemmatises with a known-lemma set: the first candidate base form the vocabulary knows, else the word. */
export function lemmatize(w: string, known: ReadonlySet<string>): string {
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  for (const c of candidates(w)) if (known.has(c)) return c;
  return w;
}

const URL = /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+/gi;

/** Normalised word and lemma of each surface form, computed once (the vocabulary of licences is small). */
const forms = new Map<string, { word: string; lemma: string }>();
let formsKnown: ReadonlySet<string> | undefined;

function normalise(surface: string, known: ReadonlySet<string>): { word: string; lemma: string } {
  if (known !== formsKnown) {
    forms.clear();
    formsKnown = known;
  }
  let f = forms.get(surface);
  if (!f) {
    const word = foldSpelling(surface.toLowerCase().replace(/'s$/, ''));
    f = { word, lemma: lemmatize(word, known) };
    if (forms.size > 50_000) forms.clear();
    forms.set(surface, f);
  }
  return f;
}

/** The verb of a contracted negation, whose written form is cut short: "ca(n't)", "wo(n't)", "sha(n't)". */
const CUT_SHORT: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'be' };
function contracted(base: string, known: ReadonlySet<string>): { word: string; lemma: string } {
  const whole = CUT_SHORT[base.toLowerCase()];
  return whole ? { word: whole, lemma: whole === 'be' ? 'be' : whole } : normalise(base, known);
}

/** The tokens of `text` (offsets into `text`). */
export function tokenize(text: string, known: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  // Addresses are not words of the licence ("…/oclc/research/ORPL/" names no purpose).
  const skip: Array<[number, number]> = [];
  if (text.includes('://') || text.includes('www.')) for (const u of text.matchAll(URL)) skip.push([u.index ?? 0, (u.index ?? 0) + u[0].length]);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (skip.length > 0 && skip.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const prev = out[out.length - 1];
    const stop = prev !== undefined && /[.;:!?]/.test(text.slice(prev.end, m.index));
    // "aren't", "can't", "won't": the verb and a "not" (its word "n't", so that the vocabulary can tell a contraction apart; its lemma "not", so that "not licensed" meets "aren't licensed").
    const negated = m[0].length > 3 && /n't$/i.test(m[0]) ? m[0].length - 3 : 0;
    const base = negated ? m[0].slice(0, negated) : m[0];
    const { word, lemma } = negated ? contracted(base, known) : normalise(base, known);
    out.push({ word, lemma, start: m.index, end: m.index + base.length, ...(stop ? { stop } : {}) });
    if (negated) out.push({ word: "n't", lemma: 'not', start: m.index + negated, end: m.index + m[0].length });
  }
  return out;
}
