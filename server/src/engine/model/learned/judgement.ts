/**
 * The learned layer's finding on a clause: the criteria the learned models read it as breaking,
 * where, and the words their reading rests on ("reads like clauses that break OSD 6; words:
 * 'fossil fuels', 'terminates automatically'").
 */
import type { Decision } from '../decide';
import type { Reading } from '../reading';
import { learnedReadings } from './classifier';
import { clauseFeatures } from './features';

/** The rule that reports the learned layer's findings (see rules/model-ideas.ts). */
export const LEARNED_RULE = 'resembles-restriction';

export type LearnedJudgement = Decision & { readonly start: number; readonly end: number };

/**
 * What the learned models make of a clause the decisions found nothing in, if anything. A reading
 * as OSD 4 is dropped where the document lets software built from modified source be distributed:
 * OSD 4 allows patch-only source distribution on that condition.
 */
export function learnedJudgement(readings: readonly Reading[], text: string, binariesPermitted: () => boolean): LearnedJudgement | undefined {
  const found = learnedReadings(clauseFeatures(readings)).filter((r) => r.criterion !== 4 || !binariesPermitted());
  if (found.length === 0) return undefined;
  const top = found[0];
  const words: string[] = [];
  for (const b of top.because) {
    const w = text.slice(b.source.start, b.source.end).replace(/\s+/g, ' ').trim();
    const lower = w.toLowerCase();
    if (w && !words.some((x) => x.toLowerCase().includes(lower) || lower.includes(x.toLowerCase()))) words.push(w);
  }
  // The finding covers the provision its strongest words stand in.
  const anchor = top.because[0]?.source.start ?? 0;
  const provision = readings.find((r) => anchor >= r.provision.start && anchor < r.provision.end) ?? readings[0];
  const criteria = found.map((f) => f.criterion);
  return {
    rule: LEARNED_RULE,
    criteria,
    severity: 'warning',
    detail: words.length ? `the words that weigh most are ${words.map((w) => `"${w}"`).join(', ')}` : 'learned from labelled clauses',
    ...provision.span(),
  };
}
