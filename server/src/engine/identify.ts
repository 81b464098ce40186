import { type Coverage, coverage, deltas, type KnownText, positionsOf, RUN, runHashes } from './compareLicence';
import { clauseWords, displayText, normalWords, wordMarker, wordsOf } from './licenceWords';
import { segment } from './segment';
import type { Clause } from './types';

/**
 * "Which licence is this, plus what?": finds the nearest known licence of a draft and the
 * clauses added to, removed from or changed in it. Layout does not count (see licenceWords.ts):
 * the apache.org Apache-2.0 with its centred header and APPENDIX, a re-wrapped GPL or a
 * LICENSE.md with Markdown headings is recognised as itself. The engine stays pure: the licence
 * texts come in as data (`LicenceIndexData`, built at build time from the spdx-license-list package).
 */
export interface LicenceIndexData {
  /** Every distinct sentence of every licence, as the licence has it (on one line, layout removed). */
  readonly sentences: readonly string[];
  readonly licences: ReadonlyArray<{ readonly id: string; readonly name: string; readonly osi: boolean; readonly s: readonly number[]; readonly same?: readonly string[] }>;
}

export interface ClauseDelta {
  readonly start: number;
  readonly end: number;
  /** The clause as the draft has it. */
  readonly text: string;
  /** For a changed clause: the sentence of the known licence it most resembles, as the licence has it. */
  readonly reference?: string;
}

export interface Identification {
  readonly id: string;
  readonly name: string;
  readonly osiApproved: boolean;
  /** Other SPDX ids with the same text (deprecated ids, -only/-or-later variants). */
  readonly sameText: readonly string[];
  /** 0 to 1: how much of the draft and of the licence text they share. */
  readonly similarity: number;
  readonly added: readonly ClauseDelta[];
  readonly changed: readonly ClauseDelta[];
  /** Sentences of the known licence missing from the draft. */
  readonly removed: readonly string[];
}

interface ClauseWords {
  readonly ids: Int32Array;
  readonly markerLike: Uint8Array;
  readonly head: readonly string[];
}

/** One run in this many is kept in the index that picks candidates. */
const SAMPLE_MASK = 3;
/** How many candidates are compared in full. */
const CANDIDATES = 6;
/** Room for this many licences in a sampled key. */
const LICENCE_SLOTS = 4096;
const MARKER_LIKE = /^(?:[a-z]|[ivxlc]{1,6}|\d{1,3})$/;

/**
 * How deprecated an SPDX id looks: 2 for "GPL-3.0+", 1 for a bare "GPL-3.0" or "LGPL-2.1", 0 for
 * current ids ("GPL-3.0-only" before "GPL-3.0-or-later"). Among ids of one text, and between
 * equally near licences, the current one is named.
 */
export function deprecation(id: string): number {
  if (id.endsWith('+')) return 2;
  if (/^(?:A|L)?GPL-\d\.\d(?:-with-.+)?$|^GFDL-\d\.\d$|^LGPL-\d\.\d$/.test(id)) return 1;
  return id.endsWith('-or-later') ? 0.5 : 0;
}

/** The runs that pick candidates: one in four, and the three smallest, so that a short text has some. */
function sampledRuns(runs: Int32Array): Set<number> {
  const out = new Set<number>();
  const smallest = [Infinity, Infinity, Infinity];
  for (const h of runs) {
    if ((h & SAMPLE_MASK) === 0) out.add(h);
    else if (h < smallest[2]) {
      smallest[2] = h;
      smallest.sort((a, b) => a - b);
    }
  }
  for (const h of smallest) if (h !== Infinity) out.add(h);
  return out;
}

/** Where the optional part of a licence starts: its appendix, or another licence appended (LGPL-3.0 + GPL-3.0). */
function optionalStart(sentences: ReadonlyArray<readonly string[]>): number {
  for (let s = 1; s < sentences.length; s++) {
    const w = sentences[s].slice(0, 5).join(' ');
    if (/^(?:end of terms and conditions|appendix how to apply|how to apply these terms)/.test(w)) return s;
    if (s > sentences.length / 10 && /^gnu general public license version/.test(w)) return s;
  }
  return sentences.length;
}

/** An index of known licences, built once (about 140 ms: it indexes one run of five words in four). */
export class LicenceIndex {
  private readonly vocabulary = new Map<string, number>();
  private readonly sentenceWords: Int32Array[];
  /** Sampled runs of words and the licences that have them, as sorted keys `(hash + 2^31) * 1024 + licence` (compact: a Map of arrays took 10 MB). */
  private readonly sampled: Float64Array;
  private readonly sampledCount: number[];
  private readonly known = new Map<number, KnownText>();

  constructor(private readonly data: LicenceIndexData) {
    if (data.licences.length > LICENCE_SLOTS) throw new Error(`an index of more than ${LICENCE_SLOTS} licences`);
    this.sentenceWords = data.sentences.map((s) => this.learnIds(normalWords(s)));
    const keys: number[] = [];
    this.sampledCount = data.licences.map((l, li) => {
      const mine = sampledRuns(runHashes(this.licenceIds(l.s)));
      for (const h of mine) keys.push((h + 2 ** 31) * LICENCE_SLOTS + li);
      return mine.size;
    });
    this.sampled = Float64Array.from(keys).sort();
  }

  /** The licences that have a sampled run. */
  private licencesWith(h: number): number[] {
    const base = (h + 2 ** 31) * LICENCE_SLOTS;
    let lo = 0;
    let hi = this.sampled.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sampled[mid] < base) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < this.sampled.length && this.sampled[i] < base + LICENCE_SLOTS; i++) out.push(this.sampled[i] - base);
    return out;
  }

  get size(): number {
    return this.data.licences.length;
  }

  /** Word ids of a known licence's sentence; a new word gets the next id. */
  private learnIds(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    words.forEach((w, i) => {
      let id = this.vocabulary.get(w);
      if (id === undefined) this.vocabulary.set(w, (id = this.vocabulary.size));
      out[i] = id;
    });
    return out;
  }

  private licenceIds(s: readonly number[]): Int32Array {
    const out = new Int32Array(s.reduce((n, i) => n + this.sentenceWords[i].length, 0));
    let at = 0;
    for (const i of s) {
      out.set(this.sentenceWords[i], at);
      at += this.sentenceWords[i].length;
    }
    return out;
  }

  /** A licence as the comparison needs it, built on first use and kept. */
  private knownText(li: number): KnownText {
    let k = this.known.get(li);
    if (!k) {
      const l = this.data.licences[li];
      const ids = this.licenceIds(l.s);
      const starts = new Int32Array(l.s.length);
      let at = 0;
      l.s.forEach((i, n) => {
        starts[n] = at;
        at += this.sentenceWords[i].length;
      });
      const words = l.s.map((i) => [...this.sentenceWords[i]].map((id) => this.wordOf(id)));
      const opt = optionalStart(words);
      const runs = runHashes(ids);
      if (this.known.size > 32) this.known.clear();
      const markerLike = Uint8Array.from(ids, (id) => (MARKER_LIKE.test(this.wordOf(id)) ? 1 : 0));
      this.known.set(li, (k = { ids, sentenceStarts: starts, sentences: l.s.map((i) => this.data.sentences[i]), optionalFrom: opt < l.s.length ? starts[opt] : ids.length, runs, runSet: new Set(runs), runAt: positionsOf(runs), markerLike }));
    }
    return k;
  }

  /** The words of each clause of the last text identified, by clause text (and marker). */
  private clauseWords = new Map<string, ClauseWords>();

  /** A clause's words as ids (-1 for a word no known licence has), with what the comparison reads of them. */
  private readClause(words: readonly string[]): ClauseWords {
    return {
      ids: Int32Array.from(words, (w) => this.vocabulary.get(w) ?? -1),
      markerLike: Uint8Array.from(words, (w) => (MARKER_LIKE.test(w) ? 1 : 0)),
      head: words.slice(0, 5),
    };
  }

  private reverse: string[] | undefined;
  private wordOf(id: number): string {
    if (!this.reverse) {
      this.reverse = [];
      for (const [w, i] of this.vocabulary) this.reverse[i] = w;
    }
    return this.reverse[id] ?? '';
  }

  /** The nearest known licence, or undefined when no licence shares enough of the text. */
  identify(text: string, clauses: readonly Clause[] = segment(text)): Identification | undefined {
    const ids: number[] = [];
    const markerLike: number[] = [];
    const clauseOf: number[] = [];
    const byClause = new Map<number, number[]>();
    // The first words of each clause that has words, and where it starts: the appendix test reads them.
    const heads: Array<readonly string[]> = [];
    const firstWord: number[] = [];
    const seen = new Map<string, ClauseWords>();
    clauses.forEach((c, ci) => {
      const marker = ci === 0 || clauses[ci - 1].block !== c.block ? wordMarker(c.marker) : undefined;
      const key = marker ? `${marker}\u0000${c.text}` : c.text;
      const mine = this.clauseWords.get(key) ?? seen.get(key) ?? this.readClause([...(marker ? wordsOf(marker) : []), ...clauseWords(c.text, 0)].map((w) => w.w));
      seen.set(key, mine);
      if (mine.ids.length === 0) return;
      const at: number[] = [];
      mine.ids.forEach((id, k) => {
        at.push(ids.length);
        // An unknown word matches nothing, not even another unknown word.
        ids.push(id >= 0 ? id : -1 - ids.length);
        markerLike.push(mine.markerLike[k]);
        clauseOf.push(ci);
      });
      byClause.set(ci, at);
      heads.push(mine.head);
      firstWord.push(at[0]);
    });
    // An edit changes a clause or two: the next call reads the others' words from here.
    this.clauseWords = seen;
    if (ids.length < RUN * 2) return undefined;
    const draftIds = Int32Array.from(ids);
    const runs = runHashes(draftIds);
    const opt = optionalStart(heads);
    const draft = { ids: draftIds, clauseOf: Int32Array.from(clauseOf), byClause, clauses, runs, markerLike: Uint8Array.from(markerLike), optionalFrom: opt < firstWord.length ? firstWord[opt] : ids.length };
    // Candidates: the licences that share most sampled runs with the draft.
    const shared = new Map<number, number>();
    let sampledDraft = 0;
    for (const h of sampledRuns(runs)) {
      sampledDraft++;
      for (const li of this.licencesWith(h)) shared.set(li, (shared.get(li) ?? 0) + 1);
    }
    const ranked = [...shared].map(([li, n]) => ({ li, score: (2 * n) / (sampledDraft + this.sampledCount[li]) })).sort((a, b) => b.score - a.score || this.sampledCount[a.li] - this.sampledCount[b.li]).slice(0, CANDIDATES);
    let best: { li: number; result: Coverage } | undefined;
    for (const { li } of ranked) {
      const result = coverage(draft, this.knownText(li));
      const tie = best && Math.abs(result.similarity - best.result.similarity) < 1e-9;
      const better = !best || (!tie && result.similarity > best.result.similarity) || (tie && (result.unmatched < best.result.unmatched || (result.unmatched === best.result.unmatched && deprecation(this.data.licences[li].id) < deprecation(this.data.licences[best.li].id))));
      if (better) best = { li, result };
      if (best?.result.unmatched === 0) break; // word for word the same: nothing can be nearer
    }
    if (!best || best.result.similarity < 0.3) return undefined;
    const l = this.data.licences[best.li];
    const { added, changed, removed } = deltas(draft, this.knownText(best.li), best.result);
    return {
      id: l.id,
      name: l.name,
      osiApproved: l.osi,
      sameText: l.same ?? [],
      similarity: Math.round(best.result.similarity * 1000) / 1000,
      added,
      changed,
      removed,
    };
  }
}

/** Builds the index data from licence texts (used by the build script and by tests). */
export function buildIndexData(licences: ReadonlyArray<{ id: string; name: string; osi: boolean; text: string }>): LicenceIndexData {
  const sentences: string[] = [];
  const ids = new Map<string, number>();
  const byText = new Map<string, { id: string; name: string; osi: boolean; s: number[]; same: string[] }>();
  for (const l of licences) {
    const own = segment(l.text)
      .map((c, i, all) => {
        const marker = i === 0 || all[i - 1].block !== c.block ? wordMarker(c.marker) : undefined;
        return `${marker ? `${marker} ` : ''}${displayText(c.text)}`;
      })
      .filter((s) => wordsOf(s).length > 0);
    const key = own.map((s) => wordsOf(s).map((w) => w.w).join(' ')).join(' ');
    if (!key) continue;
    const existing = byText.get(key);
    if (existing) {
      // The group is named by its most current id ("GPL-3.0-only", not "GPL-3.0").
      if (deprecation(l.id) < deprecation(existing.id)) [existing.id, existing.name, existing.osi, l.id] = [l.id, l.name, l.osi || existing.osi, existing.id];
      existing.same.push(l.id);
      continue;
    }
    const s = own.map((n) => {
      let i = ids.get(n);
      if (i === undefined) {
        i = sentences.length;
        sentences.push(n);
        ids.set(n, i);
      }
      return i;
    });
    byText.set(key, { id: l.id, name: l.name, osi: l.osi, s, same: [] });
  }
  return { sentences, licences: [...byText.values()].map((l) => (l.same.length ? l : { id: l.id, name: l.name, osi: l.osi, s: l.s })) };
}

/**
 * The index as compact text (smaller to ship and much lighter to load than JSON): the number of
 * sentences, the sentences one per line, then one line per licence:
 * `id<TAB>name<TAB>1|0<TAB>sentence numbers<TAB>ids with the same text`.
 */
export function serializeIndex(data: LicenceIndexData): string {
  const lines = [String(data.sentences.length), ...data.sentences.map((s) => s.replace(/[\r\n]+/g, ' '))];
  for (const l of data.licences) lines.push([l.id, l.name.replace(/[\t\n]/g, ' '), l.osi ? '1' : '0', l.s.join(','), (l.same ?? []).join(',')].join('\t'));
  return lines.join('\n') + '\n';
}

/** Reads the text form of the index. */
export function parseIndex(text: string): LicenceIndexData {
  const lines = text.split('\n');
  const n = Number(lines[0]);
  if (!Number.isInteger(n) || n < 0 || lines.length < n + 1) throw new Error('not an OSD Lint licence index');
  const sentences = lines.slice(1, n + 1);
  const licences = lines.slice(n + 1).filter((l) => l.length > 0).map((l) => {
    const [id, name, osi, s, same] = l.split('\t');
    return { id, name, osi: osi === '1', s: s ? s.split(',').map(Number) : [], ...(same ? { same: same.split(',') } : {}) };
  });
  return { sentences, licences };
}
