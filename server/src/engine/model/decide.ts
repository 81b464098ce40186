/**
 * What a decision is, and the helpers every decision shares: the words a mention stands for, the
 * detail a finding names, and the guards for provisions that restrict something other than the work.
 */
import type { Criterion, Severity } from '../types';
import type { Mention } from './provisions';
import type { Reading } from './reading';
import { WORK_WORDS } from './statements';

export interface Decision {
  /** The rule (criterion × idea) the decision backs. */
  readonly rule: string;
  readonly criteria: readonly Criterion[];
  readonly severity?: Severity;
  /** What carries the restriction, in the clause's own words ("screen job applicants", "threshold on annual revenue"). */
  readonly detail?: string;
  /** The mention that carries it, when there is one: how close the force stands to it decides the severity. */
  readonly key?: Mention;
}

/** What a decision may consult beyond the provision: the whole clause and document facts. */
export interface Situation {
  /** Every provision of the clause. */
  readonly clause: readonly Reading[];
  /** The document explicitly permits distributing software built from modified source. */
  readonly binariesPermitted: () => boolean;
  /** The whole clause text (cleaned). */
  readonly text: string;
  /** The sentence before the clause in its paragraph, cleaned ('' for none). */
  readonly before: string;
}

export type Decide = (r: Reading, s: Situation) => Decision | undefined;

export const words = (r: Reading, m: Mention | undefined): string =>
  m ? (m.words ?? r.text.slice(m.start - r.provision.start, m.end - r.provision.start)).replace(/\s+/g, ' ') : '';
/** The words that carry a decision, for its message, and the mention they stand in, for its certainty. */
export const about = (label: string, r: Reading, m: Mention | undefined): { detail?: string; key?: Mention } =>
  m ? { detail: label ? `${label}: ${words(r, m)}` : phrase(r, m), key: m } : {};

/** The words of a mention and up to three after it, to the next punctuation ("screen job applicants"). */
function phrase(r: Reading, m: Mention): string {
  if (m.words) return m.words.replace(/\s+/g, ' ');
  const from = m.start - r.provision.start;
  const rest = r.text.slice(from);
  const stop = /[,;:.()]/.exec(rest.slice(m.end - m.start));
  const end = m.end - m.start + (stop ? stop.index : rest.length - (m.end - m.start));
  const words3 = rest.slice(0, end).split(/\s+/).slice(0, (m.to - m.from) + 3).join(' ');
  return words3.replace(/\s+/g, ' ').trim();
}

/** The provision restricts something about names, notices or recipients' rights, not the work. */
/** The sentence speaks of the licensor's own service, not of the work: "Our hosted API requires an access token", "Our public demo server requires an API key". */
export const SERVICE_SUBJECT = /^\W*(?:our|the\s+(?:licensor|provider|company|vendor)'s)\s+(?:[\w-]+\s+){0,2}?(?:api|apis|service|services|platform|website|site|forum|cloud|endpoint|endpoints|server|servers|instance)\b/i;

/** A fact about what the licensor builds and offers, not a term: "A prebuilt installer is provided for Windows only" (not "… provided for use on Windows only"). */
const ARTEFACT_PROVIDED = /\b(?:installers?|binar(?:y|ies)|builds?|packages?|images?|downloads?|executables?|wheels?|apps?)\s+(?:is|are)\s+(?:only\s+|currently\s+)?(?:provided|published|offered|shipped|available|built|tested|supplied|produced)\s+(?:only\s+)?(?:for|on)\s+/i;
/** …for a purpose or a class of persons, which is a term and not a fact: "provided only for non-commercial use", "for paying customers". */
const FOR_WHOM = /^(?:[\w-]+\s+){0,2}?(?:use|uses|purposes?|users?|customers|members|subscribers|licensees)\b/i;

/** The licensor says what it does itself: "We only publish …", "The maintainers test on …". */
const LICENSOR_STATES = /^\W*(?:we|the\s+licensor|the\s+authors?|the\s+maintainers?|our\s+team)\s+(?:only\s+|currently\s+|also\s+|just\s+)*(?:publish|provide|ship|build|test|support|offer|release|host|package|produce|maintain)\w*\b/i;

/** What the licensor does or provides, said as a fact: it binds nobody ("We only test on …", "A prebuilt installer is provided for Windows only"). */
export const statesPractice = (text: string): boolean => {
  const artefact = ARTEFACT_PROVIDED.exec(text);
  // (The artefact opens the sentence, with at most three words before it: "A prebuilt installer", "Official binaries".)
  const opens = artefact !== null && /^\W*(?:[\w-]+\s+){0,3}$/.test(text.slice(0, artefact.index));
  return LICENSOR_STATES.test(text) || (opens && !FOR_WHOM.test(text.slice(artefact!.index + artefact![0].length)));
};

export const aboutSomethingElse = (r: Reading): boolean =>
  restrictsSomethingElse(r) || (r.has('object', 'service') && !r.own('object', 'work', 'source') && !RIGHTS_SUBJECT.test(r.text)) || aboutOtherLicence(r);

/** The sentence is about the rights themselves ("Rights under this licence last only while … a maintenance contract …"), whatever service it names. */
const RIGHTS_SUBJECT = /^\W*(?:(?:the|all|any|your|such)\s+)?(?:rights?|licen[cs]es?|grants?|permissions?)\s+(?:under|granted|conferred|in|of)\b/i;

/**
 * "the commercial licence exists only for people who prefer different terms": the subject is the
 * other licence of a dual-licensing offer, whose terms bind nobody who takes this one (not "a
 * commercial licence is required", which makes this one insufficient).
 */
const aboutOtherLicence = (r: Reading): boolean =>
  /^\W*(?:(?:and|but|so)\s+)?(?:the|a|an|our|its|any|that)\s+(?:separate\s+|paid\s+|commercial\s+|proprietary\s+|enterprise\s+|alternative\s+|other\s+)+licen[cs]e\s+(?!(?:is\s+|will\s+be\s+|shall\s+be\s+)?(?:required|needed|necessary|mandatory)|must|shall\s+be\s+obtained)\w/i.test(r.text);

/** "may not be sold by itself", "not as a standalone product": a rule on selling the work alone (OFL), which OSD 1 allows. */
export const standalone = (r: Reading): boolean =>
  r.has('action', 'sell') && r.all('guard', 'standalone').some((m) => !eitherWay(r, m) && !inLarger(r, m) && !r.insideCondition(m.start - r.provision.start) && r.forces(true).some((f) => f.inherited || m.from >= f.from || (f.from - m.to <= 6 && !/^but\b/i.test(words(r, f)) && r.provision.tokens[f.from - 1]?.word !== 'but')));

/** "as part of a larger collection", "within a larger work": inside something larger, the opposite of alone. */
const inLarger = (r: Reading, m: Mention): boolean => /\b(?:part\s+of|within|in|inside|into)\s+(?:a|an|any|the)\s*$/i.test(r.text.slice(0, m.start - r.provision.start));

/** "alone or within a collection", "by itself or as part of a bundle", "not by itself, and not as part of a compilation": both ways, so not a rule on selling it alone. */
const eitherWay = (r: Reading, m: Mention): boolean => /^[\s,]*(?:or|nor|and\s+not|(?:and\s+)?not\s+even)\s+(?:\w+\s+){0,3}?(?:with|within|in|inside|as\s+part\s+of|together|bundled|packaged|combined|included)\b/i.test(r.text.slice(m.end - r.provision.start));

/** What the provision's force bears on is a name, a notice or the licence text, not the work. */
export const restrictsSomethingElse = (r: Reading): boolean =>
  r.has('guard', 'licenceText') || rightToMarks(r.text) || NOT_PART_OF_WORK.test(r.text) || r.all('guard', 'origin').some((g) => !originalPerson(r, g)) || guardsRecipients(r) || standalone(r) || r.all('object', 'name', 'notice').some((m) => r.governs(m, 8) && !notAMarkToKeep(r, m) &&
    // (Not where the work stands before the name under the same force: "no right to use the Software or the Licensor's name".)
    !r.all('object', 'work').some((w) => !w.inherited && w.from < m.from && m.from - w.to <= 4 && r.governs(w, 8) && !/^(?:it|them)$/i.test(words(r, w)) &&
      r.provision.tokens.slice(w.to, m.from).some((t) => t.word === 'or' || t.word === 'and')));

/** What the rule is about is said not to be the work: "… the separately sold Pro weights, which are not part of the Font". */
const NOT_PART_OF_WORK = /\b(?:which|that)\s+(?:are|is)\s+not\s+(?:a\s+)?part\s+of\s+the\s+(?:font|software|work|model|program|library|toolkit|package|dataset)\b/i;
/** The right withheld is one to use names or marks: "grants no one (including competitors) any right to use the Licensor's names, trademarks or logos". */
const RIGHT_TO_USE = /\brights?\s+to\s+use\s+/gi;
const MARK_WORDS = /^(?:names?|trade-?marks?|marks?|logos?|trade\s+names?|brands?|service\s+marks?)\b/i;
function rightToMarks(text: string): boolean {
  for (const m of text.matchAll(RIGHT_TO_USE)) {
    const words = text.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/\s+/).slice(0, 5);
    const at = words.findIndex((w) => MARK_WORDS.test(w));
    if (at >= 0 && !words.slice(0, at).some((w) => WORK_WORDS.has(w.toLowerCase().replace(/\W+$/, '')))) return true;
  }
  return false;
}

/**
 * Words of origin inside words that say what they are: "… on the same terms as the original recipient"
 * (the first licensee), "after automated renaming of identifiers", "with identifiers renamed" (obfuscation), not a claim to be the original work.
 */
const originalPerson = (r: Reading, g: Mention): boolean => [...r.all('party', 'original'), ...r.all('action', 'withhold')].some((p) => p.from < g.to && g.from < p.to) ||
  // ("call the model through the API": invoking it, not naming it.)
  (/^call\b/i.test(words(r, g)) && ['model', 'api', 'service', 'endpoint', 'function', 'functions', 'library', 'method', 'methods', 'software'].includes(r.provision.tokens[g.to]?.word ?? '')) ||
  /\b(?:identifiers|variables|symbols|functions|classes|methods)\s+(?:\w+\s+)?$/i.test(r.text.slice(0, g.start - r.provision.start));

/**
 * "the name and address of each recipient", "in their own name": a person's name, not a mark; "without notice": a notice given, not a notice kept;
 * "Verdant-brand accelerators": a maker's products, not its mark; "all right, title and interest": ownership.
 */
const notAMarkToKeep = (r: Reading, m: Mention): boolean =>
  // ("a name approved in advance by the Licensor": the licensor's consent to the change, not a mark to keep.)
  (m.concept === 'name' && r.has('action', 'modify') && /\b(?:a|an|any|new)\s+(?:[\w-]+\s+)?$/i.test(r.text.slice(0, m.start - r.provision.start)) &&
    r.all('modal', 'consent').some((c) => c.from >= m.to && c.from - m.to <= 1) && r.has('subject', 'licensor')) ||
  (m.concept === 'name' && /\w-$/.test(r.text.slice(0, m.start - r.provision.start))) ||
  // ("right, title and interest": ownership, not a title to keep.)
  (m.concept === 'name' && r.all('soft', 'reservation').some((x) => x.from <= m.from && m.to <= x.to)) ||
  (m.concept === 'notice' && /\b(?:without|upon|prior|advance|written|giving|reasonable|further)\s+(?:\w+\s+)?$/i.test(r.text.slice(0, m.start - r.provision.start))) ||
  m.concept === 'name' && (/\b(?:bearing\s+(?:the\s+)?(?:[\w-]+'s\s+)?|own\s+)$/i.test(r.text.slice(0, m.start - r.provision.start)) || /^\s*(?:and\s+(?:postal\s+|e-?mail\s+)?(?:address|contact|e-?mail)|of\s+(?:each|every|the|any)\s+(?:recipient|person|licensee|user|customer))/i.test(r.text.slice(m.end - r.provision.start)));

/**
 * A rule that protects recipients' rights ("you may not restrict the recipients' exercise of the
 * rights"), not one whose recipient's rights lapse ("failing which that recipient's rights shall lapse")
 * or begin only later ("a recipient's rights commence only when …").
 */
export const guardsRecipients = (r: Reading): boolean =>
  r.all('guard', 'recipients').some((g) => (g.inherited || !/right/i.test(words(r, g)) || !r.all('modal', 'voiding', 'exclusive').some((v) => !v.inherited && v.from >= g.to && v.from - g.to <= 3)) &&
    // (Not the guard denied: "Recipients do not automatically receive a licence".)
    (g.inherited || !/receiv/i.test(words(r, g)) || !r.provision.tokens.slice(Math.max(0, g.from - 2), g.from).some((t) => t.lemma === 'not' || t.word === "n't" || t.word === 'never')));

/** "Only Authorised Users may use …": the narrowing is of persons, not of what they do. */
export const onlyPersons = (r: Reading): boolean => /^\W*(?:only|solely)\s+(?:the\s+)?(?:[A-Z]\w+|those|persons|people|members|users|customers)\b/.test(r.text);

/** A use permitted against payment: "is permitted upon payment of …", "is allowed only after purchase of …". */
export const PAID_PERMISSION = /\b(?:is|are)\s+(?:only\s+)?(?:permitted|allowed|licensed|authori[sz]ed)\s+(?:only\s+)?(?:upon|on|after|subject\s+to|against)\s+(?:the\s+)?(?:payment|purchase|receipt\s+of\s+payment)\b/i;

/** Words of conduct towards this licence or the law (a breach, a failure to comply, an infringement): what ends rights for that is termination, not a restriction. */
export const BREACH_WORDS: readonly string[] = ['breach', 'breached', 'breaches', 'violate', 'violated', 'violates', 'violation', 'fail', 'failed', 'fails', 'failure', 'comply', 'complied', 'compliance', 'infringe', 'infringes', 'infringement'];
/** The sentence speaks of a breach, a failure to comply or an infringement. */
export const forBreach = (r: Reading): boolean => r.word(...BREACH_WORDS);
