/**
 * The criteria as decisions over provisions: each decision is a small function that reads the
 * slots and force of a provision and says which idea of which criterion it breaks. A decision
 * names the words that carry the restriction (its `detail`), so that a finding explains itself.
 */
import type { Mention } from './provisions';
import type { Reading } from './reading';
import { Near } from '../near';
import type { Decision } from './decide';
import { about, aboutSomethingElse, type Decide, guardsRecipients, onlyPersons, SERVICE_SUBJECT, words } from './decide';
import { besideDemand, otherSoftware } from './other-software';
import { productSpecific } from './product';
import { technology } from './technology';
import { derivedRevocable, modification, patchOnly, sourceCode, sourceDelayed, sourceWithheld } from './source';

export { type Decision, type Decide, type Situation, restrictsSomethingElse } from './decide';


/** A verb of use followed, within the sentence, by what it is used for. */
const USED_FOR = new Near(/\b(?:used?|using|run|running|deploy\w*|employ\w*)\b/i, ['[^.;]{0,80}', /\b(?:to|for|in|in connection with|as part of)\s+\w/i]);




/** The sale word says what is sold is something else: "anything you sell", "any product that is sold". */
const soldThing = (r: Reading, sell: Mention): boolean =>
  r.provision.tokens.slice(Math.max(0, sell.from - 3), sell.from).some((t) => ['you', 'that', 'which', 'we', 'they'].includes(t.word));

// OSD 1: free redistribution.
const sale: Decide = (r) => {
  if (aboutSomethingElse(r)) return undefined;
  // "You may redistribute it only free of charge": giving away is allowed, selling is not.
  const freeOnly = r.all('fee', 'free').find((f) => !f.inherited && /charge|cost|fee|gratis|for free/i.test(words(r, f)) && r.all('modal', 'exclusive').some((x) => !x.inherited && !/\bif\b/i.test(words(r, x)) && r.near(x, f, 6)));
  if (freeOnly && r.has('action', 'distribute', 'copy') && !r.has('soft', 'costOnly') && !sourceCode(r)) return { rule: 'no-sale', criteria: [1], ...about('only', r, freeOnly) };
  // "Redistribution is permitted provided that no charge is made …", "share it, as long as you don't make money from it".
  const unpaid = unpaidCondition(r) ?? onlyFreeCopies(r);
  if (unpaid && !r.has('soft', 'costOnly') && !sourceCode(r)) return { rule: 'no-sale', criteria: [1], ...about('on condition', r, unpaid) };
  if (!r.prohibits) return undefined;
  // (Or the sale heads the turn of the sentence the prohibition closes: "…, but selling it for money, even in a bundle, is forbidden".)
  const sell = r.all('action', 'sell').find((m) => (r.governs(m, 8) || afterTurn(r, m)) && !r.all('fee', 'free').some((f) => f.from <= m.from && m.to <= f.to));
  // "Free of charge" bounds the ban unless a turn ("…, but selling it is prohibited") stands between them.
  const free = r.all('fee', 'free').some((f) => !sell || !r.provision.tokens.slice(Math.min(f.to, sell.from), Math.max(f.from, sell.to)).some((t) => t.word === 'but'));
  if (r.has('soft', 'costOnly') || free || sourceCode(r)) return undefined; // fees for source copies may be limited
  if (sell && /support|consult|service|installation|training/i.test(r.text)) return { rule: 'non-commercial', criteria: [6], detail: 'charging for services' };
  // "… but not in anything you sell", "in any product that is sold": a use in what is sold, not a sale of the work.
  if (sell && r.has('action', 'use') && !r.has('action', 'distribute', 'copy') && soldThing(r, sell)) return { rule: 'non-commercial', criteria: [6], ...about('use in', r, sell) };
  if (sell) return { rule: 'no-sale', criteria: [1], ...about('sale', r, sell) };
  // Distribution forbidden where money changes hands: "… in any distribution for which a charge is made".
  const money = r.all('fee', 'money').find((m) => r.governs(m, 20)) ?? r.all('action', 'sell').find((m) => r.governs(m, 20));
  if (money && !r.has('fee', 'free') && r.has('action', 'distribute', 'copy')) return { rule: 'no-sale', criteria: [1], ...about('charge for copies', r, money) };
  // "Commercial redistribution is not permitted".
  // (Not the name of a licence: "distributed under the Licensor's Commercial Licence".)
  const named = (m: Mention): boolean => r.all('modal', 'consent').some((c) => c.from <= m.from && m.to <= c.to);
  const commercial = r.all('purpose', 'commercial').find((m) => r.governs(m, 10) && !named(m) && r.all('action', 'distribute').some((d) => r.near(d, m, 3) || (d.from < m.from && r.near(d, m, 6) && HANDING_ON.test(words(r, d)))));
  if (commercial) return { rule: 'no-sale', criteria: [1], ...about('distribution', r, commercial) };
  return redistributionBanned(r);
};

/**
 * A ban on any distribution that is "not free of charge" ("No distribution of the Software is
 * permitted that is not free of charge to the recipient"): only free copies may be handed on. (A
 * duty to hand copies on without charge is left alone: it is more often a guard for recipients,
 * "the recipients must be able to do so without any charges".)
 */
const onlyFreeCopies = (r: Reading): Mention | undefined => {
  if (!r.prohibits || !r.has('action', 'distribute') || /\blicen[cs]e[ds]?\b/i.test(r.text)) return undefined;
  const t = r.provision.tokens;
  return r.all('fee', 'free').find((f) => !f.inherited && /charge|cost|fee|gratis|for free/i.test(words(r, f)) && (t[f.from - 1]?.word === 'not' || t[f.from - 2]?.word === 'not'));
};

/** The permission to hand copies on holds only while nothing is charged or earned: the condition's words on money. */
const unpaidCondition = (r: Reading): Mention | undefined => {
  const condition = r.all('modal', 'obligation').find((o) => !o.inherited && /provided|condition|long\s+as|only\s+if/i.test(words(r, o)));
  if (!condition || !r.all('action', 'distribute').some((d) => !d.inherited && d.to <= condition.from && HANDING_ON.test(words(r, d)))) return undefined;
  const after = (m: Mention): boolean => m.from >= condition.to && m.from - condition.to <= 8;
  const noCharge = r.all('fee', 'free').find((f) => after(f) && /^no\b/i.test(words(r, f)));
  if (noCharge) return noCharge;
  const refused = r.all('modal', 'prohibit').some((p) => after(p));
  return refused ? r.all('fee', 'money').find((m) => after(m)) ?? r.all('action', 'sell').find((m) => after(m)) : undefined;
};

/** A mention that opens the turn of a sentence ("but selling it …") which a later prohibition closes. */
const afterTurn = (r: Reading, m: Mention): boolean =>
  ['but', 'yet', 'however'].includes(r.provision.tokens[m.from - 1]?.word ?? '') && r.forces().some((f) => f.concept === 'prohibit' && !f.inherited && f.from > m.to);

/** Words that name handing copies on, among the broader verbs of the distribute slot ("provide", "include"). */
const HANDING_ON = /^(?:re)?distribut|^share|^publish|^convey|^dissemin|^give\s+away|^hand\s+out|^make\b.*\bavailable|^pass\s+on|^upload|^mirror/i;

const BAN = /\b(?:may|shall|must|can|will)\s+not\b|\bcannot\b|prohibit|forbid|\bnot\s+(?:be\s+)?(?:permit|allow)|\bno\s+one\b|\bnobody\b|\bnever\b/i;

/**
 * "You may not redistribute the Model weights to any third party": a flat ban on handing copies on
 * (no condition, no exception, no purpose or person that another decision judges, not about
 * modified versions, whose distribution OSD 3 judges).
 */
const redistributionBanned = (r: Reading): Decision | undefined => {
  const dist = r.all('action', 'distribute').find((m) => !m.inherited && r.governs(m, 8) && HANDING_ON.test(words(r, m)));
  if (!dist || r.has('action', 'modify') || r.has('modal', 'exception') || r.has('guard', 'shareAlike', 'compliance') || r.word('unless', 'except', 'until', 'if', 'otherwise')) return undefined;
  if (r.has('purpose') || r.has('who') || r.has('other') || r.needsConsent || r.conditions) return undefined;
  // A modal ban ("may not", "is prohibited"), not a "does not" that describes.
  if (!r.forces().some((f) => f.concept === 'prohibit' && BAN.test(words(r, f)))) return undefined;
  // "may not pass on to its recipients the rights described in this License": the rights, not copies, stop here.
  if (r.provision.tokens.slice(dist.to, dist.to + 6).some((t) => ['right', 'rights', 'licence', 'license', 'permission', 'permissions'].includes(t.word))) return { rule: 'rights-not-passed', criteria: [7], ...about('not passed on', r, dist) };
  return { rule: 'distribution-permission', criteria: [1], ...about('redistribution forbidden', r, dist) };
};

/** The work may not go into a compilation, collection or other aggregate distribution (OSD 1's "aggregate software distribution"). */
const aggregate: Decide = (r) => {
  if (aboutSomethingElse(r) || r.has('other', 'other') || r.has('soft', 'costOnly') || r.has('fee', 'free')) return undefined;
  const into = r.all('object', 'aggregate').find((m) => r.governs(m, 14) && (r.prohibits || r.needsConsent));
  // (What the aggregate may not hold besides the work is OSD 9's business: "Bundles that include the Software must not include any alternative implementation".)
  if (!into || !r.has('action', 'distribute', 'combine') || besideDemand(r)) return undefined;
  return { rule: 'aggregate-ban', criteria: [1], ...about('aggregate', r, into) };
};

const fee: Decide = (r) => {
  const money = r.own('fee', 'money') ?? r.own('fee', 'pay');
  if (!money || !r.own('fee', 'pay') || r.has('fee', 'free') || !(r.obliges || r.exclusive || r.needsConsent) || !r.has('action', 'distribute', 'sell', 'copy')) return undefined;
  // The payment stands near its duty, or a proviso names a royalty or fee paid on each copy ("provided that a royalty of five per cent of the sale price is paid to the Licensor").
  const pay = r.own('fee', 'pay');
  const governed = r.governs(pay, 10, true) || (r.conditions && r.all('fee', 'money').some((m) => /royalt|fee|per\s*cent|percent|%/i.test(words(r, m)) && r.near(m, pay, 8)));
  if (guardsRecipients(r) || r.has('soft', 'costOnly') || r.word('indemnify') || !governed) return undefined;
  return { rule: 'royalty-or-fee', criteria: [1], ...about('payment', r, money) };
};

/** A cap on the copies or recipients of a distribution: "no more than ten copies", "to at most 50 recipients". */
const COPY_CAP = /\b(?:no|not)\s+more\s+than\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|one\s+hundred)\s+(?:copies|recipients|persons|people|users|installations|units|devices|organi[sz]ations)\b|\bat\s+most\s+(?:\d[\d,]*|ten|five|three)\s+(?:copies|recipients)\b/i;

const distributionConsent: Decide = (r) => {
  // "Companies wishing to sell the Software must first enter into a reseller agreement with the Licensor."
  const sell = r.own('action', 'sell');
  if (sell && !aboutSomethingElse(r) && r.needsConsent && r.all('modal', 'consent').some((c) => r.near(c, sell, 12)) && !r.has('fee', 'free')) return { rule: 'distribution-permission', criteria: [1], ...about('sale', r, sell) };
  const dist = r.own('action', 'distribute');
  if (!dist || aboutSomethingElse(r) || r.has('action', 'modify')) return undefined;
  // "You may distribute no more than ten copies": a cap on copies or recipients.
  const cap = COPY_CAP.exec(r.text);
  if (cap && !r.has('fee') && !r.has('soft', 'costOnly')) return { rule: 'distribution-permission', criteria: [1], detail: `capped: ${cap[0]}` };
  if (r.needsConsent && r.all('modal', 'consent').some((c) => r.all('action', 'distribute').some((d) => r.near(c, d, 16)))) return { rule: 'distribution-permission', criteria: [1], ...about('distribution', r, dist) };
  if (r.obliges && r.has('action', 'report') && r.has('action', 'sell')) return { rule: 'distribution-permission', criteria: [1], detail: 'notice before selling' };
  // "Anyone who redistributes the Software must notify the author before the first distribution": a report for every redistribution.
  if (r.obliges && r.own('action', 'report') && /\b(?:before|prior\s+to|within\s+\S+\s+days?\s+(?:of|after|following))\b/i.test(r.text)) return { rule: 'distribution-permission', criteria: [1], severity: 'warning', detail: 'a report to the licensor for each redistribution' };
  if (r.exclusive && r.has('purpose', 'noncommercial')) return { rule: 'no-sale', criteria: [1], ...about('only', r, r.own('purpose', 'noncommercial')) };
  return undefined;
};

// OSD 5: persons and groups.
const YOU_DEFINED = /^\W*(?:"|')?(?:you|your|licensee|recipient|user)s?(?:"|')?\s+(?:shall\s+)?means?\b/i;
const DEFINED_WITHOUT = /\b(?:does|do|shall|will)\s+not\s+include\b|\bexcluding\b|\bother\s+than\b|\bexcept\b/i;
const STRONG_WHO = new Set(['government', 'military', 'police', 'competitor', 'provider', 'industry', 'place', 'age', 'conduct', 'size']);
/**
 * A condition on who the licensee is, not on what it does: "If you are a company, …", "where the
 * recipient is a practising solicitor …", "should your organisation be owned by …", "if more than a
 * third of your revenue derives from …".
 */
const IDENTITY = /\b(?:if|where|when|whenever|should|once|in\s+case)\s+(?:you(?:\s+are|'re|\s+become|\s+work\s+for|\s+belong\s+to)|(?:the|a|any)\s+(?:licensee|recipient|user)\s+(?:is|becomes)|your\s+(?:company|organi[sz]ation|employer|business|firm|entity)\s+(?:is|are|be|becomes)|(?:more|less)\s+than\s+[\w-]+\s+(?:of\s+)?your\s+(?:gross\s+)?(?:revenue|income|turnover|business))\s+(?!in\s+(?:breach|compliance|default)|bound|able|unable|not\s+(?:able|in\s+compliance))/i;
/** The consequence names a breach, a suit or a failure: a rule on conduct towards this licence. */
const CONDUCT = ['breach', 'breached', 'violate', 'violated', 'violation', 'fail', 'failed', 'fails', 'failure', 'comply', 'complied', 'compliance', 'infringe', 'infringement', 'sue', 'litigation'];
/** What follows "persons who" when they are marked only by taking this licence: "accept its terms", "agree to this Licence". */
const THIS_LICENCE_ACCEPTED = /^\s*(?:who\s+|that\s+)?(?:accepts?|agrees?|comply|complies|consents?)\s+(?:to\s+|with\s+)?(?:its|these|this|the\s+terms\s+of\s+this)\s+(?:terms|licen[cs]e|conditions|agreement)\b/i;

/** Things that are kept somewhere, unlike persons who reside or are located there. */
const THINGS: ReadonlySet<string> = new Set(['copy', 'copies', 'file', 'files', 'data', 'software', 'model', 'weights', 'instance', 'instances', 'program', 'server', 'servers', 'it', 'them']);

const excludedGroup: Decide = (r) => {
  if (aboutSomethingElse(r) || r.aboutLicensor) return undefined;
  // "If you are a company, this licence is not for you"; "where the recipient is a solicitor …, no licence arises".
  const identity = IDENTITY.exec(r.text);
  if (identity && !r.word(...CONDUCT) && (r.noRights || r.needsConsent || r.voids || r.forces().some((f) => f.concept === 'prohibit' && f.start - r.provision.start > identity.index))) {
    return { rule: 'excluded-group', criteria: [5], detail: `excluded: ${r.text.slice(identity.index, identity.index + identity[0].length + 40).split(/[,;:]/)[0].trim()}` };
  }
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
  const territory = /\bonly\s+(?:in|inside|within)\s+(?:the\s+)?(?!Section|Clause|Article|Schedule|Annex|Appendix|Exhibit|Attachment|Paragraph|Part\b)[A-Z][a-z]+/.exec(r.text);
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
    (m.concept === 'residual' && (r.needsConsent || r.exclusive || r.noRights)) ||
    // A defined class that leaves someone out, to which alone the rights go: "Rights are granted to Permitted Users only".
    (m.concept === 'excluded' && (r.exclusive || r.noRights || r.needsConsent || r.word('granted', 'licensed', 'extended', 'offered', 'available'))));
  if (!who) return undefined;
  if (who.concept === 'named' && !/(?<![\w-])[A-Z][\w-]+\s+(?:Inc|Corp|Ltd|LLC|GmbH|plc)\b/.test(r.text)) return undefined;
  return { rule: 'excluded-group', criteria: [5], ...about('excluded', r, who) };
};

/** "Any person that has ever commenced litigation against the Author … loses all rights": excluded for suing, whatever about. */
const litigants: Decide = (r) => (r.retaliatesBroadly ? { rule: 'excluded-group', criteria: [5], severity: 'warning', detail: 'excluded: whoever sues the licensor' } : undefined);

/** The licensor may withdraw the licence from whoever it judges by their conduct ("may, by notice, withdraw this licence from any licensee that …"). */
const withdrawal: Decide = (r) => {
  if (!r.voids || r.word('breach', 'breached', 'violate', 'violated', 'violation', 'fail', 'failed', 'fails', 'failure', 'comply', 'complied', 'compliance')) return undefined;
  // A class of persons ("as to any educational institution, charity or non-profit body"), not whoever breaches.
  const whom = r.all('who').find((m) => (STRONG_WHO.has(m.concept) || m.concept === 'member') && r.governs(m, 16, true));
  return whom ? { rule: 'excluded-group', criteria: [5], ...about('excluded', r, whom) } : undefined;
};

/**
 * The licensor may shut out whom it chooses: "reserves the right to exclude any named person from this
 * Licence", "may at its discretion bar any organisation from using …". Not a termination for breach.
 */
const EXCLUDES_AT_WILL = /\b(?:reserves?\s+the\s+right\s+to|may(?:\s+at\s+(?:any\s+time|its\s+(?:sole\s+)?discretion),?)?|is\s+entitled\s+to)\s+(?:exclude|bar|ban|blacklist|block|designate|refuse\s+to\s+(?:provide|supply|license|distribute)\s+(?:the\s+\w+\s+|it\s+)?to)\s+(?:any|a|an|particular|specific|individual|named|certain)\b/i;
const licensorExcludes: Decide = (r) => {
  const at = EXCLUDES_AT_WILL.exec(r.text);
  if (!at || r.word(...CONDUCT)) return undefined;
  return { rule: 'excluded-group', criteria: [5], detail: `excluded at the licensor's choice: ${at[0].replace(/\s+/g, ' ')}` };
};

// OSD 6: fields of endeavour.
/** A purpose word used as a purpose ("for research", "personal use", "academic purposes"), not as a verb ("studied"). */
const asPurpose = (r: Reading, m: Mention): boolean => {
  const t = r.provision.tokens;
  const before = t.slice(Math.max(0, m.from - 3), m.from).map((x) => x.word);
  const after = t[m.to]?.lemma ?? '';
  return m.inherited || before.includes('for') || before.includes('in') || ['use', 'purpose', 'only', 'setting', 'environment', 'project'].includes(after);
};

/** Purposes that narrow a grant by naming them. */
const NARROW: ReadonlySet<string> = new Set(['research', 'evaluation', 'education', 'personal', 'internal', 'open', 'noncommercial']);

const PURPOSE_RULE: Readonly<Record<string, string>> = {
  field: 'field-of-use', commercial: 'non-commercial', noncommercial: 'non-commercial', research: 'limited-purpose', evaluation: 'limited-purpose',
  education: 'limited-purpose', personal: 'limited-purpose', internal: 'limited-purpose', open: 'limited-purpose',
};
/** Things a relative clause can say the work goes into or serves ("any product or service that …"). */
const PRODUCT_KINDS: ReadonlySet<string> = new Set(['product', 'service', 'system', 'application', 'app', 'device', 'tool', 'platform', 'solution', 'offering', 'project', 'business', 'activity', 'process', 'software', 'website', 'program', 'operation']);

const fieldOfUse: Decide = (r, s) => {
  if (aboutSomethingElse(r) || r.aboutLicensor || r.has('guard', 'compliance')) return undefined;
  // "for any purpose other than the operation of gambling services".
  const other = r.all('soft', 'except')[0];
  const excluded = other && r.all('purpose').find((m) => m.concept !== 'policy' && m.from >= other.from && m.from - other.to <= 16);
  if (excluded) return { rule: PURPOSE_RULE[excluded.concept] ?? 'field-of-use', criteria: [6], ...about('', r, excluded) };
  const untrained = other && r.all('action', 'train').find((m) => m.from >= other.from && m.from - other.to <= 6);
  if (untrained) return { rule: 'competing-use', criteria: [6], ...about('use', r, untrained) };
  // "… provided that your use is not directed toward commercial advantage".
  const condition = r.all('modal', 'obligation').find((o) => !o.inherited && /provided|condition|long\s+as/i.test(words(r, o)));
  const conditioned = condition && r.word('not', 'no', "n't") ? r.all('purpose').find((m) => m.concept !== 'policy' && m.from > condition.from) : undefined;
  if (conditioned && r.has('action', 'use')) return { rule: PURPOSE_RULE[conditioned.concept] ?? 'field-of-use', criteria: [6], ...about('', r, conditioned) };
  // "If you use this at work or in a business you must register and pay": commercial use at a price.
  const business = r.insideCondition(0) || /^\W*(?:if|when|where|once)\b/i.test(r.text) ? r.all('purpose', 'commercial').find((m) => m.from < (r.own('modal', 'obligation')?.from ?? -1)) : undefined;
  if (business && r.has('action', 'use') && r.all('modal', 'obligation').some((o) => o.from > business.from && (r.all('fee', 'pay').some((p) => p.from > o.from && p.from - o.to <= 5) || r.word('register', 'registration', 'purchase', 'buy')))) {
    return { rule: 'non-commercial', criteria: [6], ...about('', r, business) };
  }
  // "… for evaluation purposes for a period of thirty days; thereafter all use must cease".
  const trial = r.all('purpose', 'evaluation', 'research').find(() => r.has('action', 'use') && /\b(?:period|days?|weeks?|months?)\b/i.test(r.text));
  if (trial && s.clause.some((o) => o.voids && !o.isNeutral)) return { rule: 'limited-purpose', criteria: [6], ...about('', r, trial) };
  const policy = [r.own('purpose', 'policy'), ...r.all('purpose', 'policy')].find((m) => r.governs(m, 12, true) || (m && r.has('guard', 'incorporate')));
  if (policy && (r.has('guard', 'incorporate') || r.obliges || r.prohibits) && (r.has('action', 'use') || r.word('license', 'licensee', 'right', 'rights'))) return { rule: 'acceptable-use-policy', criteria: [6], ...about('policy', r, policy) };
  const host = r.own('action', 'host');
  if (host && r.governs(host, 8) && r.prohibits && !guardsRecipients(r)) return { rule: 'hosted-service', criteria: [6], ...about('service', r, host) };
  const train = [r.own('action', 'train')].find((m) => r.governs(m, 8));
  if (train && r.prohibits && /benchmark/i.test(words(r, train))) return { rule: 'prohibited-use', criteria: [6], ...about('use', r, train) };
  if (train && r.prohibits && r.has('object', 'work', 'output')) return { rule: 'competing-use', criteria: [6], ...about('use', r, train) };
  // Service-stack copyleft: offering the work as a service obliges releasing the source of every program used to run it.
  if (r.has('action', 'host') && r.obliges && (sourceCode(r) || /\bpublish|\brelease/i.test(r.text)) && /\ball\s+(?:programs|software)|management|monitoring|backup|storage|hosting\s+software|service\s+source|stack|orchestration|dashboard|billing/i.test(r.text)) {
    return { rule: 'service-stack-source', criteria: [6, 9], detail: 'source of the whole service stack' };
  }
  // Commercial support or training services reserved to the licensor.
  const service = r.all('object', 'service').find((m) => r.governs(m, 12));
  if (service && r.has('purpose', 'commercial') && (r.exclusive || r.prohibits)) return { rule: 'non-commercial', criteria: [6], ...about('services', r, service) };
  // "The Software shall be used for good, not for harm": a duty to use it for some purposes only.
  const duty = /\b(?:shall|must|is\s+to|are\s+to)\s+(?:only\s+)?be\s+used\s+(?:only\s+|solely\s+|exclusively\s+)?(?:for|in)\b/i.exec(r.text);
  const dutyPurpose = duty && !/\b(?:lawful|legal|law|laws|accordance|compliance|complies)\b/i.test(r.text) ? r.all('purpose').find((m) => m.concept !== 'policy' && !m.inherited && m.start - r.provision.start > duty.index) : undefined;
  if (dutyPurpose) return { rule: PURPOSE_RULE[dutyPurpose.concept] ?? 'field-of-use', criteria: [6], ...about('', r, dutyPurpose) };
  // (Further from the force inside a relative clause that says what the product does: "may not incorporate the Software into any product or service that promotes … tobacco".)
  // (What the product does, not who a person is: "… to any person that the Licensor considers complicit in …" is OSD 5's.)
  const described = (m: Mention): boolean => r.governs(m, 22) && r.forces().some((f) => !f.inherited && f.to <= m.from &&
    r.provision.tokens.slice(f.to, m.from).some((t, i, ts) => (t.word === 'that' || t.word === 'which') && PRODUCT_KINDS.has(ts[i - 1]?.lemma ?? '')));
  const purposes = r.all('purpose').filter((m) => m.concept !== 'policy' && (r.governs(m, 12) || described(m)));
  // A grant is a use too: "licensed for academic research purposes only", "permission is granted to use … for the purpose of …".
  // (Or the work itself is forbidden a field, with no verb at all: "the model is off-limits for election campaigns".)
  const use = r.all('action', 'use')[0] ?? (purposes.some(described) ? r.own('guard', 'incorporate') : undefined) ?? (r.word('license', 'licensed', 'grant', 'granted', 'authorize', 'authorise', 'authorizes', 'authorises') || (r.prohibits && !r.has('action') && r.has('object', 'work') && purposes.length > 0 && ['for', 'in'].includes(r.provision.tokens[purposes[0].from - 1]?.word ?? '')) ? purposes[0] : undefined);
  // A grant that names only narrow purposes ("… for your own personal use", "for the purpose of astronomical research").
  const single = r.word('grant', 'granted', 'license', 'licensed', 'permission', 'permitted', 'may') && !r.has('purpose', 'commercial') && !r.has('soft', 'permitAll');
  // (A grant has no force to govern its purposes: "Permission is granted to use the Software for the purpose of astronomical research".)
  const grantWords = r.provision.tokens.flatMap((t, i) => (['granted', 'licensed', 'grant', 'grants', 'permission'].includes(t.word) ? [i] : []));
  const granted = grantWords.length === 0 || r.word('notwithstanding', 'addition', 'also', 'additionally') ? [] : r.all('purpose').filter((m) => m.concept !== 'policy' && !m.inherited &&
    grantWords.some((g) => m.from > g && m.from - g <= 14) && /^[a-z]/.test(r.text.slice(m.start - r.provision.start)) &&
    r.provision.tokens.slice(Math.max(0, m.from - 6), m.from).some((t) => t.word === 'for'));
  const narrowPurpose = [...purposes, ...granted].find((m) => NARROW.has(m.concept) && asPurpose(r, m)) ?? (/\bfor\s+the\s+(?:sole\s+)?purposes?\s+of\b|\bfor\s+use\s+in\b/i.test(r.text) ? [...purposes, ...granted].find((m) => m.concept !== 'commercial') : undefined);
  const fieldGrant = /\b(?:only|solely|exclusively)\s+for\s+use\s+(?:of\s+(?:[\w-]+\s+){1,5}?)?in\s+(?!accordance|compliance)\w+/i.exec(r.text);
  if (fieldGrant && !r.prohibits) return { rule: 'limited-purpose', criteria: [6], detail: `purpose: ${fieldGrant[0]}` };
  if (single && narrowPurpose && !r.prohibits) return { rule: PURPOSE_RULE[narrowPurpose.concept], criteria: [6], ...about('', r, narrowPurpose) };
  if (purposes.length > 0 && use) {
    const only = r.own('modal', 'exclusive');
    const narrowed = purposes.find((m) => m.concept !== 'field' && m.concept !== 'commercial' && r.all('modal', 'exclusive').some((x) => x.inherited || (m.from >= x.from - 6 && m.from <= x.to + 12)));
    if (narrowed) return { rule: PURPOSE_RULE[narrowed.concept], criteria: [6], ...about('', r, narrowed) };
    const p = purposes[0];
    // (Or the licence ends where the work is used so: "Use of the Engine in the tobacco trade terminates this licence".)
    const voidedUse = r.voids && !r.word('breach', 'violate', 'violation', 'fail', 'failure', 'comply', 'compliance', 'infringe', 'infringement') && r.all('action', 'use').some((u) => r.near(u, p, 8));
    if (r.prohibits || r.needsConsent || voidedUse || (r.exclusive && !onlyPersons(r) && p.concept !== 'commercial' && r.near(only, p, 6))) return { rule: PURPOSE_RULE[p.concept], criteria: [6], ...about('', r, p) };
  }
  // A forbidden use with a purpose we have no word for: "may not be used to generate …".
  // ("I don't grant anyone the right to use this code to …": a withheld right just before the use.)
  // (Or the use is the sentence's subject and the force its verb: "Running inference on this checkpoint for the purpose of generating … is not licensed".)
  const subjectUse = use !== undefined && use.from <= 1 && !use.inherited && /\b(?:for\s+the\s+purposes?\s+of|in\s+order\s+to|so\s+as\s+to)\b/i.test(r.text);
  const forbidden = r.own('modal', 'prohibit') ?? r.forces().find((f) => f.concept === 'noRights' && !f.inherited && (r.near(f, use, 3) || (subjectUse && f.from > use.to)));
  // (The thing used may be named in the licensee's own words: "the speech synthesiser", "the seismic-inversion routines".)
  const thing = r.has('object', 'work') || /^\W*(?:the|this|these|its|such|our)\s+[\w-]+/i.test(r.text) || /\buse\s+(?:the|this|these|its|our)\s+[\w-]+/i.test(r.text);
  if (forbidden && use && (r.near(forbidden, use, 3) || (subjectUse && forbidden.from > use.to) || r.forces().some((f) => f.concept === 'noRights' && !f.inherited && r.near(f, use, 3))) && thing && !r.has('guard', 'origin', 'licenceText') && !r.word('accept', 'manner') && USED_FOR.test(r.text) && !actedWithLicensor(r)) {
    return { rule: 'prohibited-use', criteria: [6], detail: undefined };
  }
  return undefined;
};

// OSD 7: distribution of licence.
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

const downstream: Decide = (r) => {
  const original = r.all('party', 'original').find((m) => r.governs(m, 10) && (r.exclusive || r.noRights));
  if (original) return { rule: 'rights-not-passed', criteria: [7], ...about('only', r, original) };
  const grantee = granteeOnly(r.text);
  if (grantee && !r.insideCondition(grantee.index)) return { rule: 'rights-not-passed', criteria: [7], detail: `granted to the licensee ${grantee[0]}` };
  const flowDown = r.all('action', 'accept').find((m) => /protective|restrictive|enforceable|binding written|agreement with the recipient/i.test(words(r, m)));
  if (flowDown && (r.obliges || r.needsConsent)) return { rule: 'additional-agreement', criteria: [7], ...about('recipients bound by', r, flowDown) };
  const accept = r.own('action', 'accept');
  // The recipient, not a word inside what is to be accepted ("a separate end-user licence agreement").
  // (Or a class of persons who receive it: "Schools and universities receiving the Courseware must …".)
  const party = r.all('party').find((p) => !accept || p.inherited || p.from >= accept.to || p.to <= accept.from) ?? r.all('who', 'qualified')[0] ??
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
    ? r.all('action', 'accept').find((a) => !a.inherited && /\b(?:sign\s+up|sign\s+in|regist|enrol|create\s+an\s+account|open\s+an\s+account)/i.test(words(r, a))) : undefined;
  if (signUp && !guardsRecipients(r) && !aboutSomethingElse(r)) return { rule: 'additional-agreement', criteria: [7], ...about('registration with the licensor', r, signUp) };
  // "… licensed to a person who has not registered with the Licensor", "granted … to each person who completes the Licensor's identity verification".
  const qualifiedBy = actedWithLicensor(r);
  if (qualifiedBy && (r.restricts || r.word('granted', 'licensed', 'extended')) && !guardsRecipients(r) && !aboutSomethingElse(r)) return { rule: 'additional-agreement', criteria: [7], ...about('only those who', r, qualifiedBy) };
  if (!party || guardsRecipients(r)) return undefined;
  // Rights that pass only once the licensor approves the recipient ("… only upon the Licensor confirming, by notice, that such person is an approved recipient").
  if (r.needsConsent && r.exclusive && r.all('modal', 'consent').some((c) => c.from > party.from)) return { rule: 'additional-agreement', criteria: [7], ...about('recipients need', r, r.all('modal', 'consent')[0]) };
  // (A duty to countersign "a copy of this licence" is a signature, not a notice.)
  if (aboutSomethingElse(r) && !(accept && /sign/i.test(words(r, accept)))) return undefined;
  // Any act of acceptance the recipient must perform: before the recipient, or just after it ("is to be executed by every end user").
  // (Not this licence itself: "… only to persons who accept its terms".)
  const performed = r.all('action', 'accept').find((a) => !a.inherited && !/\b(?:its|these)\s+(?:terms|conditions)\b/i.test(words(r, a)) && r.governs(a, 10, true) && (party.inherited || party.from < a.from || (party.from >= a.to && party.from - a.to <= 3)));
  // (Or the rights are withheld until it is performed: "Unless a recipient has executed the Licensor's Undertaking, that recipient may not modify …".)
  const withheldUntil = performed && r.prohibits && /\b(?:unless|until|except\s+(?:where|when|if))\b/i.test(r.text.slice(0, performed.start - r.provision.start));
  if (performed && (r.obliges || r.exclusive || r.needsConsent || withheldUntil) && !describesWhom(r)) return { rule: 'additional-agreement', criteria: [7], ...about('recipients must', r, performed) };
  if (r.own('action', 'report') && (r.obliges || r.conditions)) return { rule: 'additional-agreement', criteria: [7], detail: 'reporting on recipients' };
  if (r.needsConsent && r.all('modal', 'consent').some((c) => c.from > party.from)) return { rule: 'additional-agreement', criteria: [7], ...about('recipients need', r, r.all('modal', 'consent')[0]) };
  // "No third party shall acquire … any right or licence": a prohibition just before the verb of acquiring.
  const acquiring = r.provision.tokens.findIndex((t) => ['acquire', 'receive', 'obtain', 'get'].includes(t.lemma));
  const noneAcquired = r.noRights || (acquiring >= 0 && r.word('right', 'rights', 'license', 'licence') &&
    r.forces().some((f) => f.concept === 'prohibit' && !f.inherited && f.to <= acquiring && acquiring - f.to <= 3));
  if (noneAcquired && r.governs(r.own('party'), 8) && !r.has('object', 'name')) return { rule: 'rights-not-passed', criteria: [7], ...about('recipients', r, party) };
  return undefined;
};

// OSD 9: must not restrict other software.

/** Decisions that still apply where the provision speaks of the licensor ("The Licensor is under no obligation to provide source code"). */
export const ABOUT_LICENSOR: ReadonlySet<Decide> = new Set([sourceWithheld, sourceDelayed, derivedRevocable, downstream, withdrawal, licensorExcludes]);

/** Decisions for a provision, each criterion asked once. */
export const DECISIONS: readonly Decide[] = [sale, aggregate, fee, distributionConsent, sourceWithheld, sourceDelayed, modification, derivedRevocable, patchOnly, excludedGroup, withdrawal, licensorExcludes, litigants, fieldOfUse, downstream, productSpecific, otherSoftware, technology];
