/**
 * Compares a draft with one known licence word by word, whatever the layout: which words of each
 * are found in the other (as part of a run of five words in the same order), how similar the two
 * are, and which clauses of the draft were added or changed, and which sentences of the licence
 * are missing. Optional parts of the licence (the Apache APPENDIX, the GPL's "How to Apply These
 * Terms") count only when the draft has them.
 */
import type { Clause } from './types';

/** Words in a run of this many, in order, are "found". */
export const RUN = 5;
/** How many changed clauses get the sentence of the licence they replaced. */
const MAX_REFERENCES = 200;

/** A known licence as the comparison needs it. */
export interface KnownText {
  /** Word ids, in order. */
  readonly ids: Int32Array;
  /** Word index where each sentence starts, and its text as the licence has it. */
  readonly sentenceStarts: Int32Array;
  readonly sentences: readonly string[];
  /** Words from here on are optional (an appendix, how to apply the licence). */
  readonly optionalFrom: number;
  /** The hash of each run of RUN words, and all of them as a set. */
  readonly runs: Int32Array;
  readonly runSet: ReadonlySet<number>;
  /** Where each run starts (`positionsOf(runs)`). */
  readonly runAt: ReadonlyMap<number, readonly number[]>;
  /** Words that may be list markers ("i", "2", "c"): one a layout turned into a marker is not missing. */
  readonly markerLike: Uint8Array;
}

/** A draft as the comparison needs it: its words (ids, unknown words negative) and their clauses. */
export interface DraftText {
  readonly ids: Int32Array;
  /** The clause each word belongs to. */
  readonly clauseOf: Int32Array;
  /** The word indexes of each clause that has words, in order (consecutive). */
  readonly byClause: ReadonlyMap<number, number[]>;
  readonly clauses: readonly Clause[];
  readonly runs: Int32Array;
  readonly markerLike: Uint8Array;
  /** Words from here on are the draft's appendix (how to apply the licence): notes there are not reported. */
  readonly optionalFrom: number;
}

export interface Delta {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly reference?: string;
}

export interface Comparison {
  readonly similarity: number;
  /** Words of either text not found in the other, layout and appendix notes included: breaks ties in similarity. */
  readonly unmatched: number;
  readonly added: Delta[];
  readonly changed: Delta[];
  readonly removed: string[];
}

/** Hashes of every run of RUN word ids. */
export function runHashes(ids: Int32Array): Int32Array {
  const n = Math.max(0, ids.length - RUN + 1);
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < RUN; k++) h = Math.imul(h ^ ids[j + k], 0x01000193);
    out[j] = h;
  }
  return out;
}

/** Where each run starts. */
export function positionsOf(runs: Int32Array): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let j = 0; j < runs.length; j++) {
    const list = out.get(runs[j]);
    if (list) list.push(j);
    else out.set(runs[j], [j]);
  }
  return out;
}

/** Which words of the draft and of the licence lie in a run that the other has: one pass over the draft's runs. */
function covered(draft: DraftText, known: KnownText): { inDraft: Uint8Array; inKnown: Uint8Array } {
  const inDraft = new Uint8Array(draft.ids.length);
  const inKnown = new Uint8Array(known.ids.length);
  const marked = new Set<number>();
  for (let j = 0; j < draft.runs.length; j++) {
    const at = known.runAt.get(draft.runs[j]);
    if (!at) continue;
    inDraft.fill(1, j, j + RUN);
    if (marked.has(draft.runs[j])) continue;
    marked.add(draft.runs[j]);
    for (const k of at) inKnown.fill(1, k, k + RUN);
  }
  return { inDraft, inKnown };
}

/** Whether words i and i+1 of the draft are next to each other in the licence (some run holding both is found). */
function joined(draft: DraftText, known: KnownText, i: number): boolean {
  for (let j = Math.max(0, i - RUN + 2); j <= i && j < draft.runs.length; j++) if (known.runSet.has(draft.runs[j])) return true;
  return false;
}

/** A short title-like clause ("BSD 3-Clause License", "## Definitions"), which layouts add freely. */
const isTitle = (c: Clause, words: number): boolean => words <= 12 && (c.isHeading || !/[.;:]\s*$/.test(c.text));

/** The sentence of the licence that shares the most words with a set of words. */
function nearest(known: KnownText, words: ReadonlySet<number>): number {
  let best = -1;
  let bestScore = 0;
  for (let s = 0; s < known.sentences.length; s++) {
    const from = known.sentenceStarts[s];
    const to = s + 1 < known.sentences.length ? known.sentenceStarts[s + 1] : known.ids.length;
    const seen = new Set<number>();
    let common = 0;
    for (let i = from; i < to; i++) if (!seen.has(known.ids[i]) && words.has(known.ids[i])) (seen.add(known.ids[i]), common++);
    const score = common / Math.max(1, words.size + (to - from) - common);
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return bestScore >= 0.25 ? best : -1;
}

/** How a draft and a known licence cover each other: what `similarity` and `deltas` read. */
export interface Coverage {
  readonly similarity: number;
  /** Words of either text not found in the other, layout and appendix notes included: breaks ties in similarity. */
  readonly unmatched: number;
  readonly inDraft: Uint8Array;
  readonly inKnown: Uint8Array;
  /** Draft words that do not count: titles a layout adds, notes in the appendix. */
  readonly ignored: Uint8Array;
  /** The word indexes of each clause, in order. */
  readonly byClause: ReadonlyMap<number, number[]>;
}

/** How many of `flags[from..to)` are set. */
function count(flags: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += flags[i];
  return n;
}

/** How much a draft and a known licence share (cheap: run for every candidate). */
export function coverage(draft: DraftText, known: KnownText): Coverage {
  const { inDraft, inKnown } = covered(draft, known);
  const unmatched = inDraft.length - count(inDraft, 0, inDraft.length) + inKnown.length - count(inKnown, 0, inKnown.length);
  // Title lines a layout adds before the licence ("BSD 3-Clause License") are not part of it.
  const { byClause } = draft;
  const ignored = new Uint8Array(draft.ids.length);
  let seenLicence = false;
  for (const [c, words] of byClause) {
    const found = count(inDraft, words[0], words[0] + words.length) > 0;
    if (!found && isTitle(draft.clauses[c], words.length) && (!seenLicence || draft.clauses[c].isHeading)) ignored.fill(1, words[0], words[0] + words.length);
    if (found) seenLicence = true;
  }
  // A marker-like word found on one side only is layout: a hard wrap made "(ii)" or "2)" open a line, read as a list marker.
  for (let i = 0; i < inKnown.length; i++) if (known.markerLike[i]) inKnown[i] = 1;
  for (let i = 0; i < inDraft.length; i++) if (draft.markerLike[i]) inDraft[i] = 1;
  // In the draft's appendix (how to apply the licence), a changed word or a short note is boilerplate filled in, not a change.
  for (const words of byClause.values()) {
    if (words[0] < draft.optionalFrom) continue;
    const missing = words.length - count(inDraft, words[0], words[0] + words.length);
    if (missing * 2 < words.length || words.length <= 12) for (const i of words) if (!inDraft[i]) ignored[i] = 1;
  }
  let draftTotal = 0;
  let draftFound = 0;
  for (let i = 0; i < draft.ids.length; i++) if (!ignored[i]) (draftTotal++, (draftFound += inDraft[i]));
  let required = 0;
  let optional = 0;
  for (let i = 0; i < known.ids.length; i++) {
    if (i < known.optionalFrom) required += inKnown[i];
    else optional += inKnown[i];
  }
  const similarity = (draftFound + required + optional) / Math.max(1, draftTotal + known.optionalFrom + optional);
  return { similarity, unmatched, inDraft, inKnown, ignored, byClause };
}

/** The clauses of the draft added or changed, and the sentences of the licence removed (run for the nearest licence only). */
export function deltas(draft: DraftText, known: KnownText, cov: Coverage): Pick<Comparison, 'added' | 'changed' | 'removed'> {
  const { inDraft, inKnown, ignored, byClause } = cov;
  const added: Delta[] = [];
  const changed: Delta[] = [];
  const changedClauses = new Set<number>();
  let lastAdded = -2;
  for (const [c, words] of byClause) {
    const clause = draft.clauses[c];
    const missing = words.filter((i) => !inDraft[i] && !ignored[i]).length;
    let seams = 0;
    if (words[0] < draft.optionalFrom) for (let k = 0; k + 1 < words.length; k++) if (inDraft[words[k]] && inDraft[words[k + 1]] && !joined(draft, known, words[k])) seams++;
    if (missing === 0 && seams === 0) continue;
    const delta = { start: clause.start, end: clause.end, text: clause.text };
    if (missing * 2 >= words.length) {
      // Consecutive added clauses form one addition (a rider is one addition, not eight).
      if (lastAdded === c - 1 && added.length > 0) {
        const last = added[added.length - 1];
        added[added.length - 1] = { start: last.start, end: clause.end, text: `${last.text} ${clause.text}` };
      } else added.push(delta);
      lastAdded = c;
      continue;
    }
    // (The sentence it replaced is looked up for the first changes only: a document of thousands of them is not a variant.)
    const s = changed.length < MAX_REFERENCES ? nearest(known, new Set(words.map((i) => draft.ids[i]))) : -1;
    changed.push(s >= 0 ? { ...delta, reference: known.sentences[s] } : delta);
    changedClauses.add(c);
  }
  // Sentences of the licence with words the draft lacks: removed, or (a few words) changed in the clause nearest them.
  const removed: string[] = [];
  // The first clause of the draft with each run the licence has (built when a changed sentence needs it).
  let clauseOfRun: Map<number, number> | undefined;
  const clauseOfRunOnce = (): Map<number, number> => {
    if (clauseOfRun) return clauseOfRun;
    clauseOfRun = new Map<number, number>();
    for (let j = draft.runs.length - 1; j >= 0; j--) if (known.runSet.has(draft.runs[j])) clauseOfRun.set(draft.runs[j], draft.clauseOf[j]);
    return clauseOfRun;
  };
  for (let s = 0; s < known.sentences.length; s++) {
    const from = known.sentenceStarts[s];
    if (from >= known.optionalFrom) break;
    const to = s + 1 < known.sentences.length ? known.sentenceStarts[s + 1] : known.ids.length;
    let lacking = 0;
    for (let i = from; i < to; i++) lacking += 1 - inKnown[i];
    if (lacking === 0) continue;
    if (lacking * 2 >= to - from) {
      removed.push(known.sentences[s]);
      continue;
    }
    const c = clauseNearest(known, clauseOfRunOnce(), from, to);
    if (c >= 0 && (byClause.get(c)?.[0] ?? 0) < draft.optionalFrom && !changedClauses.has(c) && !added.some((a) => a.start <= draft.clauses[c].start && draft.clauses[c].end <= a.end)) {
      changedClauses.add(c);
      const clause = draft.clauses[c];
      changed.push({ start: clause.start, end: clause.end, text: clause.text, reference: known.sentences[s] });
    }
  }
  changed.sort((a, b) => a.start - b.start);
  return { added, changed, removed };
}

/** Compares a draft with a known licence. */
export function compare(draft: DraftText, known: KnownText): Comparison {
  const cov = coverage(draft, known);
  return { similarity: cov.similarity, unmatched: cov.unmatched, ...deltas(draft, known, cov) };
}

/** The draft clause holding most of the runs of a stretch of the licence. */
function clauseNearest(known: KnownText, clauseOfRun: ReadonlyMap<number, number>, from: number, to: number): number {
  const votes = new Map<number, number>();
  for (let j = from; j < Math.min(to, known.runs.length); j++) {
    const c = clauseOfRun.get(known.runs[j]);
    if (c !== undefined) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  let best = -1;
  let most = 0;
  for (const [c, n] of votes) if (n > most) [best, most] = [c, n];
  return best;
}
