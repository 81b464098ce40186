/**
 * OSD 5 by size: rights that depend on how large the licensee is — a measure (users, revenue,
 * employees), a comparison, a number and a consequence — in the clause itself or in the definition
 * of a term the clause uses.
 */
import { COMPARATOR } from '../lexicon';
import { hasThresholdNumber } from '../numbers';
import type { Criterion, Severity } from '../types';
import { forBreach } from './decide';
import type { Judgement } from './judge';
import { type DefinedTerm, type Mention, readProvisions } from './provisions';
import type { Reading } from './reading';

/** The measure is the subject of the comparison: before it in the same clause, a verb just before the comparing words ("receipts … do not exceed", "headcount remains below"). */
function subjectOf(r: Reading, m: Mention, comparisonStart: number): boolean {
  if (m.start >= comparisonStart || comparisonStart - m.end > 140) return false;
  const between = r.text.slice(m.end - r.provision.start, comparisonStart - r.provision.start);
  return !/[;:.]/.test(between) && COMPARING_VERB.test(between.trimEnd());
}
/** COMPARATOR, global: every comparison of a provision, compiled once. */
const COMPARISONS = new RegExp(COMPARATOR.source, 'gi');
/** A word of a number: digits, number words, "a" ("a million"). */
const NUMBER_WORD = /^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|twenty|fifty|a)$/;
/** "including those with", "including companies whose", just before a comparison. */
const INCLUDING_THOSE = /\bincluding\s+(?:those|ones|organi[sz]ations|companies|firms|entities|businesses|persons|employers)\s+(?:with|whose|that\s+(?:have|has|employ))\s+(?:[\w-]+\s+){0,3}$/i;
/** Units of time. */
const TIME_UNIT = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|quarters?)$/;
const COMPARING_VERB = /\b(?:do|does|not|shall|will|remains?|stays?|is|are|be|falls?)$/i;

/** A duty to pay or register that the sentence applies to a class: "The payment obligation applies only to companies with over 100 employees". */
const APPLIES_TO = /\b(?:obligations?|requirements?|duty|duties|fees?|royalt(?:y|ies)|charges?)\s+(?:\w+\s+){0,2}?(?:appl(?:y|ies)|is\s+owed|are\s+owed|is\s+due|are\s+due|is\s+payable|are\s+payable)\s+(?:only\s+)?(?:to|by)\b/i;
const dutyApplied = (r: Reading): boolean => APPLIES_TO.test(r.text) && !r.has('fee', 'free') && !r.word('waiver', 'waived', 'all', 'every', 'including', 'regardless') && (r.has('fee', 'money', 'pay') || r.word('registration', 'register', 'royalty', 'royalties', 'fee', 'fees', 'licence', 'license'));

/** Rights that depend on the licensee's size: a measure, a comparison, a number, and a consequence. */
export function sizeThreshold(readings: readonly Reading[]): Judgement | undefined {
  const at = readings.find((r) => {
    if (r.isNeutral || !r.has('size', 'metric')) return false;
    if (!hasThresholdNumber(r.text)) return false;
    const tokens = r.provision.tokens;
    const metrics = r.all('size', 'metric').filter((m) => !m.inherited);
    // Every comparison in the provision ("more than six months" may come before "below one thousand").
    const comparisons = COMPARISONS;
    comparisons.lastIndex = 0;
    for (let c = comparisons.exec(r.text); c; c = comparisons.exec(r.text)) {
      // The measure stands right after the quantity ("700 million monthly active users") or before the
      // comparison, as its subject ("the annual gross receipts of the Licensee …, do not exceed").
      // (Not a size named among those a grant takes in: "organisations of every size, including those with more than 500 employees".)
      if (INCLUDING_THOSE.test(r.text.slice(Math.max(0, c.index - 60), c.index))) continue;
      const cStart = r.provision.start + c.index;
      const cEnd = cStart + c[0].length;
      const numberAt = tokens.findIndex((t) => t.start >= cStart && NUMBER_WORD.test(t.word));
      // (A length of time is no size: "available for at least two years".)
      if (numberAt >= 0 && TIME_UNIT.test(tokens.slice(numberAt).find((t) => !NUMBER_WORD.test(t.word))?.word ?? '')) continue;
      if (metrics.some((m) => (numberAt >= 0 && m.from > numberAt && m.from - numberAt <= 7 && tokens[numberAt].start < cEnd + 40) || (m.start < cStart && cStart - m.end <= 45) || subjectOf(r, m, cStart))) return true;
    }
    return false;
  });
  if (!at) return undefined;
  // A consequence: the rights end, need consent or payment, or the grant itself is made on that condition.
  // (Not what the licensor sells beside the work: "… one is sold only to those who want support".)
  const consequence = readings.some((r) => !r.isNeutral && !(r.has('object', 'service') && !r.own('object', 'work', 'source')) && (r.prohibits || r.voids || r.needsConsent || r.exclusive || r.conditions || (r.obliges && r.has('fee')) || r.word('grant', 'grants', 'granted', 'offered') || dutyApplied(r) ||
    // (Or a duty towards the licensor that the size brings: "… with more than 100,000 units in the field must register with the Licensor".)
    (r.obliges && r.has('subject', 'licensor') && (r.has('action', 'accept', 'report') || r.needsConsent))));
  if (!consequence) return undefined;
  const metric = at.own('size', 'metric');
  const criteria: readonly Criterion[] = [5];
  const severity: Severity = 'error';
  return { rule: 'size-threshold', criteria, severity, detail: metric ? `threshold on ${at.text.slice(metric.start - at.provision.start, metric.end - at.provision.start)}` : undefined, ...at.span() };
}

/** COMPARATOR, once: does a text compare at all. */
const COMPARES = new RegExp(COMPARATOR.source, 'i');
/** Whether a definition sets a threshold (a number, a comparison, a measure), remembered per definition text. */
const thresholdDefinitions = new Map<string, boolean>();
function definesThreshold(definition: string): boolean {
  let out = thresholdDefinitions.get(definition);
  if (out === undefined) {
    if (thresholdDefinitions.size >= 1000) thresholdDefinitions.clear();
    out = hasThresholdNumber(definition) && COMPARES.test(definition) && readProvisions(definition).some((p) => p.mentions.some((m) => m.slot === 'size' && m.concept === 'metric'));
    thresholdDefinitions.set(definition, out);
  }
  return out;
}

/**
 * The threshold stands in a definition and the clause uses the term: '"Large Deployment" means any
 * product with more than 50,000,000 registered accounts' and 'The licences … terminate for the
 * operator of any Large Deployment'.
 */
export function sizeByDefinition(readings: readonly Reading[], terms: readonly DefinedTerm[]): Judgement | undefined {
  for (const t of terms) {
    if (!t.term || !definesThreshold(t.definition)) continue;
    const at = readings.find((r) => !r.isNeutral && r.text.includes(t.term!) && !/\bmeans\b/i.test(r.text) && (r.voids || r.noRights || r.exclusive || r.prohibits) && !forBreach(r));
    if (at) return { rule: 'size-threshold', criteria: [5], severity: 'error', detail: `threshold in the definition of ${t.term}`, ...at.span() };
  }
  return undefined;
}
