/**
 * What the learned layer sees of a clause: the clause model's own reading of it, as named
 * features. Each feature can be traced back to words of the clause, so that a learned finding
 * names the words it rests on (see classifier.ts).
 *
 * - `f:P` … the provision's force: P prohibits, X narrows (only), C needs consent, O obliges,
 *   V voids, N withholds rights, K conditions; and `f:neutral`, `f:history`, `f:licensor`, `f:permission`.
 * - `m:concept` a modal mention; `c:slot:concept` a vocabulary mention; `g:P&slot:concept` a
 *   mention that a force of kind P governs.
 * - `w:word` a word (stop words aside); `gw:word` a word within twelve words of a force in a
 *   provision that restricts; `b:word_word` two adjacent words. A capitalised name of the work
 *   ("the Engine", "the Toolkit") reads as `work`, of the licensor ("the Foundation") as
 *   `licensor`: what a clause says does not depend on what the draft calls them.
 */
import type { Reading } from '../reading';

const STOP: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'this', 'that', 'be', 'for', 'any', 'by', 'with', 'as', 'such', 'on', 'it', 'its', 'is', 'are']);

/** Where a feature comes from in the clause: offsets into the clause text. */
export interface FeatureSource {
  readonly start: number;
  readonly end: number;
}

/** The features of a clause, each with the first place in the clause it was seen. */
export type Features = Map<string, FeatureSource>;

const FLAGS: ReadonlyArray<[string, (r: Reading) => boolean]> = [
  ['P', (r) => r.prohibits],
  ['X', (r) => r.exclusive],
  ['C', (r) => r.needsConsent],
  ['O', (r) => r.obliges],
  ['V', (r) => r.voids],
  ['N', (r) => r.noRights],
  ['K', (r) => r.conditions],
  ['neutral', (r) => r.isNeutral],
  ['history', (r) => r.isHistory],
  ['licensor', (r) => r.aboutLicensor],
  ['permission', (r) => r.isPermission],
];

/** A plural or third-person "s" off an unknown word, so that "fuels" and "fuel" meet. */
const stem = (w: string): string => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** The features of a clause read as `readings` (its provisions, in order). */
export function clauseFeatures(readings: readonly Reading[]): Features {
  const out: Features = new Map();
  const add = (name: string, start: number, end: number): void => {
    if (!out.has(name)) out.set(name, { start, end });
  };
  for (const r of readings) {
    const p = r.provision;
    const force = r.forces(true).find((f) => !f.inherited);
    const at = force ? { start: force.start, end: force.end } : { start: p.start, end: p.end };
    const flags = FLAGS.filter(([, test]) => test(r)).map(([name]) => name);
    for (const f of flags) add(`f:${f}`, at.start, at.end);
    const forces = flags.filter((f) => f.length === 1);
    for (const m of p.mentions) {
      if (m.inherited) continue;
      if (m.slot === 'modal') {
        add(`m:${m.concept}`, m.start, m.end);
        continue;
      }
      const concept = `${m.slot}:${m.concept}`;
      add(`c:${concept}`, m.start, m.end);
      if (r.governs(m, 10)) for (const f of forces) add(`g:${f}&${concept}`, m.start, m.end);
    }
    const restricting = !r.isNeutral && !r.isPermission && (r.prohibits || r.exclusive || r.needsConsent || r.voids || r.noRights || r.conditions || r.obliges);
    const forceAt = restricting ? r.forces(true).filter((f) => !f.inherited).map((f) => f.from) : [];
    const tokens = p.tokens;
    const names = new Map<number, string>();
    for (const m of p.mentions) {
      const as = m.slot === 'object' && m.concept === 'work' ? 'work' : m.slot === 'subject' && m.concept === 'licensor' ? 'licensor' : undefined;
      if (!as || m.inherited) continue;
      for (let i = m.from; i < m.to; i++) if (/^[A-Z]/.test(r.text.slice(tokens[i].start - p.start, tokens[i].end - p.start))) names.set(i, as);
    }
    const lemma = (i: number): string => names.get(i) ?? stem(tokens[i].lemma);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const w = lemma(i);
      const isWord = /^[a-z]/.test(w);
      if (isWord && !STOP.has(w)) {
        add(`w:${w}`, t.start, t.end);
        if (forceAt.some((f) => Math.abs(f - i) <= 12)) add(`gw:${w}`, t.start, t.end);
      }
      const next = tokens[i + 1];
      const v = next ? lemma(i + 1) : '';
      if (next && isWord && /^[a-z]/.test(v) && !(STOP.has(w) && STOP.has(v))) add(`b:${w}_${v}`, t.start, next.end);
    }
  }
  return out;
}
