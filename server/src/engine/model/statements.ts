/**
 * Provisions that state something and bind nobody, whatever force words they hold: the licensor's
 * own promises and what it is, training data described or said to be unshareable, a statement that
 * nothing is withheld, and a policy or restriction that says the work is outside it. Part of what
 * makes a reading neutral (Reading.isNeutral).
 */
import type { Reading } from './reading';

/** A statement of what the licensor is. */
const LICENSOR_IS = /^\W*(?:the\s+)?(?:licensor|publisher|authors?|we)\s+(?:is|are|was|were)\s+(?:a|an|the)\s/i;
/** Where data is described, documented or listed. */
const DATA_DESCRIBED = /\b(?:described|documented|listed|disclosed|identified|explained|states?|stated)\b/i;
/** A policy, rule or restriction as the subject: "The Acceptable Use Policy …", "This restriction …". */
const RULE_NOUNS: ReadonlySet<string> = new Set(['policy', 'policies', 'rule', 'rules', 'restriction', 'restrictions', 'requirement', 'requirements', 'limit', 'limits', 'limitation', 'limitations', 'guideline', 'guidelines']);
const NOT_A_SUBJECT: ReadonlySet<string> = new Set(['may', 'shall', 'must', 'will', 'can', 'not', 'you', 'licensee', 'licensees', 'is', 'are']);
/** A policy, rule or restriction heads the sentence, after at most a heading: "The Acceptable Use Policy …", "This restriction …", "Section 15 Hosted service "Acceptable Use Policy" …". */
function ruleSubject(text: string): boolean {
  const words = text.toLowerCase().split(/[^\w'-]+/).filter(Boolean).slice(0, 9);
  const at = words.findIndex((w) => RULE_NOUNS.has(w));
  return at >= 0 && at <= 7 && !words.slice(0, at).some((w) => NOT_A_SUBJECT.has(w));
}
const NOT_APPLY_TO = /\bnot\s+apply\s+to\s+/gi;
/** Words that name the work itself. */
export const WORK_WORDS: ReadonlySet<string> = new Set(['software', 'model', 'weights', 'work', 'program', 'code', 'copies']);
const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'who', 'whose', 'unless', 'when', 'where', 'while', 'that', 'which', 'except']);
/** The licensee, first after "not apply to", as Chinese puts a relative clause before the work it describes. */
const LICENSEE_FIRST: ReadonlySet<string> = new Set(['you', 'licensee', 'licensees']);
const CLASS_WORDS: ReadonlySet<string> = new Set(['users', 'user', 'persons', 'people', 'companies', 'entities', 'licensees', 'anyone', 'organisations', 'organizations', 'customers', 'you']);

/** "… does not apply to the Software itself", "… to model weights you download": the work is outside the rule (not "to end users of the Software", a carve-out for a class). */
export function scopedAway(text: string): boolean {
  for (const m of text.matchAll(NOT_APPLY_TO)) {
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 100).toLowerCase().split(/[^\w'-]+/).slice(0, 12);
    const at = next.findIndex((w) => WORK_WORDS.has(w));
    // (Through "you" or "licensee" only where a relative clause leads to the work: "to you under this license download … model weights",
    // "to licensee download, deploy or distribute the model copy", as Chinese puts it, not "to you if you are a charity".)
    if (at >= 0 && (at < 5 || LICENSEE_FIRST.has(next[0])) && !next.slice(0, at).some((w, k) => (CLASS_WORDS.has(w) && !(LICENSEE_FIRST.has(w) && k === 0)) || CONDITION_WORDS.has(w))) return true;
  }
  return false;
}

/** A policy or rule that says the work is outside it: "those policies … do not apply to copies of the Model the licensee downloads". */
export const ruleScopedAway = (text: string): boolean => ruleSubject(text) && scopedAway(text);

/** The policies named before, taken up again: "but those policies …", "the above policy …". */
const POLICIES_AGAIN = /^\W*(?:(?:but|and|however),?\s+)?(?:those|these|such|the\s+above|the\s+foregoing|that|this|said)\s+(?:[\w-]+\s+)?(?:policy|policies|terms|rules|guidelines)\b/i;
/**
 * Where a clause names a policy or service and a later provision of it, taking those policies up
 * again, puts the work outside them ("Use of the hosted service is governed by the Acceptable Use
 * Policy; but those policies … do not apply to copies of the Model"): the index of that provision, or -1.
 */
export const policyPutAside = (texts: readonly string[]): number => texts.findIndex((t, k) => k > 0 && POLICIES_AGAIN.test(t) && ruleScopedAway(t));

/** The licensor's service commitments: "A 99.9 % uptime commitment …". */
const SERVICE_COMMITMENT = /\b(?:uptime|availability|service[- ]level|sla|support|response[- ]time)\s+(?:commitments?|guarantees?|agreements?|targets?|plans?)\b/i;
/** "No component … is …": what none of them is. */
const NONE_IS = /^\W*no\s+[\w-]+(?:\s+[\w-]+){0,8}?\s+(?:is|are|will\s+be|has\s+been|have\s+been)\s/i;
/** Words of training data before a "cannot": the data is the subject. */
const DATA_SUBJECT = /\b(?:data|datasets?|corp(?:us|ora)|records|tokens|archives?|texts?|images|samples|recordings)\b/i;
/** The licensor's own promises as the subject: "These undertakings …", "Such commitments …". */
const THESE_PROMISES = /^\W*(?:these|such|those|the\s+foregoing|the\s+above)\s+(?:undertakings|commitments|promises|assurances|pledges)\b/i;

/** The licensor's own service heads the sentence: "Our hosted API …", "The hosted service the Licensor operates …". */
const LICENSORS_SERVICE = /^\W*(?:(?:our|the\s+(?:licensor|provider|company|vendor)'s)\s+(?:[\w-]+\s+){0,2}?(?:api|service|services|platform|offering|website|site|endpoint|servers?)|the\s+(?:hosted|online|managed|cloud|web)\s+(?:[\w-]+\s+)?(?:service|api|platform|offering)s?\s+(?:that\s+|which\s+)?(?:the\s+licensor|we)\s+(?:operates?|runs?|provides?|offers?|hosts?))\b/i;
/** …said to stand outside this licence. */
const OUTSIDE_THIS_LICENCE = /\b(?:is|are)\s+(?:a\s+)?separate\s+(?:offering|service|product)s?\b|\bnot\s+(?:licen[cs]ed|covered|governed|offered)\s+(?:under|by)\s+(?:these\s+terms|this\s+(?:licen[cs]e|agreement))\b/i;

/** A duty said to bind contributors only: "This obligation binds only the person submitting code to the project, never the people who later receive the software". */
const CONTRIBUTORS_ONLY = /^\W*(?:this|that|the|these|such)\s+(?:obligations?|requirements?|duty|duties|undertakings?|warrant(?:y|ies)|representations?|certifications?)\s+(?:binds?|appl(?:y|ies)\s+to|falls?\s+on|(?:is|are)\s+owed\s+by)\s+only\s+(?:the\s+|a\s+|any\s+)?(?:contributors?|submitters?|(?:persons?|people|those|whoever)\s+(?:who\s+)?(?:submit|contribut)\w*)/i;

/** Words that free someone of what follows: "… are not bound by", "not subject to". */
const NOT_BOUND_BY = /\b(?:(?:is|are)\s+not\s+(?:bound|governed)\s+by|not\s+subject\s+to)\b/gi;
/** The words (lower case) after each "not bound by" in a text, up to five. */
const wordsFreedFrom = (text: string): string[][] => [...text.matchAll(NOT_BOUND_BY)].map((m) => text.slice(m.index + m[0].length, m.index + m[0].length + 60).toLowerCase().split(/[^\w-]+/).filter(Boolean).slice(0, 5));
const POLICY_WORDS: ReadonlySet<string> = new Set(['policy', 'policies', 'guidelines', 'rules', 'conduct']);
/** Someone said not to be bound by a policy: "Licensees who run the Model locally are not bound by the Use Policy". */
const notBoundByPolicy = (text: string): boolean => wordsFreedFrom(text).some((after) => after.some((w) => POLICY_WORDS.has(w)));
/** Whether the words at offset `at` (a policy's name) come within a few words after "not bound by" or "not subject to": "… is not bound by the Use Policy". */
export function freedFromAt(text: string, at: number): boolean {
  for (const m of text.matchAll(NOT_BOUND_BY)) {
    const end = m.index + m[0].length;
    if (end <= at && text.slice(end, at).split(/[^\w'-]+/).filter(Boolean).length <= 3) return true;
  }
  return false;
}

/** A rule whose reach is the licensor's service: "The Use Policy … applies only to calls to the Licensor's API". */
const ONLY_THE_SERVICE = /\b(?:appl(?:y|ies)\s+only|only\s+appl(?:y|ies))\s+to\b[^.;]{0,50}?\b(?:api|apis|application\s+(?:programming\s+)?interface|hosted\s+service|online\s+service|service|platform|endpoint|website)\b/i;

/** Whether the provision only states something and binds nobody. */
/** "… is needed only to join its partner programme", "required only for access to the Licensor's support portal". */
const NEEDED_ONLY_FOR_EXTRA = /\b(?:is|are)\s+(?:needed|required|necessary)\s+only\s+(?:to\s+(?:join|enrol|enroll|participate\s+in|receive\s+(?:support|updates|newsletters?)|access\s+(?:the\s+)?(?:licensor's|our|its))|for\s+(?:joining|membership|participation|access\s+to\s+(?:the\s+)?(?:licensor's|our|its)))\b/i;

export function bindsNobody(r: Reading): boolean {
  // What the licensor's own promises do: "These undertakings concern the Foundation's internal conduct and confer no rights on … users".
  // (Or the licensor's service commitments: "A 99.9 % uptime commitment applies only to customers of the managed hosting".)
  if (THESE_PROMISES.test(r.text) || (SERVICE_COMMITMENT.exec(r.text)?.index ?? 99) <= 16) return true;
  // The licensor's service put outside this licence: "The hosted service the Licensor operates … is a separate offering and is not licensed under these terms".
  if (LICENSORS_SERVICE.test(r.text) && OUTSIDE_THIS_LICENCE.test(r.text)) return true;
  if (CONTRIBUTORS_ONLY.test(r.text)) return true;
  // A step needed only for something beside the licence: "… is needed only to join its partner programme".
  if (NEEDED_ONLY_FOR_EXTRA.test(r.text)) return true;
  if (notBoundByPolicy(r.text) && r.forces().every((f) => f.concept !== 'prohibit' && f.concept !== 'exclusive')) return true;
  // What the licensor is: "The Licensor is a company with annual revenue of more than USD 1 billion".
  if (LICENSOR_IS.test(r.text)) return true;
  // Data described: "Non-public training data … is described in the data card, including parts that must be paid for".
  const described = DATA_DESCRIBED.exec(r.text);
  if (described && !/\b(?:not|no|never|nor|neither)\b|n't\b/i.test(r.text) && DATA_SUBJECT.test(r.text.slice(0, 60)) && !r.all('object', 'work').some((o) => !o.inherited && o.from < 8) && r.forces().every((f) => f.concept !== 'prohibit' && f.concept !== 'noRights')) return true;
  // A rule that says it does not bind the work: "The Acceptable Use Policy applies only to the online API service … and does not apply to model weights you download".
  if (ruleScopedAway(r.text) || (ruleSubject(r.text) && ONLY_THE_SERVICE.test(r.text) && /\b(?:licensor|our|provider)\b/i.test(r.text))) return true;
  // "No component required to run it is withheld": what none of them is.
  if (NONE_IS.test(r.text) && r.has('action', 'withhold') && r.forces().every((f) => f.concept !== 'prohibit' && f.concept !== 'noRights')) return true;
  // What the training data allows, said of the data: "Patient records used in fine-tuning cannot be shared because of confidentiality law".
  // (Or what the licensor itself may not do with it: "licensed clinical records that the Licensor is not permitted to redistribute".)
  const cannot = r.forces().find((f) => !f.inherited && f.concept === 'prohibit' && (/^can(?:not|'t)$/i.test(r.text.slice(f.start - r.provision.start, f.end - r.provision.start)) ||
    /\b(?:the\s+licensor|we)\s+(?:(?:is|are)\s+)?$/i.test(r.text.slice(Math.max(0, f.start - r.provision.start - 20), f.start - r.provision.start))));
  // (The work or its source before it, not the data: "training data" is a source word too.)
  const workBefore = (at: number): boolean => r.all('object', 'work', 'source').some((o) => !o.inherited && o.from < at && !DATA_SUBJECT.test(r.text.slice(o.start - r.provision.start, o.end - r.provision.start)));
  if (cannot && DATA_SUBJECT.test(r.text.slice(0, cannot.start - r.provision.start)) && !workBefore(cannot.from)) return true;
  return false;
}
