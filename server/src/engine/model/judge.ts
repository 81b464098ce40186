/**
 * The clause model's entry point: reads a clause into provisions, asks each criterion's decisions
 * about every provision that carries force, and returns what breaks which criterion, where, and
 * in which words.
 */
import { ABOUT_LICENSOR, DECISIONS, type Decision, restrictsSomethingElse } from './decisions';
import { type DefinedTerm, type Mention, readProvisions } from './provisions';
import { reachesBeside } from './other-software';
import { Reading } from './reading';
import { sizeByDefinition, sizeThreshold } from './thresholds';
import { policyPutAside, scopedAway } from './statements';
import { sourceDefinedAsGenerated } from './source';
import { statesPractice } from './decide';
import { askedAndAnswered } from './faq';
import { granteeNarrowed } from './persons';
import { LEARNED_RULE, learnedJudgement } from './learned/judgement';
import type { Slot } from './vocabulary';

/** Between the sentences before a clause and those after it in `ClauseInput.neighbours` (engine.ts writes them). */
export const NEIGHBOURS_SEPARATOR = ' // ';

export interface ClauseInput {
  /** The clause text, cleaned (straight quotes, no Markdown emphasis). */
  readonly text: string;
  /** The lead-in of the list the clause is an item of, cleaned, or ''. */
  readonly leadIn: string;
  /** Defined terms the clause uses, with their definitions. */
  readonly terms: readonly DefinedTerm[];
  /** Whether the document explicitly permits distributing software built from modified source. */
  readonly binariesPermitted: () => boolean;
  /** The sentences around the clause in its paragraph: "before // after" (see engine.ts). */
  readonly neighbours?: string;
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
  /** The words of each provision that binds nobody by its own words: a ban denied, a disclaimer, a request (a rule's matcher is not trusted on words found only there). */
  readonly neutral: readonly string[];
  /** The clause only extends this licence to the whole of a combined or modified work (copyleft). */
  readonly copyleft: boolean;
}

/** A question whether a duty or a restriction applies ("Do I need to …?", "Is registration required?", "… do our customers lose their licence?"), answered "No". */
const DUTY_QUESTION = /^\W*(?:Q\s*[:.]\s*)?(?:(?:do|does|must|should|will|shall)\s+(?:i|we|you|users?|they|companies|anyone)\s+(?:(?:ever|first|also)\s+)?(?:need|have)\s+to|(?:must|should)\s+(?:i|we|you)|(?:is|are)\s+(?:it|registration|a\s+licen[cs]e|payment|permission|sign-?up|attribution)\s+(?:required|needed|necessary|mandatory))\b/i;
const ANSWERED_NO = /^\W*(?:A\s*[:.]\s*)?(?:no|nope|not\s+at\s+all|never|need\s+not|not\s+(?:needed|required|necessary))\b/i;
/** A question that asks whether something must be done, however it is worded: "… company need to pay?". */
const ASKS_DUTY = /\b(?:needs?|have|has|required|obliged)\s+to\s+[a-z]/i;
const deniedDuty = (text: string, r: Reading, answer: string): boolean =>
  /^\s*\?/.test(text.slice(r.provision.end)) && (DUTY_QUESTION.test(r.text) || ASKS_DUTY.test(r.text) || r.restricts) && ANSWERED_NO.test(answer);

/** A service the licensor sells beside the work, which the OSD lets anyone charge for: "support is available upon payment of a fee". */
const paidService = (r: Reading): boolean => r.has('object', 'service') && !r.own('object', 'work', 'source') && r.forces().length === 0 && !/\brights?\b|\blicen[cs]/i.test(r.text) && /\b(?:support|maintenance|consult\w*|warranty|installation|training\s+courses?)\b/i.test(r.text);

/** A duty to pay that is denied and nothing else: "no separate royalty is owed to any contributor". */
const paysNothing = (r: Reading): boolean => r.has('fee', 'free') && r.forces().length === 0 &&
  r.all('fee', 'money').every((m) => r.all('fee', 'free').some((f) => f.from <= m.from && m.to <= f.to)) &&
  r.all('modal', 'obligation').every((o) => !o.inherited && r.all('fee', 'pay').some((p) => p.from < o.to && o.from < p.to));

export function judgeClause(input: ClauseInput): ClauseJudgement {
  // "Q: Can I ship a fork? A: Only once the core team has signed off on it": the answer is judged as the question's act with its force.
  const question = input.neighbours ? input.neighbours.split(NEIGHBOURS_SEPARATOR)[0].split(' / ').pop() ?? '' : '';
  const asked = question.endsWith('?') ? askedAndAnswered(question, input.text) : undefined;
  if (asked) {
    const j = judgeClause({ ...input, text: asked, terms: [], neighbours: undefined });
    // (Only what the decisions read in it: the learned layer has seen no sentence written this way. Where they read nothing, the answer is judged on its own.)
    const decided = j.judgements.filter((d) => d.rule !== LEARNED_RULE);
    if (decided.length > 0) return { ...j, judgements: decided.map((d) => ({ ...d, start: 0, end: input.text.length })) };
  }
  const provisions = readProvisions(input.text, input.terms);
  const lent = leadInMentions(input.leadIn);
  // (A request the next sentence enforces is a rule: "Please don't ship this on the same VM image as any telemetry agent. If you do, your licence is void.")
  const next = (input.neighbours ?? '').split(NEIGHBOURS_SEPARATOR)[1]?.split(' / ')[0] ?? '';
  const enforced = (i: number): boolean => ENFORCED.test(provisions[i + 1]?.text ?? next);
  let readings = provisions.map((p, i) => new Reading(enforced(i) ? { ...p, mentions: p.mentions.filter((m) => !(m.slot === 'soft' && m.concept === 'request')) } : p, lent));
  // Words of request or of no obligation take the force from their provision and those before it;
  // a rule after them binds still ("You are not required to offer source code, and You may not
  // distribute the source code in any case"). (Not "Please note: …", which asks nothing.)
  // (Not a proviso that carves something out of the rule before it: "…; provided, however, that the foregoing shall not restrict humanitarian demining research".)
  // (Nor what the licence does not reach, which leaves the rule before it standing: "… a royalty … is owed to the Licensor …, although this Licence does not extend to the other programs".)
  // Such a provision binds nobody itself and is set aside first.
  const reachOnly = (r: Reading, m: Mention): boolean => /^not\s+extend\s+to\b/i.test(r.text.slice(m.start - r.provision.start, m.end - r.provision.start));
  // (Nor "separate works" that the licence's terms are said to reach: "This obligation also extends to separate works … on the same medium".)
  const softeners = (r: Reading): Mention[] => CARVE_OUT.test(r.text) || reachesBeside(r.text) !== null ? [] : r.all('soft', 'request', 'notBinding', 'alternative').filter((m) => !pleaseNote(r, m) && !prohibitionAfterAll(r, m) && !deniedAfterRequest(r, m));
  const soft = new Map(readings.map((r) => [r, softeners(r)]));
  const reachStatements = readings.filter((r) => soft.get(r)!.length > 0 && soft.get(r)!.every((m) => reachOnly(r, m)));
  if (reachStatements.length > 0) {
    readings = readings.filter((r) => !reachStatements.includes(r));
    if (!readings.some((r) => r.forces().some((f) => !f.inherited && f.concept === 'prohibit') || r.obliges || r.exclusive || r.needsConsent || r.voids)) return { judgements: [], binding: false, neutral: [], copyleft: false };
  }
  const softened = readings.map((r) => soft.get(r)!.length > 0).lastIndexOf(true);
  if (softened >= 0) {
    // ("Plugins are separate works, but any plugin distributed on the same medium must be released under our licence": the turn binds again.)
    const turned = softened + 1 < readings.length && /^\s*,\s+but\s+$/i.test(input.text.slice(readings[softened].provision.end, readings[softened + 1].provision.start));
    readings = readings.slice(softened + 1);
    if (!turned && !readings.some((r) => r.forces().some((f) => !f.inherited && f.concept === 'prohibit'))) return { judgements: [], binding: false, neutral: [], copyleft: false };
  }
  const [before = '', after = ''] = (input.neighbours ?? '').split(NEIGHBOURS_SEPARATOR);
  // "Q: Do I need to … ask permission before using this in production? A: No.": a duty asked about and denied binds nobody.
  const denied = readings.filter((r, i) => deniedDuty(input.text, r, readings[i + 1]?.text ?? after.split(' / ')[0]));
  readings = readings.filter((r) => !denied.includes(r));
  // "… That limit applies only to our service, not to the software." A sentence that comments on
  // the one before it (an anaphor and a negation, or words of request) takes its force away.
  if (after && softens(after.split(' / ')[0])) return { judgements: [], binding: false, neutral: [], copyleft: false };
  // "You may not use them …" after a sentence about trademarks or notices is about those too.
  const about = before && refersBack(readings) ? namesOrNotices(before.split(' / ').pop() ?? '') : false;
  // (What the licensor says of itself binds the licensee to nothing: "We cannot give legal advice on sanctions".)
  // A history note anywhere in the sentence makes the whole sentence history ("… was used only for the
  // non-commercial edition; since version 2.0 every such restriction has been removed"): it binds nobody.
  const history = readings.some((r) => r.historyNote);
  // (A policy or service the clause goes on to put outside the work binds no licensee: "Use of the hosted service is governed by the Acceptable Use Policy; but those policies … do not apply to copies of the Model".)
  const putAside = policyPutAside(readings.map((o) => o.text));
  // (Nor what the licensor says of itself with no force, in words that bind nobody: "We mention them only because the project includes strong cryptography".)
  const idle = (r: Reading): boolean => r.aboutLicensor && r.has('soft', 'neutral') && r.forces(true).length === 0 && !r.exclusive && !r.voids && !r.needsConsent && !r.conditions;
  // (Nor a clause with no force left once its one word of force was found misread: "Your SaaS has features I can't find in the repo".)
  const forceMisread = readings.some((r) => r.provision.voidedForce) && readings.every((r) => r.forces(true).length === 0 && !r.exclusive && !r.voids && !r.needsConsent && !r.conditions);
  const binding = !history && !forceMisread && readings.some((r, k) => !r.isNeutral && !idle(r) && !r.has('past', 'removed') && !(k < putAside && (r.has('purpose', 'policy') || r.has('action', 'host'))) && !paysNothing(r) && !restrictsSomethingElse(r) && !paidService(r) && !r.isPermission && !statesSize(r) && !(r.aboutLicensor && LICENSOR_CANNOT.test(r.text)) && !CANNOT_REVOKE.test(r.text) && !LICENSOR_BOUND.test(r.text) && !CARVE_OUT.test(r.text) && !statesPractice(r.text) && !acceptsThisLicence(r));
  const neutral = [...reachStatements.map((r) => r.text), ...denied.map((r) => r.text), ...readings.filter((r) => r.isNeutral || CARVE_OUT.test(r.text) || (r.aboutLicensor && LICENSOR_CANNOT.test(r.text))).map((r) => r.text)];
  const out: Judgement[] = [];
  const situation = { clause: readings, binariesPermitted: input.binariesPermitted, text: input.text, before: before.split(' / ').pop() ?? '' };
  readings.forEach((r, i) => {
    if (i === 0 && DEFINING.test(r.text) && !about && !history) {
      const d = sourceDefinedAsGenerated(r);
      if (d) out.push({ ...d, ...r.span() });
    }
    // A definition of the grantee that leaves a class out binds wherever the licence is granted.
    const narrowed = i === 0 && !about && !history ? granteeNarrowed(input.text) : undefined;
    if (narrowed) out.push({ rule: 'excluded-group', criteria: [5], detail: narrowed, ...r.span() });
    if (r.isNeutral || about || history || r.has('past', 'removed') || LICENSOR_BOUND.test(r.text) || CANNOT_REVOKE.test(r.text) || CARVE_OUT.test(r.text) || (i === 0 && DEFINING.test(r.text) && !usesItsOwnTerm(r))) return;
    const licensor = r.aboutLicensor;
    for (const decide of DECISIONS) {
      if (licensor && !ABOUT_LICENSOR.has(decide)) continue;
      const d = decide(r, situation);
      if (d && !out.some((o) => o.rule === d.rule)) out.push({ ...d, ...(d.severity || certain(r, d) ? {} : { severity: 'warning' as const }), ...r.span() });
    }
  });
  const threshold = sizeThreshold(readings) ?? sizeByDefinition(readings, input.terms);
  if (threshold && !out.some((o) => o.rule === 'size-threshold')) out.push(threshold);
  // Where the decisions found nothing in a clause that binds, the learned layer may still recognise it.
  if (out.length === 0 && binding && !about && !history) {
    const learned = learnedJudgement(readings, input.text, input.binariesPermitted);
    if (learned) out.push(learned);
  }
  // (Or the clause leaves other software its own terms: "…; the other programs keep their own terms".)
  const copyleft = readings.some((r) => (r.has('guard', 'shareAlike') && !r.needsConsent && !r.has('other', 'alongside', 'beside')) || (r.has('other', 'other') && r.has('soft', 'permitAll') && r.forces(true).length === 0));
  return { judgements: out, binding, neutral, copyleft };
}

/** The only duty is to accept this licence itself: "Recipients must accept these terms". */
const acceptsThisLicence = (r: Reading): boolean => {
  if (!r.obliges || r.prohibits || r.exclusive || r.needsConsent || r.voids || r.has('subject', 'licensor') || r.has('tech')) return false;
  // The duty's verb is the acceptance itself, right after the modal ("must accept these terms"), not a step that carries it ("must send an e-mail stating that it accepts …").
  const accepts = r.all('action', 'accept');
  return accepts.length > 0 && accepts.every((a) => !a.inherited && r.all('modal', 'obligation').some((o) => !o.inherited && a.from - o.to <= 1 && a.from >= o.to) &&
    /\b(?:this|these|its)\s+(?:licen[cs]e|terms|conditions)\b/i.test(r.text.slice(a.start - r.provision.start, a.end - r.provision.start + 20)));
};

/** Where the defining words of a definition end inside its own sentence: "; ", ", and ". */
export const DEFINITION_END = /;\s|,\s+(?:and|but)\s/;

/**
 * A definition that goes on to use its term ("\"Eligible Licensee\" means a natural person …, and this
 * Licence is offered only to Eligible Licensees"): the term's words are lent after the definition
 * ends, and the rest of the sentence is a provision like any other.
 */
const usesItsOwnTerm = (r: Reading): boolean => {
  const end = DEFINITION_END.exec(r.text);
  return end !== null && r.provision.mentions.some((m) => m.inherited && m.start - r.provision.start > end.index);
};

/** A promise the licensor makes not to take the rights away: "The Licensor may not terminate this licence because you use the Software for …". */
/** A proviso that excepts something from the rule before it. */
const CARVE_OUT = /^\W*provided,?\s+(?:however,?\s+)?that\s+(?:the\s+foregoing|this\s+(?:section|clause|restriction|prohibition)|these\s+restrictions|such\s+(?:restrictions?|prohibitions?))\s+(?:shall|does|do|will)\s+not\b/i;
const LICENSOR_BOUND = /^\W*(?:the\s+)?(?:licensor|authors?|we)\s+(?:may|shall|will|must|can)\s*not\s+(?:\w+\s+){0,3}?(?:terminate|revoke|withdraw|suspend|rescind|cancel|discriminate|refuse|restrict|demand|require|charge)\b|^\W*(?:the\s+)?(?:licensor|authors?|we)\s+(?:may|shall|will|must|can)\s*not\s+on\s+the\s+grounds?\s+(?:that|of)\b[^.;]{0,60}?\b(?:terminate|revoke|withdraw|suspend|rescind|cancel|refuse|restrict)\b|\bno\s+(?:\w+'s\s+)?(?:licen[cs]es?|rights?|permissions?)\s+(?:may|shall|will|can)\s+be\s+(?:terminated|revoked|withdrawn|suspended|rescinded|cancell?ed)\b|^\W*(?:the\s+)?(?:licensor|authors?|we|publisher|foundation|maintainers)\s+(?:pledges?|promises?|undertakes?|commits?)\s+(?:that\s+)?(?:its|their|our)\s+own\b/i;
/** What the licensor says it cannot or will not do for you: "We cannot give legal advice". */
/** The licensor cannot take the licence back: "The Company cannot, however, withdraw the open licence". */
const CANNOT_REVOKE = /^\W*(?:we|the\s+(?:licensor|company|authors?|maintainers?|copyright\s+holders?|foundation))\s+(?:cannot|can't|can\s*not|may\s+not|will\s+not|won't|shall\s+not)\s*,?\s*(?:however\s*,\s*)?(?:withdraw|revoke|retract|rescind|take\s+back|terminate)\b/i;
const LICENSOR_CANNOT = /\b(?:we|licensor|authors?|maintainers?)\s+(?:cannot|can\s*not|can't|won't|don't|doesn't|will\s+not|do\s+not|does\s+not|(?:are|is)\s+not\s+able\s+to)\s+(?:give|provide|offer|guarantee|promise|answer|support|accept|assume|screen|block|vet|track|monitor|collect|exclude)\b/i;

/** "Licensee may not incorporate the Software into …": words of no obligation ("not incorporate") that a modal verb makes a prohibition. */
const prohibitionAfterAll = (r: Reading, m: Mention): boolean =>
  m.concept === 'notBinding' && !m.inherited && ['may', 'must', 'shall', 'will', 'can', 'should'].includes(r.provision.tokens[m.from - 1]?.word ?? '') &&
  // (Not "shall not be required", "shall not be construed as …": words about the licence; nor "you may not require a recipient to …", which protects others.)
  !['be', 'been', 'to', 'require', 'oblige', 'obligate', 'need', 'ask', 'demand', 'impose', 'restrict', 'charge'].includes(r.provision.tokens[m.from + 1]?.lemma ?? '');

/** A request followed by a flat denial of the rights: "please don't: companies with 1000+ engineers are NOT licensed to use this". */
const deniedAfterRequest = (r: Reading, m: Mention): boolean =>
  m.concept === 'request' && !m.inherited && r.forces().some((f) => f.concept === 'noRights' && !f.inherited && f.from > m.to + 2);

/** "Please note", "please don't misunderstand us": a "please" that asks for nothing. */
const pleaseNote = (r: Reading, m: Mention): boolean =>
  m.concept === 'request' && !m.inherited && (r.all('soft', 'neutral').some((n) => !n.inherited && n.from <= m.from && m.to <= n.to && /^please\b/i.test(r.text.slice(n.start - r.provision.start))) ||
    // "… is not covered by the licence; please contact sales": where to get what is withheld, not a request that softens it.
    PLEASE_CONTACT.test(r.text) ||
    // "… can't be distributed in any package that also contains …, so please pull KeyLatch out": what the rule asks of the reader, not a softener of it.
    /,\s+so\s+$/i.test(r.text.slice(0, m.start - r.provision.start)));
const PLEASE_CONTACT = /^\W*please\s+(?:contact|reach\s+out\s+to|get\s+in\s+touch\s+with|write\s+to|e-?mail|talk\s+to|ask)\s+(?:us|our|the\s+licensor|sales|licensing)\b/i;

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

/** What follows a request and enforces it: "If you do, your licence is void". */
const ENFORCED = /^\W*if\s+(?:you|they|a\s+licensee|the\s+licensee)\s+(?:do(?:\s+so)?|don't|do\s+not|does\s+not|fail\s+to|ignore\s+(?:this|it))\s*,\s*(?:your|the|their|this|its)\s+(?:licen[cs]e|rights?|permissions?)\s+(?:is|are|will\s+be|shall\s+be|becomes?|terminates?|ends?|lapses?|will\s+(?:terminate|end|lapse))\b/i;

/** A lead-in to the licensor's own promises. */
const LICENSOR_LIST = /^\W*(?:(?:things|what)\s+)?(?:we|the\s+(?:licensor|foundation|maintainers?|authors?|project|company)|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:foundation|project|team|maintainers|authors))\s+(?:will|shall|may|can|do|does)\s*(?:not|never)\b/i;
/** A lead-in to what nobody is bound to do or kept from doing: "Nothing in this section obliges you to:", "The Licensee is not obliged to:", "… do not apply to, and shall not restrict:", "covenants not to assert any claim that:". */
const NOTHING_REQUIRED = /\b(?:nothing\s+in\s+(?:this|the)\s+(?:section|licen[cs]e|agreement|clause|document)\s+(?:obliges|requires|compels|forces|shall\s+be\s+(?:construed|read|interpreted)\s+(?:to|as))|(?:is|are)\s+not\s+(?:obliged|required|obligated|bound)\s+to|(?:does|do|shall|will)\s+not\s+(?:require|oblige)\s+(?:you|the\s+licensee|licensees|recipients|anyone)\s+to|(?:do|does|shall)\s+not\s+apply\s+to,?\s+(?:and\s+)?(?:shall|do|does|will)\s+not\s+restrict|covenants?\s+not\s+to\s+assert)\b/i;
/** A lead-in to what a duty of the licence does not reach. */
const DUTY_NOT_REACHING = /\b(?:duty|duties|obligations?|requirements?|conditions?)\s+(?:\w+\s+){0,2}?(?:does|do|shall|will)\s+not\s+(?:extend|apply)\s+to\s*:?\s*$/i;

/** A lead-in whose items bind nobody who takes the licence: the licensor's own promises, what a duty does not reach, what nobody is bound to do. */
export const leadInBindsNobody = (text: string): boolean => LICENSOR_LIST.test(text) || DUTY_NOT_REACHING.test(text) || (NOTHING_REQUIRED.test(text) && /:\s*$/.test(text)) ||
  // (Or a list of whom or what a grant to all takes in: "This licence is granted to every person, including:".)
  (/\b(?:including|includes|include)\s*:\s*$/i.test(text) && EVERYONE.test(text) && !/\b(?:except|excluding|other\s+than|but\s+not|unless)\b/i.test(text));
/** Everyone or everything. */
const EVERYONE = /\b(?:every|any|all)\s+(?:persons?|one|body|users?|licensees?|recipients?|organi[sz]ations?|entities|companies|uses?|purposes?|fields?)\b|\b(?:everyone|everybody|anyone|anybody)\b/i;

function readLeadIns(leadIn: string): Mention[] {
  for (const text of leadIn.split(' / ')) {
    const provisions = readProvisions(text);
    const last = provisions[provisions.length - 1];
    if (!last) continue;
    const reading = new Reading(last, []);
    const lend = (ms: readonly Mention[]): Mention[] => ms.map((m) => ({ ...m, from: -1, to: -1, start: 0, end: 0, inherited: true, words: text.slice(m.start, m.end) }));
    const softened = last.mentions.filter((m) => m.slot === 'soft' && ['request', 'notBinding', 'alternative'].includes(m.concept));
    if (softened.length > 0) return lend(softened);
    // A list of the licensor's own promises ("Things the Tillbrook Foundation will not do:", "The Licensor shall not:"), or of
    // what a duty does not reach ("the source-offer duty does not extend to:"): its items bind nobody who takes the licence.
    if (leadInBindsNobody(text)) return [{ slot: 'soft', concept: 'notBinding', from: -1, to: -1, start: 0, end: 0, inherited: true, words: text }];
    if (reading.isNeutral) continue;
    const forces = reading.forces(true).filter((m) => ['prohibit', 'noRights', 'exclusive', 'voiding'].includes(m.concept) || (m.concept === 'obligation' && last.mentions.some((p) => p.slot === 'party')));
    if (forces.length > 0) return lend([...forces, ...last.mentions.filter((m) => LEAD_IN_SLOTS.has(m.slot) && m.slot !== 'modal')]);
  }
  return [];
}

/**
 * How certain a decision is: the force stands right by the words that carry the restriction
 * ("may not be used for military purposes"), or comes from the list's lead-in or the term's
 * definition. A force further away may govern another part of the sentence: a human should look,
 * so the finding is a warning.
 */
function certain(r: Reading, d: Decision): boolean {
  const key = d.key;
  if (!key || key.inherited) return true;
  return r.forces(true).some((f) => f.inherited || (key.from >= f.from - 6 && key.from <= f.to + 6));
}

const ANAPHOR = /^\s*(?:this|that|these|those|such|it|the\s+(?:policy|cla|code|guide|guidelines|request|limit|restriction|statement|table|summary|funding|above|clause|term|terms|requirement|obligation|condition|note|list))\b/i;
const softenerCache = new Map<string, boolean>();

/** Whether a sentence comments on the one before it so as to take its force away. */
/** "This is a personal wish and not a legal restriction": words that say the sentence before binds nobody. */
const NO_RESTRICTION = /\bnot\s+a\s+(?:legal\s+|binding\s+)?(?:restriction|requirement|condition|obligation)\b|\b(?:personal\s+)?wish\b/i;

function softens(sentence: string): boolean {
  let v = softenerCache.get(sentence);
  if (v === undefined) {
    const readings = readProvisions(sentence).map((p) => new Reading(p, []));
    // Words that deny bindingness ("not a condition", "only a request", "has no bearing"), not a
    // carve-out ("This restriction does not apply to end users of …"), which leaves the rule standing.
    // (Nor one that puts the work itself outside it: "This restriction is a rule of that site only and does not apply to the Software itself".)
    v = ANAPHOR.test(sentence) && (readings.some((r) => r.has('soft', 'request', 'notBinding')) || NO_RESTRICTION.test(sentence) || scopedAway(sentence));
    if (softenerCache.size > 10_000) softenerCache.clear();
    softenerCache.set(sentence, v);
  }
  return v;
}

/** The clause's force bears on a pronoun ("them", "it") rather than on a named work. */
function refersBack(readings: readonly Reading[]): boolean {
  return readings.some((r) => {
    const force = r.forces()[0];
    if (!force) return false;
    const object = r.all('object', 'work', 'source').find((m) => !m.inherited && m.from >= force.to);
    return object !== undefined && /^(?:it|them)$/i.test(r.text.slice(object.start - r.provision.start, object.end - r.provision.start));
  });
}

/**
 * A statement of fact about size ("this project has more than 100 million monthly active users"):
 * a measure of size, no force, duty or condition, and no licensee or class of licensees it could
 * apply to. It binds nobody.
 */
const statesSize = (r: Reading): boolean => r.has('size', 'metric') && r.forces(true).length === 0 && !r.conditions && !r.has('modal', 'exception') &&
  !r.all('modal').some((m) => m.inherited) && !r.word('unless', 'if', 'only') && FACT_SUBJECT.test(r.text.replace(LEADING_TIME, ''));
/** The work, the project, its makers, their users or their products as the subject: "this project has …", "most of our users are …", "the Model is used by …", "we have …", "the Licensor's own consumer product serves …". */
const FACT_SUBJECT = /^\W*(?:(?:this|the|our)\s+(?:project|software|model|library|program|work|community|package|engine|toolkit)\b|we\b|it\b|(?:(?:most|many|some|all|half|a\s+third|two-thirds)\s+of\s+)?our\s+(?:users|customers|downloads|installations|contributors|sponsors|adopters)\b|the\s+licensor(?:'s)?\s+(?:own\s+)?(?:\w+\s+)?(?:product|service|platform|app|application|assistant)\b)/i;
/** "As of the date of this licence, …", "To date, …", "Since 2019, …". */
const LEADING_TIME = /^\W*(?:as\s+of|to\s+date|since|at\s+the\s+time\s+of|today)\b[^,]{0,60},\s*/i;

/** Whether a sentence is about names, marks or notices. */
function namesOrNotices(sentence: string): boolean {
  return readProvisions(sentence).some((p) => p.mentions.some((m) => m.slot === 'object' && (m.concept === 'name' || m.concept === 'notice')));
}

