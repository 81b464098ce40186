/**
 * The clause model's entry point: reads a clause into provisions, asks each criterion's decisions
 * about every provision that carries force, and returns what breaks which criterion, where, and
 * in which words.
 */
import { COMPARATOR } from '../lexicon';
import { hasThresholdNumber } from '../numbers';
import type { Criterion, Severity } from '../types';
import { ABOUT_LICENSOR, DECISIONS, type Decision, restrictsSomethingElse } from './decisions';
import { type DefinedTerm, type Mention, readProvisions } from './provisions';
import { Reading } from './reading';
import type { Slot } from './vocabulary';

export interface ClauseInput {
  /** The clause text, cleaned (straight quotes, no Markdown emphasis). */
  readonly text: string;
  /** The lead-in of the list the clause is an item of, cleaned, or ''. */
  readonly leadIn: string;
  /** Defined terms the clause uses, with their definitions. */
  readonly terms: readonly DefinedTerm[];
  /** Whether the document explicitly permits distributing software built from modified source. */
  readonly binariesPermitted: () => boolean;
}

export interface Judgement extends Decision {
  /** Offsets into the clause text. */
  readonly start: number;
  readonly end: number;
}

/** Slots a list lead-in ("You agree not to use the Model:") lends to each item below it. */
const LEAD_IN_SLOTS: ReadonlySet<Slot> = new Set<Slot>(['modal', 'action', 'object', 'party', 'guard', 'soft']);
const DEFINING = /^\s*(?:\([\w.]+\)\s*)?"[^"]{1,60}"[^".;:]{0,60}?\b(?:shall\s+)?(?:means?|refers?\s+to|has\s+the\s+meaning|includes?)\b/i;

export interface ClauseJudgement {
  readonly judgements: readonly Judgement[];
  /**
   * Whether any provision of the clause binds anyone to anything about the work: false for
   * requests, negated restrictions, disclaimers, history, rules about names and notices, and
   * sentences with no force at all. Rules' own matchers defer to this.
   */
  readonly binding: boolean;
}

export function judgeClause(input: ClauseInput): ClauseJudgement {
  const provisions = readProvisions(input.text, input.terms);
  const lent = leadInMentions(input.leadIn);
  const readings = provisions.map((p) => new Reading(p, lent));
  if (readings.some((r) => r.has('soft', 'request', 'notBinding', 'alternative'))) return { judgements: [], binding: false };
  const binding = readings.some((r) => !r.isNeutral && !restrictsSomethingElse(r) && !r.isPermission);
  const out: Judgement[] = [];
  const situation = { clause: readings, binariesPermitted: input.binariesPermitted, text: input.text };
  readings.forEach((r, i) => {
    if (r.isNeutral || (i === 0 && DEFINING.test(r.text))) return;
    const licensor = r.aboutLicensor;
    for (const decide of DECISIONS) {
      if (licensor && !ABOUT_LICENSOR.has(decide)) continue;
      const d = decide(r, situation);
      if (d && !out.some((o) => o.rule === d.rule)) out.push({ ...d, ...r.span() });
    }
  });
  const threshold = sizeThreshold(readings);
  if (threshold && !out.some((o) => o.rule === 'size-threshold')) out.push(threshold);
  return { judgements: out, binding };
}

/**
 * The mentions of the lead-ins that carry over to an item: the nearest lead-in that restricts
 * ("You agree not to use the Model to:") lends its force, action and object; a lead-in that
 * requests or offers alternatives lends that instead.
 */
const leadInCache = new Map<string, Mention[]>();

function leadInMentions(leadIn: string): Mention[] {
  if (!leadIn) return [];
  let cached = leadInCache.get(leadIn);
  if (!cached) {
    if (leadInCache.size > 10_000) leadInCache.clear();
    leadInCache.set(leadIn, (cached = readLeadIns(leadIn)));
  }
  return cached;
}

function readLeadIns(leadIn: string): Mention[] {
  for (const text of leadIn.split(' / ')) {
    const provisions = readProvisions(text);
    const last = provisions[provisions.length - 1];
    if (!last) continue;
    const reading = new Reading(last, []);
    const lend = (ms: readonly Mention[]): Mention[] => ms.map((m) => ({ ...m, from: -1, to: -1, start: 0, end: 0, inherited: true, words: text.slice(m.start, m.end) }));
    const softened = last.mentions.filter((m) => m.slot === 'soft' && ['request', 'notBinding', 'alternative'].includes(m.concept));
    if (softened.length > 0) return lend(softened);
    if (reading.isNeutral) continue;
    const forces = reading.forces(true).filter((m) => ['prohibit', 'noRights', 'exclusive', 'voiding'].includes(m.concept) || (m.concept === 'obligation' && last.mentions.some((p) => p.slot === 'party')));
    if (forces.length > 0) return lend([...forces, ...last.mentions.filter((m) => LEAD_IN_SLOTS.has(m.slot) && m.slot !== 'modal')]);
  }
  return [];
}

/** Rights that depend on the licensee's size: a measure, a comparison, a number, and a consequence. */
function sizeThreshold(readings: readonly Reading[]): Judgement | undefined {
  const at = readings.find((r) => {
    if (r.isNeutral || !r.has('size', 'metric')) return false;
    const c = COMPARATOR.exec(r.text);
    if (!c || !hasThresholdNumber(r.text)) return false;
    // The measure stands right after the quantity ("700 million monthly active users") or right before the comparison ("revenue exceeds").
    const cStart = r.provision.start + c.index;
    const cEnd = cStart + c[0].length;
    const tokens = r.provision.tokens;
    const numberAt = tokens.findIndex((t) => t.start >= cStart && /^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|twenty|fifty|a)$/.test(t.word));
    return r.all('size', 'metric').some((m) => !m.inherited && ((numberAt >= 0 && m.from > numberAt && m.from - numberAt <= 5 && tokens[numberAt].start < cEnd + 40) || (m.start < cStart && cStart - m.end <= 30)));
  });
  if (!at) return undefined;
  const consequence = readings.some((r) => !r.isNeutral && (r.prohibits || r.voids || r.needsConsent || r.exclusive || (r.obliges && r.has('fee'))));
  if (!consequence) return undefined;
  const metric = at.own('size', 'metric');
  const criteria: readonly Criterion[] = [5];
  const severity: Severity = 'error';
  return { rule: 'size-threshold', criteria, severity, detail: metric ? `threshold on ${at.text.slice(metric.start - at.provision.start, metric.end - at.provision.start)}` : undefined, ...at.span() };
}
