/**
 * Reads a clause the way a reviewer does: splits it into provisions (one per sentence part: a
 * prohibition, an exclusive grant, a condition, a request, a disclaimer…) and fills each
 * provision's slots — who, action, object, purpose, fee, product, technology, other software —
 * from the vocabulary. Defined terms the provision uses bring the slots of their definitions
 * with them, so that "This Licence grants no rights to an Excluded User" knows who that is.
 */
import { misread as misreadIn } from './misreads';
import { KNOWN_WORDS, type Slot, VOCABULARY } from './vocabulary';
import { type Token, tokenize } from './tokens';

/** One phrase of the vocabulary found in a provision. */
export interface Mention {
  readonly slot: Slot;
  readonly concept: string;
  /** Token indexes [from, to) in the provision's tokens; offsets into the clause text. */
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  /** True when the mention comes from a lead-in or from the definition of a term the provision uses. */
  readonly inherited?: boolean;
  /** For an inherited mention, the words it stands for. */
  readonly words?: string;
}

export interface Provision {
  /** Offsets into the clause text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  /** A word of force ("can't", "won't") the neighbouring words showed to be misread: "features I can't find". */
  readonly voidedForce?: boolean;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly ends: Array<{ slot: Slot; concept: string }>;
}

const newNode = (): TrieNode => ({ next: new Map(), ends: [] });

/** The vocabulary as a trie of lemmas, built once. */
const TRIE: TrieNode = (() => {
  const root = newNode();
  for (const [slot, concepts] of Object.entries(VOCABULARY) as Array<[Slot, Record<string, readonly string[]>]>) {
    for (const [concept, phrases] of Object.entries(concepts)) {
      for (const phrase of phrases) {
        let node = root;
        for (const key of phraseKeys(phrase)) {
          let child = node.next.get(key);
          if (!child) node.next.set(key, (child = newNode()));
          node = child;
        }
        if (node !== root && !node.ends.some((e) => e.slot === slot && e.concept === concept)) node.ends.push({ slot, concept });
      }
    }
  }
  return root;
})();

/** The trie keys of a phrase: lemmas, `_` for any word, `*` for up to seven words, `=was` for the word itself. */
function phraseKeys(phrase: string): string[] {
  return phrase.split(' ').flatMap((part) => {
    if (part === '_' || part === '*') return [part];
    if (part.startsWith('=')) return [part];
    // (A contraction's "n't" as itself: "isn't" in the vocabulary is not every "is not".)
    return tokenize(part, KNOWN_WORDS).map((t) => (t.word === "n't" ? "=n't" : t.lemma));
  });
}

/** A definition that covers every purpose: "means any purpose whatsoever", "means all purposes" (not "any purpose other than …"). */
const EVERY_PURPOSE = /\b(?:means|includes?|refers\s+to)\s+(?:any\s+(?:and\s+all\s+)?(?:purposes?|uses?|activit(?:y|ies))|all\s+(?:purposes|uses)|every\s+purpose)\b(?!\s+(?:other|except|save|but|not|that|which|whose|in\s+which|of\s+(?:a|an)\s+\w+\s+nature))/i;
/** Words that place a work under a licence: "placed under the Licensor's …", "released under a …". */
const UNDER_TERMS = /\b(?:placed|licensed|released|relicensed|distributed|offered|put)\s+under\b/i;

/** Every vocabulary phrase in `tokens`; within a concept, longer phrases hide the shorter ones they overlap. */
export function findMentions(tokens: readonly Token[], misreadOut?: Mention[]): Mention[] {
  const raw: Mention[] = [];
  const walk = (node: TrieNode, from: number, at: number, depth: number): void => {
    if (at > from) for (const e of node.ends) raw.push({ slot: e.slot, concept: e.concept, from, to: at, start: tokens[from].start, end: tokens[at - 1].end });
    if (at >= tokens.length || depth > 8) return;
    // (No phrase goes on across a sentence stop: "No. Anyone … may use" is no "no _ may", and a gap
    // does not cross one either: "no warranty for it; accordingly, you may not …" is no "no * may".)
    if (at > from && tokens[at].stop) return;
    const gap = node.next.get('*');
    if (gap) for (let k = 0; k <= 7 && at + k < tokens.length && (k === 0 || !tokens[at + k].stop); k++) walk(gap, from, at + k, depth + 1);
    const t = tokens[at];
    const byLemma = node.next.get(t.lemma);
    if (byLemma) walk(byLemma, from, at + 1, depth + 1);
    const byWord = t.word !== t.lemma ? node.next.get(t.word) : undefined;
    if (byWord && byWord !== byLemma) walk(byWord, from, at + 1, depth + 1);
    const bySurface = node.next.get(`=${t.word}`);
    if (bySurface) walk(bySurface, from, at + 1, depth + 1);
    const any = node.next.get('_');
    if (any) walk(any, from, at + 1, depth + 1);
  };
  for (let i = 0; i < tokens.length; i++) walk(TRIE, i, i, 0);
  raw.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const kept: Mention[] = [];
  // Tokens already covered by a kept mention, per slot and concept: each check costs the length of
  // the phrase, not the number of mentions kept (a long clause can hold thousands).
  const covered = new Map<string, Set<number>>();
  for (const m of raw) {
    // Within a concept a longer phrase hides the shorter ones it overlaps ("may not" hides "not");
    // phrases of different concepts stand side by side ("not the intent": neutral and not binding).
    const key = `${m.slot}\u0000${m.concept}`;
    let tokensOf = covered.get(key);
    if (!tokensOf) covered.set(key, (tokensOf = new Set()));
    let hidden = false;
    for (let i = m.from; i < m.to && !hidden; i++) hidden = tokensOf.has(i);
    if (hidden) continue;
    for (let i = m.from; i < m.to; i++) tokensOf.add(i);
    kept.push(m);
  }
  const misread = (m: Mention): boolean => misreadIn(tokens, m);
  if (kept.some(misread)) {
    if (misreadOut) misreadOut.push(...kept.filter(misread));
    kept.splice(0, kept.length, ...kept.filter((m) => !misread(m)));
  }
  // "free to share it, but not to sell it": "but not to" before a verb forbids that act; before a class it excepts persons.
  for (let k = 0; k < kept.length; k++) {
    const m = kept[k];
    if (m.slot === 'modal' && m.concept === 'exception' && tokens[m.to - 1]?.word === 'to' && tokens[m.from]?.word === 'but' && kept.some((a) => a.slot === 'action' && a.from === m.to)) kept[k] = { ...m, concept: 'prohibit' };
  }
  const examples = kept.filter((m) => m.slot === 'soft' && m.concept === 'illustration');
  const out = examples.length === 0 ? kept : kept.filter((m) => m.concept === 'illustration' || !examples.some((x) => x.from <= m.from && m.to <= x.to));
  return out.sort((a, b) => a.from - b.from);
}

/**
 * Where a clause divides into provisions: sentence ends (and an answer's "No." before a word, which is no number's "No."), semicolons, list items on new lines,
 * the turns of a sentence ("…, except that …", "…, although …", "…; however, …"), and a second prohibition with a
 * subject of its own ("… is not designed for nuclear use, and you may not use it for …").
 */
const BOUNDARY = /(?<!\b(?:e\.g|i\.e|etc|cf|vs|[Nn]o|Inc|Ltd|Co|Corp|[A-Z]))[.!?](?=\s|$)|(?<=\b[Nn]o)\.(?=\s+["'\u201c\u2018]?[A-Za-z])|;(?=\s|$)|:[^\S\n]*\n|\n[^\S\n]*(?=[-*\u2022+]\s|\(?[0-9a-zA-Z]{1,3}[.)]\s)|(?<![\s,]),?\s+(?:except\s+that|whereas|although|though)\s+(?=[a-z])|;\s*however,?\s+|(?<![\s,]),\s+but\s+(?=(?:any|every|each|all)\s+[a-z][^.;,]{0,120}?\b(?:must|shall|may|can|cannot|will)\b)|(?<![\s,]),\s+and\s+(?=(?:the\s+[Ll]icensor|[Ww]e)\s+(?:(?:will|shall|may|do|can)\s+not\b|don't\b|can't\b|won't\b|cannot\b))|(?<![\s,]),\s+and\s+(?=(?:(?:[Yy]ou|[Ll]icensee|the\s+[Ll]icensee|[Tt]he\s+(?:[Ss]oftware|[Mm]odel|[Pp]rogram|[Ww]ork)(?:\s+itself)?)\s+|a\s+(?:product|copy|user|licensee|person)\s+that\s+(?:\w+\s+){1,5}?|(?:companies|corporations|organi[sz]ations|entities|businesses|firms|persons|people|anyone|any\s+(?:person|entity|company|organi[sz]ation))\s+(?:that|who|which|whose)\s+(?:[\w']+\s+){1,8}?)(?:may|shall|must|can)\s+not\b)/g;

export function splitProvisions(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (/\S/.test(text.slice(start, m.index))) out.push({ start, end: m.index });
    start = end;
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  if (/\S/.test(text.slice(start))) out.push({ start, end: text.length });
  return out;
}

/**
 * "No model derived from the Model, whether by training or distillation, shall be created": a
 * sentence whose subject begins with "no" and whose verb has a modal forbids what it says, however
 * long the subject. Returns a prohibition on the opening "no" (token indexes of the whole text).
 */
function negatedSubject(tokens: readonly Token[], all: readonly Token[]): Mention[] {
  const first = tokens[0];
  if (!first || (first.word !== 'no' && first.word !== 'neither')) return [];
  const at0 = all.indexOf(first);
  // "No sign-up, registration, API key or click-through is needed to …", "No additional agreement shall be required of any recipient": no requirement at all.
  const needed = tokens.findIndex((t, i) => i > 1 && t.lemma === 'be' && ['needed', 'required', 'necessary'].includes(tokens[i + 1]?.word ?? ''));
  const future = needed > 1 && ['shall', 'will'].includes(tokens[needed - 1].word) ? needed - 1 : needed;
  if (needed > 0 && !tokens.slice(1, future).some((t) => ['shall', 'may', 'must', 'can', 'will'].includes(t.word))) {
    return [{ slot: 'soft', concept: 'notBinding', from: at0, to: at0 + 1, start: first.start, end: first.end }];
  }
  // A modal verb, or "is licensed", "are permitted", "is entitled" ("No government … is licensed to use …").
  // (The subject's verb, before the sentence turns to another subject: "No rights to the marks are granted, so forks must be rebranded".)
  const turn = tokens.findIndex((t, i) => i > 1 && ['so', 'but', 'therefore', 'hence', 'thus', 'because', 'since'].includes(t.word));
  const modal = tokens.findIndex((t, i) => i > 1 && (turn < 0 || i < turn) && (['shall', 'may', 'must', 'can', 'will'].includes(t.word) ||
    (t.lemma === 'be' && ['licensed', 'permitted', 'entitled', 'allowed', 'authorized', 'eligible'].includes(tokens[i + 1]?.word ?? ''))));
  // "No feature of the Software is withheld from licensees who …, and anyone may …": a denial before any modal verb.
  const denial = tokens.findIndex((t, i) => i > 1 && t.lemma === 'be' && ['withheld', 'denied', 'excluded', 'refused', 'barred'].includes(tokens[i + 1]?.word ?? ''));
  if (denial > 0 && (modal < 0 || denial < modal) && !tokens.slice(denial).some((t) => ['but', 'except', 'unless', 'however', 'provided', 'save'].includes(t.word))) return [{ slot: 'soft', concept: 'notBinding', from: at0, to: at0 + 1, start: first.start, end: first.end }];
  if (modal < 0 || tokens[modal + 1]?.word === 'not') return [];
  // "No person who receives a copy shall be deemed excluded from the rights": a denial denied, which forbids nothing.
  if (tokens.slice(modal + 1, modal + 5).some((t) => ['excluded', 'denied', 'barred', 'refused', 'disqualified', 'deprived', 'prevented', 'prohibited', 'restricted'].includes(t.word))) {
    return [{ slot: 'soft', concept: 'notBinding', from: all.indexOf(first), to: all.indexOf(first) + 1, start: first.start, end: first.end }];
  }
  const at = all.indexOf(first);
  // A double negative grants to a class only: "No person not holding a current Developer Account shall be deemed …",
  // "No one without a paid subscription may run …" (only those who hold one may).
  const only = tokens.slice(2, Math.min(modal, 5)).some((t) => t.word === 'not' || t.word === 'without');
  return [{ slot: 'modal', concept: only ? 'exclusive' : 'prohibit', from: at, to: at + 1, start: first.start, end: first.end }];
}

/**
 * What a definition lends to the sentences that use its term: what the term stands for. A term
 * for a use or purpose ("Permitted Purpose", "Commercial Use") lends its purposes; a term for a
 * kind of person ("Excluded User", "Hyperscaler") lends who; a term for a product, platform or
 * place lends those. A term for an act ("Deploy") lends nothing: its definition says what the act
 * covers, not what is forbidden.
 */
function lentSlots(term: string, definition: string): Set<Slot> {
  const out = new Set<Slot>();
  if (/\b(?:purposes?|uses?|fields?|applications?|activit(?:y|ies)|redistribution|distribution)\b/i.test(term)) out.add('purpose');
  if (/\b(?:users?|part(?:y|ies)|persons?|entit(?:y|ies)|licensees?|customers?|competitors?|organi[sz]ations?|compan(?:y|ies)|hyperscalers?|providers?|brokers?|members?|territor(?:y|ies)|countr(?:y|ies)|regions?)\b/i.test(term) ||
    /"\s*(?:shall\s+)?(?:means?|includes?)\s+(?:(?:any|each|every|a|an|all)\s+)?(?:natural\s+)?(?:persons?|entit(?:y|ies)|compan(?:y|ies)|organi[sz]ations?|governments?|individuals?|providers?|businesses)\b/i.test(definition)) out.add('who');
  if (/\b(?:products?|platforms?|hardware|devices?|stores?|services?|suites?|systems?|builds?)\b/i.test(term)) out.add('product');
  // Software or media defined by where they stand ("'Companion Software' means any program distributed in the same package").
  if (/\b(?:software|programs?|applications?|medium|media|packages?|images?|components?)\b/i.test(term)) out.add('other');
  // A kind of distribution lends the money it is made for ("… for which no money or other consideration is received").
  if (/\b(?:redistribution|distribution|transfer|sale|supply)s?\b/i.test(term)) out.add('fee');
  return out;
}

/** "no …, and you may": the negation and the permission stand in different clauses. */
const NO_THEN_MAY = /^no\b[^.;]*,\s+(?:and|but|so|or)\s+(?:you|we|users?|licensees?|recipients?|anyone)\s+(?:may|can)\b/i;

/** A definition that leaves someone out of the class it defines. */
const LEAVES_OUT = /\b(?:other\s+than|excluding|except(?:\s+for)?|save(?:\s+and\s+except)?|but\s+(?:does\s+not|shall\s+not)\s+include|(?:who|that|which)\s+(?:is|are)\s+not|not\s+(?:being|employed|engaged|owned|controlled))\b/i;

/** Terms every licence defines: their definitions describe the licence, not a class or a purpose. */
const GENERIC_TERM = /^(?:the\s+)?(?:licen[cs]e|agreement|work|software|program|package|you|your|licensor|licensee|contributor|contribution|source(?:\s+code)?|source\s+form|object(?:\s+code)?|object\s+form|derivative\s+works?|modifications?|modified\s+version|standard\s+version|covered\s+\w+|original\s+\w+|recipients?|users?|distribute|distribution|executable|larger\s+work|legal\s+entity|control|affiliates?|notice|entity|commercial\s+use)s?$/i;

export interface DefinedTerm {
  /** The term as defined. */
  readonly term?: string;
  /** Where the term is used, in clause offsets. */
  readonly start: number;
  readonly end: number;
  /** The defining sentence. */
  readonly definition: string;
}

/** The provisions of a clause text, with the slots of the definitions it uses lent to them. */
/** Subjects that open a main clause after a comma: "if it has no such interface, you may not …". */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['you', 'we', 'licensee', 'licensees', 'recipients', 'users', 'anyone', 'nobody']);
const CLAUSE_MODALS: ReadonlySet<string> = new Set(['may', 'must', 'shall', 'can', 'cannot', 'will']);
/**
 * Marks a main clause's subject after a comma as a stop, so that no phrase with a gap reaches across
 * it: "if it has no such graphical interface, you may not distribute it" holds no "no … may".
 */
function subjectsAfterCommas(text: string, tokens: Token[]): Token[] {
  return tokens.map((t, i) => (i > 0 && !t.stop && CLAUSE_SUBJECTS.has(t.word) && CLAUSE_MODALS.has(tokens[i + 1]?.word ?? '') && text.slice(tokens[i - 1].end, t.start).includes(',') ? { ...t, stop: true } : t));
}

/** A definition of a thing, not of persons: "means software …", "means any library …". */
const DEFINES_A_THING = /\bmeans\s+(?:any\s+|all\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:software|programs?|code|components?|librar(?:y|ies)|modules?|packages?|materials?|files?|data|datasets?|models?|weights|fonts?|works?)\b/i;

export function readProvisions(text: string, terms: readonly DefinedTerm[] = []): Provision[] {
  const tokens = subjectsAfterCommas(text, tokenize(text, KNOWN_WORDS));
  // ("contains no telemetry, and you may add or remove any module": a "no" and a "may" in two clauses forbid nothing.)
  const misread: Mention[] = [];
  const mentions = findMentions(tokens, misread).filter((m) => !(m.slot === 'modal' && m.concept === 'prohibit' && NO_THEN_MAY.test(text.slice(m.start, m.end))) &&
    // ("may not be placed under the Licensor's Restricted Research Licence": the name of another licence, not a purpose.)
    !(m.slot === 'purpose' && /^[A-Z]/.test(text.slice(m.start, m.end)) && /^(?:\s+[A-Z][\w-]*)?\s+Licen[cs]e\b/.test(text.slice(m.end, m.end + 30)) && UNDER_TERMS.test(text.slice(Math.max(0, m.start - 60), m.start))));
  const lent: Mention[] = [];
  for (const term of terms) {
    if (term.term && GENERIC_TERM.test(term.term)) continue;
    const defTokens = tokenize(term.definition, KNOWN_WORDS);
    const at = tokens.findIndex((t) => t.start >= term.start);
    if (at < 0) continue;
    const slots = lentSlots(term.term ?? '', term.definition);
    // (A term for every purpose lends none: '"Permitted Purpose" means any purpose whatsoever, including personal study, …'.)
    if (EVERY_PURPOSE.test(term.definition)) slots.delete('purpose');
    const defMentions = findMentions(defTokens);
    // Software is other software only when its definition puts it beside the work ("in the same package").
    if (slots.has('other') && !defMentions.some((m) => m.slot === 'other' && m.concept === 'alongside')) slots.delete('other');
    for (const m of defMentions) {
      // (What a kind of distribution costs, not that it is free: "free of charge" in a definition bounds nothing.)
      if (slots.has(m.slot) && !(m.slot === 'fee' && m.concept === 'free')) lent.push({ ...m, from: at, to: at + 1, start: term.start, end: term.end, inherited: true, words: term.definition.slice(m.start, m.end) });
    }
    // A class of persons defined by whom it leaves out ("any person other than an Excluded Entity",
    // "a person who is not employed by …"): the term carries that exclusion wherever it is used.
    // (Not a thing defined by whom it belongs to: '"Third-Party Component" means software … owned by someone other than the Licensor'.)
    const leftOut = slots.has('who') && !DEFINES_A_THING.test(term.definition) ? LEAVES_OUT.exec(term.definition) : null;
    if (leftOut) lent.push({ slot: 'who', concept: 'excluded', from: at, to: at + 1, start: term.start, end: term.end, inherited: true, words: term.definition.slice(leftOut.index, leftOut.index + 80).split(/[.;]/)[0] });
  }
  return splitProvisions(text).map(({ start, end }) => {
    const inside = (m: Mention): boolean => m.start >= start && m.end <= end;
    const from = tokens.findIndex((t) => t.start >= start);
    const own = tokens.filter((t) => t.start >= start && t.end <= end);
    const shift = (m: Mention): Mention => ({ ...m, from: m.from - from, to: m.to - from });
    const voidedForce = misread.some((m) => m.slot === 'modal' && ['prohibit', 'noRights', 'obligation', 'exclusive'].includes(m.concept) && inside(m));
    return { start, end, text: text.slice(start, end), tokens: own, mentions: [...mentions.filter(inside), ...lent.filter(inside), ...negatedSubject(own, tokens)].map(shift), ...(voidedForce ? { voidedForce } : {}) };
  });
}
