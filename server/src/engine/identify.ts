import { cleanText } from './language';
import { segment } from './segment';
import type { Clause } from './types';

/**
 * "Which licence is this, plus what?": finds the nearest known licence of a draft and the
 * clauses added to, removed from or changed in it. The engine stays pure: the licence texts come
 * in as data (`LicenceIndexData`, built at build time from the spdx-license-list package).
 */
export interface LicenceIndexData {
  /** Every distinct normalised sentence of every licence. */
  readonly sentences: readonly string[];
  readonly licences: ReadonlyArray<{ readonly id: string; readonly name: string; readonly osi: boolean; readonly s: readonly number[]; readonly same?: readonly string[] }>;
}

export interface ClauseDelta {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** For a changed clause: the sentence of the known licence it most resembles. */
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

/** "… copyright 2024 Jane Doe" on the last line becomes "… copyright" (the holder varies between copies). */
function cutCopyrightLine(s: string): string {
  const lastLine = s.lastIndexOf('\n') + 1;
  const at = s.slice(lastLine).search(/\bcopyright\b/);
  return at < 0 ? s : `${s.slice(0, lastLine + at)}copyright`;
}

/** Normalises a sentence for comparison: case, quotes, list markers, copyright lines, template variables, punctuation. */
export function normalizeSentence(s: string): string {
  return cutCopyrightLine(cleanText(s, true).toLowerCase().replace(/<[^<>\n]{1,40}>/g, ' '))
    .replace(/^\s*(?:\(?[0-9a-z]{1,4}[.)]|[-*+•])\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const normalized = new Map<string, string>();

/** normalizeSentence, remembered: a draft being edited is mostly the sentences it had before. */
function normalizeCached(s: string): string {
  let n = normalized.get(s);
  if (n === undefined) {
    if (normalized.size > 50_000) normalized.clear();
    normalized.set(s, (n = normalizeSentence(s)));
  }
  return n;
}

/** The sentences of a text, normalised, with the clause they come from; empty ones are dropped. */
export function normalizedClauses(text: string, clauses: readonly Clause[] = segment(text)): Array<{ clause: Clause; norm: string }> {
  return clauses.map((clause) => ({ clause, norm: normalizeCached(clause.text) })).filter((x) => x.norm.length > 0);
}

const words = (s: string): string[] => s.split(' ').filter((w) => w.length > 0);

/** Word Jaccard similarity of two normalised sentences. */
function resemblance(a: string, b: string): number {
  const A = new Set(words(a));
  const B = new Set(words(b));
  let common = 0;
  for (const w of A) if (B.has(w)) common++;
  return common / Math.max(1, A.size + B.size - common);
}

/** An index of known licences, built once (it takes some tens of milliseconds). */
export class LicenceIndex {
  private readonly bySentence = new Map<string, number[]>();
  private readonly totals: number[];

  constructor(private readonly data: LicenceIndexData) {
    this.totals = data.licences.map((l) => l.s.reduce((n, i) => n + data.sentences[i].length, 0));
    data.licences.forEach((l, li) => {
      for (const i of new Set(l.s)) {
        const list = this.bySentence.get(data.sentences[i]) ?? [];
        list.push(li);
        this.bySentence.set(data.sentences[i], list);
      }
    });
  }

  get size(): number {
    return this.data.licences.length;
  }

  /** The nearest known licence, or undefined when no licence shares enough of the text. */
  identify(text: string, clauses?: readonly Clause[]): Identification | undefined {
    const draft = normalizedClauses(text, clauses);
    if (draft.length === 0) return undefined;
    const shared = new Map<number, number>();
    for (const { norm } of draft) for (const li of this.bySentence.get(norm) ?? []) shared.set(li, (shared.get(li) ?? 0) + norm.length);
    const draftTotal = draft.reduce((n, d) => n + d.norm.length, 0);
    let best = -1;
    let bestScore = 0;
    for (const [li, chars] of shared) {
      const score = (2 * chars) / (draftTotal + this.totals[li]);
      if (score > bestScore || (score === bestScore && this.totals[li] < this.totals[best])) {
        best = li;
        bestScore = score;
      }
    }
    if (best < 0) return this.fuzzy(draft, draftTotal);
    return this.compare(best, draft, bestScore);
  }

  /** No sentence matched exactly (e.g. a re-wrapped or lightly edited text): compare words. */
  private fuzzy(draft: Array<{ norm: string }>, draftTotal: number): Identification | undefined {
    if (draftTotal < 200) return undefined;
    const draftWords = new Set(words(draft.map((d) => d.norm).join(' ')));
    let best = -1;
    let bestScore = 0;
    this.data.licences.forEach((l, li) => {
      const ref = new Set(words(l.s.map((i) => this.data.sentences[i]).join(' ')));
      let common = 0;
      for (const w of draftWords) if (ref.has(w)) common++;
      const score = (2 * common) / (draftWords.size + ref.size);
      if (score > bestScore) {
        best = li;
        bestScore = score;
      }
    });
    return best >= 0 && bestScore >= 0.5 ? this.compare(best, draft as Array<{ clause: Clause; norm: string }>, bestScore * 0.9) : undefined;
  }

  private compare(li: number, draft: Array<{ clause: Clause; norm: string }>, score: number): Identification | undefined {
    if (score < 0.3) return undefined;
    const l = this.data.licences[li];
    const ref = l.s.map((i) => this.data.sentences[i]);
    const refSet = new Set(ref);
    const draftSet = new Set(draft.map((d) => d.norm));
    const unmatchedRef = ref.filter((s) => !draftSet.has(s));
    const added: ClauseDelta[] = [];
    const changed: ClauseDelta[] = [];
    const used = new Set<string>();
    // Consecutive added sentences form one added clause (a rider is one addition, not eight).
    let extendable = false;
    for (const { clause, norm } of draft) {
      if (refSet.has(norm)) {
        extendable = false;
        continue;
      }
      let bestRef: string | undefined;
      let bestSim = 0.5;
      for (const r of unmatchedRef) {
        if (used.has(r)) continue;
        const sim = resemblance(norm, r);
        if (sim > bestSim) {
          bestSim = sim;
          bestRef = r;
        }
      }
      const delta = { start: clause.start, end: clause.end, text: clause.text };
      if (bestRef) {
        used.add(bestRef);
        changed.push({ ...delta, reference: bestRef });
        extendable = false;
      } else if (extendable && added.length > 0) {
        const last = added[added.length - 1];
        added[added.length - 1] = { start: last.start, end: clause.end, text: `${last.text} ${clause.text}` };
      } else {
        added.push(delta);
        extendable = true;
      }
    }
    return {
      id: l.id,
      name: l.name,
      osiApproved: l.osi,
      sameText: l.same ?? [],
      similarity: Math.round(score * 1000) / 1000,
      added,
      changed,
      removed: unmatchedRef.filter((r) => !used.has(r)),
    };
  }
}

/** Builds the index data from licence texts (used by the build script and by tests). */
export function buildIndexData(licences: ReadonlyArray<{ id: string; name: string; osi: boolean; text: string }>): LicenceIndexData {
  const sentences: string[] = [];
  const ids = new Map<string, number>();
  const byText = new Map<string, { id: string; name: string; osi: boolean; s: number[]; same: string[] }>();
  for (const l of licences) {
    const norms = normalizedClauses(l.text).map((c) => c.norm);
    const key = norms.join('\n');
    const existing = byText.get(key);
    if (existing) {
      existing.same.push(l.id);
      continue;
    }
    const s = norms.map((n) => {
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
  const lines = [String(data.sentences.length), ...data.sentences];
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

