/**
 * OSD 7, distribution of licence: the rights must pass to every recipient with the work, without a
 * further licence, agreement, registration, credential or act of acceptance.
 */
import type { Mention } from './provisions';
import type { Reading } from './reading';
import { BEFORE_YOU_MAY } from './community';
import { about, aboutSomethingElse, type Decide, guardsRecipients, SERVICE_SUBJECT, words } from './decide';
/**
 * The duty is in a relative clause that says whom the sentence is about, and the sentence itself
 * permits ("Organisations that must sign a data-processing agreement for our hosted service can
 * contact sales"): nobody is made to sign anything for this licence.
 */
const describesWhom = (r: Reading): boolean => {
  const t = r.provision.tokens;
  const duty = r.all('modal', 'obligation').filter((o) => !o.inherited);
  if (duty.length === 0 || !duty.every((o) => ['that', 'who', 'which'].includes(t[o.from - 1]?.word ?? ''))) return false;
  const last = Math.max(...duty.map((o) => o.to));
  return t.slice(last).some((x, i) => ['can', 'may'].includes(x.word) && t[last + i + 1]?.word !== 'not');
};

/** A grant to the licensee "and to no other person": the rights stop at the first recipient. */
const GRANT_WORD = /\b(?:grants?|granted|licen[cs]es|licen[cs]ed)\b/i;
const NOBODY_ELSE = /\band\s+(?:to\s+)?(?:no\s+(?:other\s+)?(?:person|party|one|entity|individual|organi[sz]ation)|no\s?one\s+else|nobody\s+else)\b/i;
const granteeOnly = (text: string): RegExpExecArray | undefined => {
  const grant = GRANT_WORD.exec(text);
  const nobody = NOBODY_ELSE.exec(text);
  return grant && nobody && grant.index < nobody.index && nobody.index - grant.index <= 100 && !/[.;]/.test(text.slice(grant.index, nobody.index)) ? nobody : undefined;
};

/**
 * A person marked out by something done with the licensor: "a person who has not registered with the
 * Licensor", "each person who completes the Licensor's identity verification". The act (registering,
 * signing, a credential) in the relative clause just after "who", and the licensor named in it: a
 * further agreement with the licensor for every recipient (OSD 7), not a class of persons (OSD 5).
 */
export function actedWithLicensor(r: Reading): Mention | undefined {
  const t = r.provision.tokens;
  // (Marked out by what they did, "a person who has registered", "each recipient who passes …", not "persons entered on the Licensor's register".)
  const relative = (m: Mention): boolean => /\b(?:who|that|which)$/i.test(words(r, m)) || ['who', 'that'].includes(t[m.to]?.word ?? '');
  for (const q of [...r.all('who', 'qualified'), ...r.all('party', 'downstream')]) {
    if (q.inherited || !relative(q)) continue;
    const end = t.slice(q.to, q.to + 14).findIndex((x) => x.stop || x.word === ',');
    const upTo = q.to + (end < 0 ? 14 : end);
    const act = r.all('action', 'accept', 'credential', 'report').find((a) => !a.inherited && a.from >= q.from && a.to <= upTo && !/\b(?:this|these|its)\s+(?:licen[cs]e|terms|conditions)\b/i.test(words(r, a)));
    // (With the licensor named, or registering with whoever keeps the register: "Licensees who never registered …".)
    if (act && (r.all('subject', 'licensor').some((l) => l.from >= q.from && l.from < upTo) || (/regist|sign(?:ed)?\s+up|verif/i.test(words(r, act)) && act.from - q.to <= 2))) return act;
  }
  return undefined;
}

/** A purpose of receiving the rights, after an act: "… to receive these rights", "before exercising any rights". */
/** Getting the rights: "receive these rights", "exercise any licence". */
const GETTING_RIGHTS = String.raw`(?:receive|obtain|acquire|exercise|exercising|enjoy|get|hold)\s+(?:any\s+|the\s+|these\s+|such\s+|its\s+)?(?:rights|licen[cs]e|permissions?)\b`;
const RIGHTS_AFTER = new RegExp(String.raw`^[^.;]{0,60}?\b(?:(?:to|before)\s+` + GETTING_RIGHTS + String.raw`|(?:only\s+then|and\s+only\s+then|before\s+it|before\s+they)\s+(?:may|can)\s+(?:use|copy|run|modify|distribute|exercise)\b)`, 'i');
/** The purpose of receiving the rights heads the sentence: "To receive the rights in Section 2, each recipient must agree to …". */
const RIGHTS_FIRST = new RegExp(String.raw`^\W*(?:to|in\s+order\s+to)\s+` + GETTING_RIGHTS, 'i');
/** Copies or users not registered, activated or verified with the licensor. */
const UNREGISTERED = /\b(?:un(?:registered|activated|verified|linked)|non-registered)\s+(?:copies|copy|installations?|users?|recipients?|licensees?|devices?|instances?|downloads?|workstations?|machines?|computers?|servers?|seats?)\b|\b(?:copies|installations?|devices?|users?)\s+that\s+(?:are\s+not|aren't)\s+(?:registered|linked|activated|verified)\b/i;

/** A licence each must get from the licensor itself: "obtain one directly from the original licensor". */
const OBTAIN_FROM_LICENSOR = /\b(?:obtain|get|request|apply\s+for|acquire|purchase|buy)\s+(?:one|a\s+(?:separate\s+|new\s+|further\s+)?licen[cs]e|(?:their|its|his|her)\s+own(?:\s+licen[cs]e)?)\s+(?:directly\s+)?from\s+(?:the\s+)?(?:original\s+)?(?:licensor|author|copyright\s+holder|publisher|vendor)\b/i;

/** A failure to act, just before the act: "if you fail to register", "unless you sign". */
const FAILING_TO = /\b(?:if\s+(?:you|the\s+licensee|a\s+recipient)\s+(?:fails?|neglects?|omits?)\s+to|if\s+(?:you|the\s+licensee|a\s+recipient)\s+(?:do|does)\s+not|unless\s+(?:you|the\s+licensee|a\s+recipient))\s+(?:\w+\s+){0,2}$/i;
/** Until a step is taken: "until you fill out the request form", "unless they have registered". */
const UNTIL_A_STEP = /\b(?:until|unless)\s+(?:you|they|the\s+recipient|each\s+recipient|the\s+licensee)\s+(?:have\s+|has\s+)?(?:fill(?:ed)?\s+(?:out|in)|sign(?:ed)?|regist(?:er|ered)|complete(?:d)?|submit(?:ted)?|return(?:ed)?|request(?:ed)?|appl(?:y|ied)\s+for|enrol(?:led)?|activate(?:d)?)\b/i;
/** The licence or rights take effect (only when …): "this licence becomes effective … only when". */
const EFFECTIVE_ONLY = /\b(?:licen[cs]e|rights?|permissions?|grant)\s+(?:\w+\s+){0,2}?(?:becomes?|is|are|shall\s+be(?:come)?|will\s+be(?:come)?)\s+(?:effective|valid|in\s+force|operative)\b/i;

/** "This licence is personal to you and does not go with copies you pass on": the rights stay with the first licensee. */
const STAYS_PERSONAL = /\blicen[cs]e\b[^.;]{0,30}?\b(?:is|are|remains?)\s+personal\s+to\s+(?:you|the\s+licensee|the\s+original\s+\w+)\b[^.;]{0,40}?\b(?:does\s+not|do\s+not|shall\s+not|will\s+not|cannot|may\s+not)\s+(?:go|pass|transfer|travel|extend|follow|accompany)\b/i;

/** Rights that reach a recipient only once something more is done: "… obtains a licence only upon paying the Licensor's standard licence fee". */
const RIGHTS_ONLY_UPON = /\b(?:obtains?|receives?|acquires?|gets?|holds?|has|have|is\s+granted|are\s+granted)\s+(?:a\s+|any\s+|the\s+|its\s+|their\s+|such\s+)?(?:licen[cs]e|rights?|permissions?)\b[^.;]{0,40}?\bonly\s+(?:upon|on|after|once|when|if)\s+(?:(?:first\s+)?(?:paying|payment|purchas\w*|buying|registering|registration|signing|executing|obtaining|being\s+approved|approval|activat\w*)|the\s+licensor(?:'s)?\s+(?:approv|consent|confirm|issu|grant)\w*)/i;

/** What recipients get is whatever the distributor chooses, not this licence: "recipients … shall have only those rights that You grant to them, which may be narrower than the rights in this Licence". */
export const DISTRIBUTOR_DECIDES = /\b(?:have|has|receive|obtain|get|hold|enjoy|acquire)\s+only\s+(?:those|the|such)\s+rights\s+(?:that|which|as)\s+(?:you|the\s+(?:distributor|licensee|sublicensor|reseller))\s+(?:\w+\s+)?(?:grants?|chooses?|gives?|confers?|extends?|passes?)\b|\b(?:narrower|less|fewer|more\s+limited)\s+than\s+(?:the\s+rights|those)\s+(?:in|under|granted\s+by|of)\s+this\s+licen[cs]e\b/i;

/** A means or an act of accepting: "through the web form", "by clicking", "to the Licensor". */
const BY_SOME_MEANS = /^[^.;]{0,60}?\b(?:through|via|by\s+(?:clicking|signing|registering|ticking|checking|submitting|executing|returning)|using\s+the|on\s+the\s+\w+'s|portal|web\s*form|online\s+form|click|sign|deliver|return|(?:to|with)\s+the\s+(?:licensor|author|vendor|publisher))\b/i;

/** The rights stay behind when the work is passed on: "the rights do not travel with the files", "… give a copy to a friend, they're not covered by this licence". */
const STAY_BEHIND = /\b(?:rights?|licen[cs]es?|permissions?)\s+(?:do|does|shall|will)\s+not\s+(?:travel|pass|go|transfer|follow)\s+(?:on\s+)?(?:with|to)\s+(?:the\s+)?(?:files?|cop(?:y|ies)|software|program|work|recipients?|others?|anyone|new\s+holders?)\b|\b(?:give|pass|hand|send|share)\s+(?:a\s+copy|copies|it)\s+(?:on\s+)?to\s+(?:a\s+friend|friends|someone(?:\s+else)?|anyone|others?|a\s+colleague|another\s+person)\b[^.;]{0,30}?\b(?:(?:are|is)\s+not|aren't|isn't|'re\s+not)\s+covered\b/i;

export const downstream: Decide = (r, s) => {
  const behind = STAY_BEHIND.exec(r.text);
  if (behind) return { rule: 'rights-not-passed', criteria: [7], detail: `rights not passed on: ${behind[0]}` };
  const personal = STAYS_PERSONAL.exec(r.text);
  if (personal) return { rule: 'rights-not-passed', criteria: [7], detail: `personal: ${personal[0].replace(/^.*?(?=personal)/i, '')}` };
  // (Not a duty that falls on the original licensee alone: "only the original licensee must report".)
  const dutyOnly = r.obliges && !r.noRights && !r.has('action', 'use', 'copy', 'distribute', 'modify') && !r.word('right', 'rights', 'licence', 'license', 'licensed', 'permission', 'permissions', 'benefit', 'benefits');
  const original = dutyOnly ? undefined : r.all('party', 'original').find((m) => r.governs(m, 10) && (r.exclusive || r.noRights));
  if (original) return { rule: 'rights-not-passed', criteria: [7], ...about('only', r, original) };
  const grantee = granteeOnly(r.text);
  if (grantee && !r.insideCondition(grantee.index)) return { rule: 'rights-not-passed', criteria: [7], detail: `granted to the licensee ${grantee[0]}` };
  const flowDown = r.all('action', 'accept').find((m) => /protective|restrictive|enforceable|binding written|agreement with the recipient/i.test(words(r, m)));
  if (flowDown && (r.obliges || r.needsConsent)) return { rule: 'additional-agreement', criteria: [7], ...about('recipients bound by', r, flowDown) };
  const accept = r.own('action', 'accept');
  // The recipient, not a word inside what is to be accepted ("a separate end-user licence agreement").
  // (Or a class of persons who receive it: "Schools and universities receiving the Courseware must …".)
  // (Not a party named inside the words that deny the rights: "… are not among the persons to whom this licence is granted".)
  const party = r.all('party').find((p) => (!accept || p.inherited || p.from >= accept.to || p.to <= accept.from) && !r.forces().some((f) => !f.inherited && f.concept === 'noRights' && f.from < p.from && p.to <= f.to && /^not\b/i.test(words(r, f)))) ?? r.all('who', 'qualified')[0] ??
    r.all('who').find((w) => !w.inherited && r.provision.tokens[w.to]?.word === 'receiving');
  // "… only by holders of an approved Creator Account", "… only after obtaining a Contributor Certificate issued by …": a credential from the licensor for every holder.
  const credential = r.own('action', 'credential');
  if (credential && (r.exclusive || r.obliges || r.noRights || r.needsConsent) && !guardsRecipients(r) && !aboutSomethingElse(r) && !SERVICE_SUBJECT.test(r.text)) return { rule: 'additional-agreement', criteria: [7], ...about('recipients need', r, credential) };
  // "Redistribution is permitted only to parties who have agreed to the Supplementary Terms": only those who accepted more.
  const agreedFirst = r.exclusive ? r.all('action', 'accept').find((a) => !a.inherited && r.forces().some((f) => f.concept === 'exclusive' && f.to <= a.from && a.from - f.to <= 8) &&
    r.provision.tokens.slice(Math.max(0, a.from - 3), a.from).some((t) => t.word === 'who' || t.word === 'that') && !/\b(?:this|these|its)\s+(?:licen[cs]e|terms|agreement|conditions)\b/i.test(words(r, a))) : undefined;
  if (agreedFirst && !guardsRecipients(r) && !aboutSomethingElse(r)) return { rule: 'additional-agreement', criteria: [7], ...about('only those who', r, agreedFirst) };
  // "You must sign up for an account with the Foundation to use the Engine": registering with the licensor before using the work.
  const signUp = r.obliges && r.has('subject', 'licensor') && r.has('object', 'work') && r.has('action', 'use', 'distribute', 'copy', 'modify') && !/contribut|support|newsletter|mailing/i.test(r.text)
    ? r.all('action', 'accept').find((a) => !a.inherited && /\b(?:sign\s+up|sign\s+in|regist|enrol|account)/i.test(words(r, a))) : undefined;
  if (signUp && !guardsRecipients(r) && !aboutSomethingElse(r)) return { rule: 'additional-agreement', criteria: [7], ...about('registration with the licensor', r, signUp) };
  // "… licensed to a person who has not registered with the Licensor", "granted … to each person who completes the Licensor's identity verification".
  const qualifiedBy = actedWithLicensor(r);
  if (qualifiedBy && (r.restricts || r.word('granted', 'licensed', 'extended')) && !guardsRecipients(r) && !aboutSomethingElse(r)) return { rule: 'additional-agreement', criteria: [7], ...about('only those who', r, qualifiedBy) };
  // "You must sign and return the licence agreement to receive these rights": the rights wait on a signature or a registration.
  // (Or before the licensee may act at all: "Before you may modify or redistribute the Software, you must sign …".)
  const signedFor = r.obliges ? r.all('action', 'accept').find((a) => !a.inherited && ((/\b(?:sign|execut|return|regist|countersign|enrol)/i.test(words(r, a)) && (RIGHTS_AFTER.test(r.text.slice(a.end - r.provision.start)) || BEFORE_YOU_MAY.test(r.text))) ||
    (RIGHTS_FIRST.test(r.text) && !/\b(?:this|these|its)\s+(?:licen[cs]e|terms|conditions)\b/i.test(words(r, a))))) : undefined;
  if (signedFor && !guardsRecipients(r) && !aboutSomethingElse(r)) return { rule: 'additional-agreement', criteria: [7], ...about('the rights wait on', r, signedFor) };
  // "To receive the rights in Section 2, each recipient must agree to the Licensor's Privacy Policy": a further document of the licensor's to accept.
  const policy = RIGHTS_FIRST.test(r.text) && r.obliges ? r.all('purpose', 'policy').find((p) => !p.inherited) : undefined;
  if (policy && !guardsRecipients(r)) return { rule: 'additional-agreement', criteria: [7], ...about('the rights wait on', r, policy) };
  // "Unregistered copies are not licensed": the rights denied to whoever has not registered or activated.
  const unregistered = (r.prohibits || r.noRights) ? UNREGISTERED.exec(r.text) : null;
  if (unregistered && !guardsRecipients(r) && !aboutSomethingElse(r)) return { rule: 'additional-agreement', criteria: [7], detail: `rights denied: ${unregistered[0]}` };
  // "Recipients do not automatically receive a licence; each must obtain one directly from the original licensor": every recipient licensed by the licensor on application.
  const applies = r.obliges && !/\b(?:want|wish|prefer)\b/i.test(s.text) && s.clause.some((o) => o.has('party', 'downstream')) ? OBTAIN_FROM_LICENSOR.exec(r.text) : null;
  if (applies && !guardsRecipients(r)) return { rule: 'additional-agreement', criteria: [7], detail: `recipients must ${applies[0]}` };
  const chosen = s.clause.some((o) => o.has('party', 'downstream')) ? DISTRIBUTOR_DECIDES.exec(r.text) : null;
  if (chosen && !/\b(?:no|not|never)\b[^.;]{0,20}(?:narrower|less|fewer)/i.test(r.text)) return { rule: 'rights-not-passed', criteria: [7], detail: `recipients' rights set by the distributor: ${chosen[0]}` };
  // "A person who receives the Work via redistribution obtains a licence only upon paying …": the rights wait on an act for each recipient.
  const upon = r.has('party', 'downstream') ? RIGHTS_ONLY_UPON.exec(r.text) : null;
  if (upon && !guardsRecipients(r) && !aboutSomethingElse(r)) return { rule: 'additional-agreement', criteria: [7], detail: `recipients' rights only ${upon[0].replace(/^.*?\bonly\s+/i, '')}` };
  // "Your rights … terminate automatically if you fail to register your installation with the Portal": the rights end unless a further step is taken.
  // "… becomes effective for your organisation only when an authorised officer signs the Adoption Form": they begin only once it is.
  const step = r.all('action', 'accept').find((a) => !a.inherited && /\b(?:sign|execut|regist|enrol|activat|countersign|fill|submit|complet)/i.test(words(r, a)) && !/\b(?:this|these|its)\s+(?:licen[cs]e|terms|conditions)\b/i.test(words(r, a)));
  const waitsOn = step && !guardsRecipients(r) && !aboutSomethingElse(r) &&
    ((r.voids && FAILING_TO.test(r.text.slice(0, step.start - r.provision.start))) || (EFFECTIVE_ONLY.test(r.text) && r.all('modal', 'exclusive').some((x) => !x.inherited && x.to <= step.from && step.from - x.to <= 6)));
  if (waitsOn) return { rule: 'additional-agreement', criteria: [7], ...about('the rights wait on', r, step) };
  // "… you're not covered until you fill out the licence request form": no rights until a step is taken.
  const until = r.noRights || r.prohibits ? UNTIL_A_STEP.exec(r.text) : null;
  if (until && !guardsRecipients(r) && !aboutSomethingElse(r) && !/(?:this|these|its)\s+(?:licen[cs]e|terms|conditions)/i.test(r.text.slice(until.index, until.index + until[0].length + 20))) return { rule: 'additional-agreement', criteria: [7], detail: `the rights wait: ${until[0]}` };
  if (!party || guardsRecipients(r)) return undefined;
  // Rights that pass only once the licensor approves the recipient ("… only upon the Licensor confirming, by notice, that such person is an approved recipient").
  if (r.needsConsent && r.exclusive && r.all('modal', 'consent').some((c) => c.from > party.from)) return { rule: 'additional-agreement', criteria: [7], ...about('recipients need', r, r.all('modal', 'consent')[0]) };
  // (A duty to countersign "a copy of this licence" is a signature, not a notice.)
  if (aboutSomethingElse(r) && !(accept && /sign/i.test(words(r, accept)))) return undefined;
  // Any act of acceptance the recipient must perform: before the recipient, or just after it ("is to be executed by every end user").
  // (Not this licence itself: "… only to persons who accept its terms", "only upon accepting this License"; but accepting it by
  // some act or means is one: "must accept this Licence through the web form on the Licensor's portal".)
  const performed = r.all('action', 'accept').find((a) => !a.inherited && !(/\b(?:its|these|this)\s+(?:terms|conditions|licen[cs]e)\b/i.test(words(r, a)) && !BY_SOME_MEANS.test(r.text.slice(a.end - r.provision.start))) && r.governs(a, 10, true) && (party.inherited || party.from < a.from || (party.from >= a.to && party.from - a.to <= 3)));
  // (Or the rights are withheld until it is performed: "Unless a recipient has executed the Licensor's Undertaking, that recipient may not modify …".)
  const withheldUntil = performed && r.prohibits && /\b(?:unless|until|except\s+(?:where|when|if))\b/i.test(r.text.slice(0, performed.start - r.provision.start));
  if (performed && (r.obliges || r.exclusive || r.needsConsent || withheldUntil) && !describesWhom(r)) return { rule: 'additional-agreement', criteria: [7], ...about('recipients must', r, performed) };
  if (r.own('action', 'report') && (r.obliges || r.conditions || (r.exclusive && r.word('rights', 'licence', 'license', 'continue', 'continues')))) return { rule: 'additional-agreement', criteria: [7], detail: 'reporting on recipients' };
  if (r.needsConsent && r.all('modal', 'consent').some((c) => c.from > party.from)) return { rule: 'additional-agreement', criteria: [7], ...about('recipients need', r, r.all('modal', 'consent')[0]) };
  // "No third party shall acquire … any right or licence": a prohibition just before the verb of acquiring.
  const acquiring = r.provision.tokens.findIndex((t) => ['acquire', 'receive', 'obtain', 'get'].includes(t.lemma));
  const noneAcquired = r.noRights || (acquiring >= 0 && r.word('right', 'rights', 'license', 'licence') &&
    r.forces().some((f) => f.concept === 'prohibit' && !f.inherited && f.to <= acquiring && acquiring - f.to <= 3));
  if (noneAcquired && r.governs(r.own('party'), 8) && !r.has('object', 'name')) return { rule: 'rights-not-passed', criteria: [7], ...about('recipients', r, party) };
  return undefined;
};
