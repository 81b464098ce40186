/**
 * OSD 5, no discrimination against persons or groups: the rights withheld from, or conditioned on,
 * who the licensee is — a class named by kind, place, size, sector or conduct, a register the
 * licensor keeps, or whoever the licensor chooses to exclude.
 */
import { hasThresholdNumber } from '../numbers';
import type { Mention } from './provisions';
import type { Reading } from './reading';
import { about, aboutSomethingElse, BREACH_WORDS, type Decide, forBreach, words } from './decide';
import { actedWithLicensor } from './recipients';
const YOU_DEFINED = /^\W*(?:"|')?(?:you|your|licensee|recipient|user)s?(?:"|')?\s+(?:shall\s+)?means?\b/i;
const DEFINED_WITHOUT = /\b(?:does|do|shall|will)\s+not\s+include\b|\bexcluding\b|\bother\s+than\b|\bexcept\b/i;
const STRONG_WHO = new Set(['government', 'military', 'police', 'competitor', 'provider', 'industry', 'place', 'age', 'conduct', 'size']);
/**
 * A condition on who the licensee is, not on what it does: "If you are a company, …", "where the
 * recipient is a practising solicitor …", "should your organisation be owned by …", "if more than a
 * third of your revenue derives from …".
 */
const IDENTITY = /\b(?:if|where|when|whenever|should|once|in\s+case)\s+(?:you(?:\s+are|'re|\s+become|\s+work\s+(?:for|at)|\s+belong\s+to|\s+are\s+employed\s+(?:by|at)|\s+supply\s+goods|\s+receive\s+(?:investment|funding))|your\s+(?:paycheque|paycheck|salary|wages?)\s+comes?\s+from|(?:the|a|any)\s+(?:licensee|recipient|user)\s+(?:is|becomes)|your\s+(?:company|organi[sz]ation|employer|business|firm|entity)\s+(?:is|are|be|becomes)|(?:more|less)\s+than\s+[\w-]+\s+(?:of\s+)?your\s+(?:gross\s+)?(?:revenue|income|turnover|business))\s+(?!in\s+(?:breach|compliance|default)|bound|able|unable|not\s+(?:able|in\s+compliance))/i;
/** The definition of whoever the licence is granted to: "'Licensee' means …", "The term 'Permitted Entity' shall not include …". */
const GRANTEE_DEFINED = /^\W*(?:the\s+(?:term|expression)\s+)?["']?(?:you|licensee|recipient|user|end\s+user|(?:permitted|authori[sz]ed|eligible|licensed|qualified|approved)\s+(?:users?|entit(?:y|ies)|licensees?|persons?|part(?:y|ies)|recipients?|organi[sz]ations?|institutions?))s?["']?\s+(?:shall\s+)?(?:means?|refers?\s+to|includes?|(?:does|do|shall|will)\s+not\s+include)\b/i;
/** Who the definition leaves out, and by what: a list the licensor keeps, ownership by a state, an age. */
const LEFT_OUT = /\b(?:(?:does|do|shall|will)\s+not\s+include|excluding|other\s+than|except(?:\s+for)?|are\s+not\s+(?:you|licensees?|users?))\b/i;
const BY_REGISTER = /\b(?:appendix|schedule|annex|exhibit|list|register|registry|designated|sanctioned|majority[\s-]owned|controlled\s+by\s+(?:a|any)\s+(?:state|government))\b|\bupdated\s+by\s+the\s+licensor\b/i;
/** …or by kind or by size: "other than a company whose shares trade at a market capitalisation above one billion euros". */
const BY_KIND = /\b(?:governments?|state\s+(?:bod(?:y|ies)|agenc(?:y|ies)|entit(?:y|ies))|military|armed\s+forces|police|law[\s-]+enforcement|intelligence\s+(?:services?|agenc(?:y|ies))|competitors?|political\s+part(?:y|ies)|trade\s+unions?|hyperscalers?|data\s+brokers?)\b/i;
const BY_SIZE = /\b(?:above|over|exceed\w*|more\s+than|greater\s+than|in\s+excess\s+of|at\s+least)\b/i;
const AGE_BOUND = /\baged\s+(?:[\w-]+\s+){1,3}?(?:or|and)\s+(?:older|over|above)\b|\bover\s+the\s+age\s+of\b|\bunder\s+(?:the|that|this)\s+age\b/i;

/**
 * A definition of the grantee that leaves a class out: "'Licensee' means any individual or entity,
 * excluding those whose names appear in Appendix C", "'You' means a natural person aged twenty-one
 * or older", "The term 'Permitted Entity' shall not include any entity that is majority-owned … by a
 * state". The licence is then granted to everyone but that class, whatever sentence grants it.
 */
export function granteeNarrowed(clause: string): string | undefined {
  if (!GRANTEE_DEFINED.test(clause)) return undefined;
  const age = AGE_BOUND.exec(clause);
  if (age) return `age: ${age[0]}`;
  const left = LEFT_OUT.exec(clause);
  const rest = left ? clause.slice(left.index + left[0].length).replace(/^\s+/, '') : '';
  return left && (BY_REGISTER.test(rest) || BY_KIND.test(rest) || (BY_SIZE.test(rest) && hasThresholdNumber(rest))) ? `excluded from the licensee: ${rest.split(/[;,]/)[0].slice(0, 80)}` : undefined;
}

/**
 * The grant made on a condition of who the licensee is: "On condition that the Licensee is a
 * registered charity …", "Subject to the Recipient not being an employee of …", "Unless you are
 * enrolled at … an accredited educational institution". (Not a role every licence names: "provided
 * that you are a party to this Agreement", nor conduct: "provided that the Licensee is not in breach".)
 */
const GRANTED_IF_ONE = /\b(?:unless|provided\s+(?:always\s+)?that|on\s+(?:the\s+)?condition\s+that|subject\s+to|as\s+long\s+as|so\s+long\s+as|only\s+if)\s+(?:the\s+)?(?:licensee|recipient|user|you)\s+(?:(?:is|are|be|remains?)\s+(?:not\s+)?|(?:not\s+)?being\s+)(?:(?:a|an|any|one)\s+(?!party|licensee|recipient|contributor|holder|owner|affiliate|signatory|user|person|individual|natural|legal)[\w-]+|employed|enrolled|affiliated|registered|incorporated|based|resident|located|domiciled|headquartered|citizens?|owned|controlled|acting\s+(?:for|on\s+behalf)|part\s+of|members?\s+of)\b/i;

/** The consequence names a breach, a suit or a failure: a rule on conduct towards this licence. */
/** The rights withheld from whoever is named: "The permissions herein are withheld from news organisations and …". */
const WITHHELD_FROM = /\b(?:permissions?|rights?|licen[cs]es?|grants?)\b[^.;]{0,30}?\b(?:are|is|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:withheld|denied|refused)\s+(?:from|to)\s+((?:any\s+|all\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,5})/i;
const CONDUCT = [...BREACH_WORDS, 'sue', 'sues', 'litigation', 'terminated'];
/** What follows "persons who" when they are marked only by taking this licence: "accept its terms", "agree to this Licence". */
const THIS_LICENCE_ACCEPTED = /^\s*(?:who\s+|that\s+)?(?:accepts?|agrees?|comply|complies|consents?)\s+(?:to\s+|with\s+)?(?:its|these|this|the\s+terms\s+of\s+this)\s+(?:terms|licen[cs]e|conditions|agreement)\b/i;

/** Things that are kept somewhere, unlike persons who reside or are located there. */
const THINGS: ReadonlySet<string> = new Set(['copy', 'copies', 'file', 'files', 'data', 'software', 'model', 'weights', 'instance', 'instances', 'program', 'server', 'servers', 'it', 'them']);

/** Verbs by which the licensee vouches for what it is, and words that make the grant hang on it. */
const VOUCHES: ReadonlySet<string> = new Set(['represent', 'represents', 'warrant', 'warrants', 'certify', 'certifies', 'confirm', 'confirms', 'declare', 'declares', 'affirm', 'affirms', 'attest', 'attests']);
/** What follows "is not" when it names a kind of person: "a data broker", "acting on behalf of …", "owned by …", "a citizen of …". */
const KIND_AFTER_NOT: ReadonlySet<string> = new Set(['a', 'an', 'any', 'one', 'acting', 'owned', 'controlled', 'affiliated', 'employed', 'located', 'resident', 'organised', 'organized', 'incorporated', 'based', 'headquartered', 'domiciled', 'listed', 'named', 'designated', 'part', 'member', 'members']);

/**
 * The licensee vouches, or the grant is conditioned, on not being a kind of person: "Licensee
 * represents that it is not a citizen of … any country listed in Schedule C", "provided always that
 * the Licensee is not a data broker". Whatever the kind is called: a class of persons shut out.
 */
function notAKind(r: Reading): string | undefined {
  const t = r.provision.tokens;
  for (let i = 0; i < t.length; i++) {
    const hinge = VOUCHES.has(t[i].word) || (t[i].word === 'that' && ['provided', 'always', 'condition'].includes(t[i - 1]?.word ?? ''));
    if (!hinge) continue;
    for (let j = i + 1; j < Math.min(t.length - 1, i + 12); j++) {
      if (t[j].stop) break;
      if (!(['is', 'are'].includes(t[j].word) && (t[j + 1]?.word === 'not' || t[j + 1]?.word === "n't"))) continue;
      const kind = t[j + 2];
      if (kind && KIND_AFTER_NOT.has(kind.word)) return r.text.slice(kind.start - r.provision.start, t[Math.min(t.length - 1, j + 6)].end - r.provision.start);
    }
  }
  return undefined;
}

/** Plural nouns of persons and bodies a sentence may shut out by name, whatever their trade. */
const BODIES: ReadonlySet<string> = new Set(['organisations', 'organizations', 'companies', 'firms', 'agencies', 'carriers', 'providers', 'institutions', 'bodies', 'entities', 'businesses', 'corporations', 'governments', 'universities', 'banks', 'insurers', 'journalists', 'lawyers', 'accountants', 'advisers', 'advisors', 'brokers', 'ministries', 'departments', 'individuals', 'nonprofits', 'charities', 'hospitals', 'schools', 'startups', 'vendors', 'retailers', 'manufacturers', 'operators', 'employers', 'traders', 'dealers', 'consultancies', 'consultants', 'platforms', 'media', 'parties', 'unions', 'federations', 'associations', 'reinsurers', 'exchanges', 'bureaus', 'collectors']);
/** Things whose names end like persons' ("other browsers aren't covered"). */
const MACHINES: ReadonlySet<string> = new Set(['browsers', 'servers', 'containers', 'computers', 'drivers', 'printers', 'routers', 'layers', 'adapters', 'parameters', 'headers', 'filters', 'compilers', 'interpreters', 'controllers', 'processors', 'accelerators', 'monitors', 'sensors', 'connectors', 'tokenizers', 'transformers', 'encoders', 'decoders', 'loaders', 'wrappers', 'handlers', 'trackers', 'scanners', 'editors', 'installers', 'launchers', 'emulators', 'simulators', 'orchestrators', 'schedulers', 'clusters', 'numbers', 'letters', 'characters', 'vectors', 'tensors', 'factors', 'identifiers', 'containers', 'computers', 'papers', 'answers', 'matters', 'orders', 'errors', 'chapters', 'registers', 'centers', 'centres', 'meters', 'routers', 'modifiers', 'qualifiers', 'selectors', 'descriptors', 'iterators', 'generators', 'validators', 'converters', 'renderers', 'buffers', 'listeners', 'watchers', 'crawlers', 'bots']);
/** Roles every licence speaks of, which shut out no class: "Users may not remove notices", "Distributors may not …". */
const ROLES: ReadonlySet<string> = new Set(['users', 'licensees', 'recipients', 'distributors', 'redistributors', 'contributors', 'developers', 'authors', 'licensors', 'holders', 'owners', 'others', 'persons', 'people', 'maintainers', 'publishers', 'parties', 'sublicensees', 'customers', 'members', 'subscribers', 'readers', 'players', 'modders']);

/**
 * A class of persons named as the subject of a sentence that takes the work from it: "Lawyers,
 * accountants and financial advisers may not use the Software", "Telecommunications carriers and
 * internet service providers are not licensed to use the Software". The subject's head nouns are
 * persons or bodies by their ending (-ers, -ors, -ists, -ians) or by name, not a role every licence has.
 */
function classShutOut(r: Reading): string | undefined {
  const t = r.provision.tokens;
  // (The subject may carry a parenthesis of its own: "Law-enforcement officers, whether on or off duty and whether acting in an official or personal capacity, are not granted …".)
  const force = r.forces().find((f) => !f.inherited && (f.concept === 'prohibit' || f.concept === 'noRights') && (f.from <= 10 || (f.from <= 28 && r.text.slice(0, f.start - r.provision.start).includes(','))));
  // (Or they may not be among those who receive it: "… may not be recipients of the Software".)
  const notAmong = force !== undefined && r.provision.tokens[force.to]?.word === 'be' && ['recipients', 'recipient', 'licensees', 'licensee', 'users', 'user'].includes(r.provision.tokens[force.to + 1]?.word ?? '');
  if (!force || !(r.has('action', 'use') || r.noRights || notAmong) || r.has('object', 'name', 'notice') || force.from === 0) return undefined;
  // (The force takes the use from them, not a thing: "… may not use the Software", "are not licensed to use", not "may not be used".)
  if (t[force.to]?.word === 'be' && !['recipients', 'recipient', 'licensees', 'licensee', 'users', 'user', 'granted', 'licensed', 'given'].includes(t[force.to + 1]?.word ?? '')) return undefined;
  const subject = t.slice(0, force.from);
  if (subject.some((x) => ['who', 'that', 'which', 'if', 'where', 'when', 'unless', 'you', 'your', 'we', 'it'].includes(x.word))) return undefined;
  const heads = subject.filter((x) => BODIES.has(x.word) || (/^[a-z]{3,}(?:ers|ors|ists|ians)$/.test(x.word) && !MACHINES.has(x.word)));
  if (heads.length === 0 || heads.some((x) => ROLES.has(x.word))) return undefined;
  // (A long subject must open on its class, the parenthesis after it: not "Breaking the seal on the media envelope constitutes …, and copies … are unlicensed".)
  if (force.from > 10 && subject.indexOf(heads[0]) > 4) return undefined;
  // (Nothing more than others get is no exclusion: "funders receive no special rights under the licence".)
  if (r.provision.tokens.slice(force.from, force.to + 2).some((x) => ['special', 'additional', 'extra', 'further', 'preferential', 'greater', 'more'].includes(x.word))) return undefined;
  let last = subject.length - 1;
  while (last > 0 && ['are', 'is', 'shall', 'may', 'must', 'will', 'can', 'do', 'does', 'be'].includes(subject[last].word)) last--;
  return r.text.slice(subject[0].start - r.provision.start, subject[last].end - r.provision.start);
}

/**
 * A class of persons that must do something for the licensor that others need not: "Non-governmental
 * organisations must obtain the Licensor's written consent before deploying the Software", "Any
 * Licensee that is a public authority must notify the Licensor …", "Banks designated as systemically
 * important must pay the Licensor an annual fee". The subject names the class (bodies by name, or a
 * who-word of kind, place, size or sector), the duty is owed to the licensor, and it is no rule of law.
 */
function classBurdened(r: Reading): string | undefined {
  const t = r.provision.tokens;
  const duty = r.forces(true).find((f) => !f.inherited && (f.concept === 'obligation' || f.concept === 'exclusive') && f.from >= 1 && f.from <= 16);
  // (An offer is no burden: "Organisations that prefer not to follow the GPL may buy a commercial licence instead".)
  if (!duty || r.word('instead', 'alternatively', 'prefer', 'optionally') || r.has('object', 'name', 'notice') || r.has('guard', 'compliance') || r.word(...CONDUCT, 'law', 'laws', 'regulation', 'regulations', 'statutory', 'legally')) return undefined;
  const subject = t.slice(0, duty.from);
  if (subject.some((x) => ['you', 'your', 'we', 'it', 'if', 'where', 'when', 'unless', 'once', 'before', 'after'].includes(x.word))) return undefined;
  const heads = subject.filter((x) => BODIES.has(x.word) && !ROLES.has(x.word));
  const kind = r.all('who').find((m) => !m.inherited && m.from < duty.from && STRONG_WHO.has(m.concept));
  if (heads.length === 0 && !kind) return undefined;
  // Owed to the licensor: consent, a signature or registration, a report, or a payment.
  const owed = r.has('subject', 'licensor') && (r.needsConsent || r.has('action', 'accept', 'report') || r.has('fee', 'pay', 'money') || r.word('notify', 'approval', 'register', 'registration'));
  if (!owed) return undefined;
  let last = subject.length - 1;
  while (last > 0 && ['are', 'is', 'shall', 'may', 'must', 'will', 'can', 'do', 'does', 'be'].includes(subject[last].word)) last--;
  return r.text.slice(subject[0].start - r.provision.start, subject[last].end - r.provision.start);
}

export const excludedGroup: Decide = (r) => {
  if (aboutSomethingElse(r) || r.aboutLicensor) return undefined;
  // "If you are a company, this licence is not for you"; "where the recipient is a solicitor …, no licence arises".
  const identity = IDENTITY.exec(r.text);
  if (identity && !r.word(...CONDUCT) && (r.noRights || r.needsConsent || r.voids || r.forces().some((f) => f.concept === 'prohibit' && f.start - r.provision.start > identity.index))) {
    return { rule: 'excluded-group', criteria: [5], detail: `excluded: ${r.text.slice(identity.index, identity.index + identity[0].length + 40).split(/[,;:]/)[0].trim()}` };
  }
  const one = GRANTED_IF_ONE.exec(r.text);
  if (one && !r.word(...CONDUCT) && (r.noRights || r.needsConsent || r.voids || r.exclusive || r.word('grant', 'grants', 'granted', 'licensed', 'may', 'use'))) {
    return { rule: 'excluded-group', criteria: [5], detail: `only if: ${r.text.slice(one.index, one.index + one[0].length + 40).split(/[,;:]/)[0].trim()}` };
  }
  const kind = r.word(...CONDUCT) ? undefined : notAKind(r) ?? classShutOut(r) ?? WITHHELD_FROM.exec(r.text)?.[1];
  if (kind) return { rule: 'excluded-group', criteria: [5], detail: `excluded: ${kind}` };
  const burdened = classBurdened(r);
  if (burdened) return { rule: 'excluded-group', criteria: [5], detail: `burdened: ${burdened}` };
  // "free for everybody, except for the persons who work for the military"; "provided that the Licensee is not an entity headquartered in …".
  const excepted = r.all('who').find((m) => m.concept !== 'member' && r.all('modal', 'exception').some((x) => x.from <= m.from && m.from - x.to <= 6));
  if (excepted) return { rule: 'excluded-group', criteria: [5], ...about('excluded', r, excepted) };
  const conditioned = r.all('who', 'place', 'industry', 'government', 'military', 'police', 'competitor', 'provider', 'conduct').find((m) => r.all('modal', 'obligation').some((o) => /provided|condition|only if|long as/i.test(words(r, o)) && o.from < m.from && m.from - o.to <= 14) && /\bnot\b/i.test(r.text));
  if (conditioned) return { rule: 'excluded-group', criteria: [5], ...about('excluded', r, conditioned) };
  // "You may use … unless you, or any entity under common control with you, offer a product that competes with …".
  const unless = r.all('who').find((m) => STRONG_WHO.has(m.concept) && !m.inherited && r.provision.tokens.slice(Math.max(0, m.from - 14), m.from).some((t) => t.word === 'unless'));
  if (unless && r.word('may', 'use', 'licensed', 'granted')) return { rule: 'excluded-group', criteria: [5], ...about('excluded', r, unless) };
  // "'You' means any individual or Legal Entity …, but does not include any government body": the licensee defined without a class.
  if (YOU_DEFINED.test(r.text) && DEFINED_WITHOUT.test(r.text)) {
    const left = r.all('who').find((m) => STRONG_WHO.has(m.concept) && !m.inherited);
    if (left) return { rule: 'excluded-group', criteria: [5], ...about('excluded from the licensee', r, left) };
  }
  // "The rights are granted to Eligible Licensees", where an Eligible Licensee is anyone other than a bank.
  const leftOut = r.all('who', 'excluded').find((m) => m.inherited && m.from >= 0 && r.word('granted', 'licensed', 'extended', 'offered', 'available', 'grants', 'extends'));
  if (leftOut) return { rule: 'excluded-group', criteria: [5], ...about('excluded', r, leftOut) };
  // "only inside Japan", "only within the European Union" (not "only in Section 12").
  const territory = /\bonly\s+(?:in|inside|within)\s+(?:the\s+)?(?!Section|Clause|Article|Schedule|Annex|Appendix|Exhibit|Attachment|Paragraph|Part\b|Licensee|Licensor|Software|Work\b|Program|Model|User|Recipient|(?:Licensed|Permitted|Authori[sz]ed)\s+(?:Field|Use|Purpose))[A-Z][a-z]+/.exec(r.text);
  if (territory) return { rule: 'excluded-group', criteria: [5], detail: `territory: ${territory[0]}` };
  // "Licensor grants to each recipient established within the Territory a licence …": the grantee narrowed by where it is.
  const grant = r.provision.tokens.findIndex((t, i, all) => ['grants', 'licenses', 'licences'].includes(t.word) || (t.word === 'grant' && all[i + 1]?.word === 'to'));
  const placed = grant >= 0 ? r.all('who', 'place').find((m) => !m.inherited && m.from > grant && m.from - grant <= 6 && !r.provision.tokens.slice(grant, m.from).some((t) => ['wherever', 'whether', 'regardless', 'irrespective'].includes(t.word))) : undefined;
  if (placed) return { rule: 'excluded-group', criteria: [5], ...about('grantee', r, placed) };
  const age = r.all('who', 'age')[0];
  if (age && (r.obliges || r.restricts)) return { rule: 'excluded-group', criteria: [5], ...about('age', r, age) };
  if (!(r.prohibits || r.exclusive || r.needsConsent)) return undefined;
  const only = r.own('modal', 'exclusive');
  const before = (m: Mention, k: number): string => r.provision.tokens[m.from - k]?.word ?? '';
  const agent = (m: Mention): boolean => !m.inherited && (['by', 'to'].includes(before(m, 1)) || (['any', 'an', 'a', 'the'].includes(before(m, 1)) && ['by', 'to'].includes(before(m, 2))));
  // (Not those a termination leaves alone: "… only as regards you and not those who received copies from you".)
  const spared = (m: Mention): boolean => r.voids && r.provision.tokens.slice(Math.max(0, m.from - 2), m.from).some((t) => t.word === 'not');
  // (Nor those whose only mark is that they take this licence: "… only to persons who accept its terms".)
  const takesThisLicence = (m: Mention): boolean => m.concept === 'qualified' && THIS_LICENCE_ACCEPTED.test(r.text.slice(m.end - r.provision.start, m.end - r.provision.start + 60));
  // (Nor where a thing is: "a copy residing on any other device".)
  const whereAThingIs = (m: Mention): boolean => m.concept === 'place' && THINGS.has(before(m, 1));
  const who = r.all('who').filter((m) => r.governs(m, 16) && !spared(m) && !takesThisLicence(m) && !whereAThingIs(m) && !(m.concept === 'qualified' && actedWithLicensor(r))).find((m) =>
    (STRONG_WHO.has(m.concept) && (r.prohibits || r.exclusive)) ||
    (m.concept === 'territory' && r.near(only, m, 6)) ||
    ((m.concept === 'member' || m.concept === 'qualified' || m.concept === 'named') && (r.near(only, m, 6) || (r.exclusive && r.governs(m, 12)) || (r.prohibits && (m.from < 3 || agent(m))) || (r.noRights && m.concept !== 'member'))) ||
    // A class as the subject of a rule that needs a further licence: "Corporations … need a separate agreement".
    (STRONG_WHO.has(m.concept) && r.needsConsent && m.from <= 3 && !m.inherited) ||
    // A kind of person in law or trade, as the subject of the rule or right by "only": "corporations … may not rely on this licence".
    (m.concept === 'form' && !m.inherited && ((m.from <= 3 && (r.prohibits || r.noRights || r.needsConsent)) || r.near(only, m, 6) || (r.noRights && r.governs(m, 8)))) ||
    // (Or everyone else as the agent of a use forbidden: "use by anyone else is not permitted".)
    // (Not those a copy may not be handed to: "may not distribute modified copies to anyone else" restricts the copies, not a class.)
    (m.concept === 'residual' && (r.needsConsent || r.exclusive || r.noRights || (r.prohibits && agent(m) && !/^no\b/i.test(words(r, m)) && before(m, 1) !== 'no' && !(before(m, 1) === 'to' && r.has('action', 'distribute', 'copy'))))) ||
    // A defined class that leaves someone out, to which alone the rights go: "Rights are granted to Permitted Users only".
    (m.concept === 'excluded' && (r.exclusive || r.noRights || r.needsConsent || r.word('granted', 'licensed', 'extended', 'offered', 'available'))));
  if (!who) return undefined;
  if (who.concept === 'named' && !/(?<![\w-])[A-Z][\w-]+\s+(?:Inc|Corp|Ltd|LLC|GmbH|plc)\b/.test(r.text)) return undefined;
  return { rule: 'excluded-group', criteria: [5], ...about('excluded', r, who) };
};

/** Words that take the rights away from whoever a sentence describes: "No right is granted to", "are not extended to", "forfeits", "lose the right", "is not a Licensee", "is excluded". */
const RIGHTS_TAKEN = /\bno\s+rights?\s+(?:is|are|shall\s+be)\s+granted\s+to\b|\b(?:is|are)\s+not\s+(?:a\s+|an\s+)?(?:licensees?|permitted\s+users?|authori[sz]ed\s+users?|eligible\s+(?:users?|licensees?))\b|\bceases?\b[^.;]{0,40}?\bto\s+be\s+(?:a\s+)?licensee\b|\b(?:is|are)\s+excluded\b|\breceives?\s+no\s+rights\b|\bno\s+rights\s+(?:are|shall\s+be)\s+acquired\s+by\b|\b(?:rights?|permissions?|licen[cs]es?)\s+(?:is|are|shall\s+be)\s+not\s+(?:extended|granted|available)\s+to\b|\bforfeits?\b|\blos(?:e|es)\s+(?:the|all|any|every)\s+(?:rights?|permissions?)\b/i;
/** A person or body described by a relative clause: "individuals who have been sanctioned by …", "any entity that appears on …". */
const DESCRIBED = /\b(?:anyone|anybody|individuals|persons|people|any\s+(?:person|individual|entity|organi[sz]ation|company|party)|entities|organi[sz]ations|companies|parties|contributors)\s+(?:who|that|which|whom|against\s+whom)\s+([^,;.]{4,120})/i;
/** …or by a participle: "Persons banned from the community forum …", "entities listed on the Licensor's register". */
const DESCRIBED_BY = /\b(?:individuals|persons|people|users|members|entities|organi[sz]ations|companies|parties)\s+((?:banned|barred|expelled|blocked|suspended|blacklisted|listed|named|designated|sanctioned)\s+[^,;.]{4,120})/i;
/** Breaking a community's code, not this licence: "for Code of Conduct violations", "who violated the community guidelines". */
const COMMUNITY_CODE = /\b(?:code\s+of\s+conduct|community\s+(?:guidelines|standards|rules))\s+(?:violations?|breach(?:es)?)|\b(?:violat|breach)\w*\s+(?:of\s+)?(?:the|our|its|a)\s+(?:project's\s+)?(?:code\s+of\s+conduct|community\s+(?:guidelines|standards|rules))/gi;
/** What the relative clause must not be about: this licence, the work's own use, patents. */
const ABOUT_THIS_LICENCE = /\b(?:accept\w*|agree\w*|compl(?:y|ies|ied|iance)|breach\w*|violat\w*|fail\w*|infring\w*|patents?|uses?|using|distribut\w*|modif\w*|cop(?:y|ies|ying)|remov\w*|this\s+licen[cs]e|these\s+terms|its\s+terms)\b/i;

/**
 * A class of persons described rather than named, the rights taken from it: "Rights are not
 * extended to individuals who have been sanctioned by the Project's code-of-conduct committee",
 * "Anyone who has previously filed a copyright takedown notice against this project forfeits every
 * permission". Read from the shape, so a human should look (a warning).
 */
export const describedClass: Decide = (r) => {
  const taken = RIGHTS_TAKEN.exec(r.text);
  if (!taken || r.has('guard', 'licenceText')) return undefined;
  const described = DESCRIBED.exec(r.text) ?? DESCRIBED_BY.exec(r.text);
  if (!described) return undefined;
  // (The relative clause ends where the rights are taken: "Anyone who has filed … forfeits every permission under this licence".)
  const start = described.index + described[0].length - described[1].length;
  const clause = taken.index > start ? described[1].slice(0, taken.index - start) : described[1];
  if (ABOUT_THIS_LICENCE.test(clause.replace(COMMUNITY_CODE, ''))) return undefined;
  return { rule: 'excluded-group', criteria: [5], severity: 'warning', detail: `excluded: ${described[0].trim()}` };
};

/** "Any person that has ever commenced litigation against the Author … loses all rights": excluded for suing, whatever about. */
export const litigants: Decide = (r) => (r.retaliatesBroadly ? { rule: 'excluded-group', criteria: [5], severity: 'warning', detail: 'excluded: whoever sues the licensor' } : undefined);

/** An end that falls on whoever is of a kind: "terminate the licence of anyone who is a national …". */
const BY_WHO_THEY_ARE = /\b(?:terminate|revoke|withdraw|end|cancel)s?\s+(?:the\s+)?(?:licen[cs]es?|rights?|permissions?)\s+(?:of|for|from)\s+(?:anyone|any\s+(?:person|entity|organi[sz]ation|company|licensee)|every\s+(?:person|entity|licensee))\s+(?:who|that|which)\s+(?:is|are)\s+(?:a|an)\b/i;
/** The licensor may withdraw the licence from whoever it judges by their conduct ("may, by notice, withdraw this licence from any licensee that …"). */
export const withdrawal: Decide = (r) => {
  // (Breach words elsewhere in the sentence do not make an end by who someone is an end for breach: "… treat such a transfer as a breach … and will terminate the licence of anyone who is a national of …".)
  if (!r.voids || (forBreach(r) && !BY_WHO_THEY_ARE.test(r.text))) return undefined;
  // A class of persons ("as to any educational institution, charity or non-profit body"), not whoever breaches.
  const whom = r.all('who').find((m) => (STRONG_WHO.has(m.concept) || m.concept === 'member') && r.governs(m, 16, true));
  return whom ? { rule: 'excluded-group', criteria: [5], ...about('excluded', r, whom) } : undefined;
};

/**
 * The licensor may shut out whom it chooses: "reserves the right to exclude any named person from this
 * Licence", "may at its discretion bar any organisation from using …". Not a termination for breach.
 */
const EXCLUDES_AT_WILL = /\b(?:reserves?\s+the\s+right\s+to|may(?:\s+at\s+(?:any\s+time|its\s+(?:sole\s+)?discretion),?)?|is\s+entitled\s+to)\s+(?:exclude|bar|ban|blacklist|block|designate|refuse\s+to\s+(?:provide|supply|license|distribute)\s+(?:the\s+\w+\s+|it\s+)?to|(?:deny|refuse)\s+(?:this|the|its)\s+licen[cs]e\s+to|withhold\s+(?:this|the|its)\s+licen[cs]e\s+from)\s+(?:any|a|an|particular|specific|individual|named|certain)\b/i;
/** The licensor's own community spaces: "from its own chat rooms", "from our forums". */
const FROM_OWN_SPACES = /\bfrom\s+(?:its|our|their|the\s+(?:licensor|project)'s)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:forums?|chat|chat\s*rooms?|channels?|community|communities|events?|mailing\s+lists?|issue\s+trackers?|repositor(?:y|ies)|spaces?|discussions?|servers?|conferences?|meetups?)\b/i;
export const licensorExcludes: Decide = (r) => {
  const at = EXCLUDES_AT_WILL.exec(r.text);
  if (!at || r.word(...CONDUCT)) return undefined;
  // (Not a ban from the licensor's own spaces: "… to ban any person … from its own chat rooms".)
  if (FROM_OWN_SPACES.test(r.text.slice(at.index + at[0].length))) return undefined;
  return { rule: 'excluded-group', criteria: [5], detail: `excluded at the licensor's choice: ${at[0].replace(/\s+/g, ' ')}` };
};
