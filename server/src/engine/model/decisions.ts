/**
 * The criteria as decisions over provisions: each decision is a small function that reads the
 * slots and force of a provision and says which idea of which criterion it breaks. A decision
 * names the words that carry the restriction (its `detail`), so that a finding explains itself.
 */
import type { Mention } from './provisions';
import type { Reading } from './reading';
import { freedFromAt, policyPutAside } from './statements';
import { Near } from '../near';
import { NOT_FOR_BREACH } from '../language';
import type { Decision } from './decide';
import { about, aboutSomethingElse, type Decide, forBreach, guardsRecipients, onlyPersons, PAID_PERMISSION, words } from './decide';
import { describedClass, excludedGroup, licensorExcludes, litigants, withdrawal } from './persons';
import { actedWithLicensor, downstream } from './recipients';
import { besideDemand, otherSoftware } from './other-software';
import { productSpecific } from './product';
import { technology } from './technology';
import { patchOnly } from './integrity';
import { derivedRevocable, modification, sourceCode, sourceDelayed, sourceWithheld } from './source';

export { type Decision, type Decide, type Situation, restrictsSomethingElse } from './decide';


/** A verb of use followed, within the sentence, by what it is used for. */
/** What follows a verb of use when the thing used is the licensor's own: "… or use a Licensor Instance", "use our servers". */
const LICENSORS_THING = /^\s*(?:(?:or|and)\s+\w+\s+)?(?:(?:a|an|the|any)\s+)?(?:licensor(?:'s)?|our)\s/i;
const USED_FOR = new Near(/\b(?:used?|using|run|running|deploy\w*|employ\w*)\b/i, ['[^.;]{0,80}', /\b(?:to|for|in|in connection with|as part of)\s+\w/i]);


/** The sale word says what is sold is something else: "anything you sell", "any product that is sold". */
const soldThing = (r: Reading, sell: Mention): boolean =>
  r.provision.tokens.slice(Math.max(0, sell.from - 3), sell.from).some((t) => ['you', 'that', 'which', 'we', 'they'].includes(t.word));

/** Selling or distributing the work kept to the licensor. */
/** "… but selling it (even as part of a bundle) is something only we do", "only the Licensor may sell copies". */
const ONLY_WE_DO = /\bis\s+something\s+only\s+(?:we|the\s+licensor|the\s+authors?)\s+(?:do|does|may\s+do)\b/i;
const ONLY_WE_SELL = /^\W*only\s+(?:we|the\s+licensor|the\s+authors?|the\s+copyright\s+holders?)\s+(?:may|can|shall)\s+sell\b/i;
/** "Only the Licensor may distribute the Software" (not modified versions, which are OSD 3's). */
const ONLY_WE_DISTRIBUTE = /^\W*only\s+(?:we|the\s+licensor|the\s+(?:original\s+)?authors?|the\s+copyright\s+holders?|the\s+maintainers?|the\s+core\s+team)\s+(?:may|can|shall|(?:is|are)\s+(?:allowed|permitted|entitled)\s+to)\s+(?:re)?(?:distribute|share|publish|convey|copy)\b(?!\s+(?:any\s+)?(?:modified|altered|changed|derived|derivative))/i;
function saleOurs(text: string): RegExpExecArray | null {
  const own = ONLY_WE_SELL.exec(text);
  if (own) return own;
  const selling = /\bsell(?:ing|s)?\b/i.exec(text);
  return selling ? ONLY_WE_DO.exec(text.slice(selling.index, selling.index + 120)) : null;
}
const RESERVED_SALE = /\b(?:sale|sales|selling|resale|reselling|commercial\s+distribution|redistribution)\s+of\s+(?:the|this|any|copies\s+of\s+the)\s+(?:software|program|work|model|weights|library|package|font|dataset)\b[^.;]{0,80}?\b(?:is|are|remains?|shall\s+be|will\s+be)\s+(?:exclusively\s+|solely\s+)?reserved\s+(?:exclusively\s+|solely\s+)?(?:to|for)\s+(?:the\s+)?(?:licensor|authors?|copyright\s+holders?|us|vendor|publisher)\b/i;

// OSD 1: free redistribution.
const sale: Decide = (r) => {
  if (aboutSomethingElse(r)) return undefined;
  // "You may redistribute it only free of charge": giving away is allowed, selling is not.
  const freeOnly = r.all('fee', 'free').find((f) => !f.inherited && /charge|cost|fee|gratis|for free/i.test(words(r, f)) && r.all('modal', 'exclusive').some((x) => !x.inherited && !/\bif\b/i.test(words(r, x)) && r.near(x, f, 6)));
  if (freeOnly && r.has('action', 'distribute', 'copy') && !r.has('soft', 'costOnly') && !sourceCode(r)) return { rule: 'no-sale', criteria: [1], ...about('only', r, freeOnly) };
  // "Redistribution is permitted provided that no charge is made …", "share it, as long as you don't make money from it".
  const unpaid = unpaidCondition(r) ?? onlyFreeCopies(r);
  if (unpaid && !r.has('soft', 'costOnly') && !sourceCode(r)) return { rule: 'no-sale', criteria: [1], ...about('on condition', r, unpaid) };
  // "Sale of the Program as a component of an aggregate distribution is reserved exclusively to the Licensor": selling kept to the licensor.
  const reserved = RESERVED_SALE.exec(r.text) ?? saleOurs(r.text);
  if (reserved && !r.has('object', 'name', 'service')) return { rule: 'no-sale', criteria: [1], detail: `reserved: ${reserved[0].replace(/\s+/g, ' ')}` };
  // "Only the Licensor may distribute the Software": passing on copies kept to the licensor.
  const ours = ONLY_WE_DISTRIBUTE.exec(r.text);
  if (ours && r.has('object', 'work') && !r.has('object', 'name', 'service', 'notice')) return { rule: 'distribution-permission', criteria: [1], detail: `reserved: ${ours[0].trim().replace(/\s+/g, ' ')}` };
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
const HANDING_ON = /^(?:re)?distribut|^share|^publish|^convey|^dissemin|^give\s+away|^give$|^hand\s+out|^make\b.*\bavailable|^pass\s+on|^upload|^mirror/i;

/** "… under terms that …", "under any licence which …": the terms the copies go under, described. */
const ON_TERMS_THAT = /^\s+(?:(?:the|this|that|such|its|any|all)\s+)?(?:[\w-]+\s+){0,3}?under\s+(?:any\s+|other\s+|different\s+)?(?:terms|licen[cs]es?|conditions|agreements?|EULAs?)\s+(?:that|which)\b/i;

const BAN = /\b(?:may|shall|must|can|will)\s+not\b|\bbut\s+not\b|\bcannot\b|prohibit|forbid|\bnot\s+(?:be\s+)?(?:permit|allow)|\bno\s+one\b|\bnobody\b|\bnever\b/i;

/**
 * "You may not redistribute the Model weights to any third party": a flat ban on handing copies on
 * (no condition, no exception, no purpose or person that another decision judges, not about
 * modified versions, whose distribution OSD 3 judges).
 */
const redistributionBanned = (r: Reading): Decision | undefined => {
  const dist = r.all('action', 'distribute').find((m) => !m.inherited && r.governs(m, 8) && HANDING_ON.test(words(r, m)));
  if (!dist || r.has('action', 'modify') || r.has('modal', 'exception') || r.has('guard', 'shareAlike', 'compliance') || r.word('unless', 'except', 'until', 'if', 'otherwise')) return undefined;
  // (Those it may not go to may be everyone else: "may not give the Software to anyone else".)
  const toEveryoneElse = r.all('who').every((w) => w.concept === 'residual' && r.provision.tokens[w.from - 1]?.word === 'to');
  if (r.has('purpose') || (r.has('who') && !toEveryoneElse) || r.has('other') || r.needsConsent || r.conditions) return undefined;
  // (Nor a rule on the terms it goes under: "may not distribute the Software under terms that prohibit reverse engineering".)
  if (ON_TERMS_THAT.test(r.text.slice(dist.end - r.provision.start))) return undefined;
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
  // (Nor the licence's reach: "mere aggregation does not extend it to anything else in the same distribution".)
  if (!into || !r.has('action', 'distribute', 'combine') || besideDemand(r) || /\bnot\s+(?:extend|apply)\b/i.test(r.text)) return undefined;
  return { rule: 'aggregate-ban', criteria: [1], ...about('aggregate', r, into) };
};

/** A share of what the bundle earns, sent to the licensor: "as long as you send us 5% of the net revenue from the bundle". */
const REVENUE_SHARE = /\b(?:send|pay|remit|give|owe)\s+(?:us|the\s+licensor|the\s+author|the\s+foundation)\s+(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|a\s+(?:share|cut|percentage))\s+of\s+(?:the\s+|your\s+|its\s+)?(?:net\s+|gross\s+)?(?:revenue|receipts|sales|proceeds|profits?|income|takings)\b/i;

/** Money from the distribution owed to the licensor as a royalty or a share. */
const OWED_TO_LICENSOR = /\b(?:is|are|shall\s+be|will\s+be|becomes?)\s+(?:owed|payable|due|remitted)\s+to\s+(?:the\s+)?(?:licensor|author|authors|copyright\s+holders?|us)\b[^.;]{0,30}?\b(?:royalt(?:y|ies)|per\s*cent|percent|%|share|commission)/i;

/** A royalty said to be owed to the licensor, the royalty first: "A royalty of USD 1 per copy is owed to the Licensor". */
const ROYALTY_OWED = /\broyalt(?:y|ies)\b[^.;]{0,40}?\b(?:is|are|shall\s+be|will\s+be|becomes?)\s+(?:owed|payable|due)\s+to\s+(?:the\s+)?(?:licensor|authors?|copyright\s+holders?|us)\b/i;

const fee: Decide = (r) => {
  const share = REVENUE_SHARE.exec(r.text);
  if (share && r.has('action', 'distribute', 'sell', 'copy', 'combine') && !r.has('fee', 'free') && !/\bnot\s+(?:required|obliged|necessary)|\bvoluntar/i.test(r.text)) return { rule: 'royalty-or-fee', criteria: [1], detail: `payment: ${share[0]}` };
  // "… any amount above the cost of the media is owed to the licensor as a 10% royalty": a cut of each sale goes to the licensor.
  // "A royalty of one US dollar per copy is owed to the Licensor for each sale of such an aggregate" (not "no royalty … is owed").
  const royaltyOwed = ROYALTY_OWED.exec(r.text);
  if (royaltyOwed && r.has('action', 'distribute', 'sell', 'copy') && !/\b(?:no|not|never|nor)\b/i.test(royaltyOwed[0]) && !/\b(?:no|not|never|nor|without)\b/i.test(r.text.slice(Math.max(0, royaltyOwed.index - 30), royaltyOwed.index))) return { rule: 'royalty-or-fee', criteria: [1], detail: `payment: ${royaltyOwed[0]}` };
  const owed = OWED_TO_LICENSOR.exec(r.text);
  if (owed && r.has('action', 'distribute', 'sell', 'copy') && !r.word('no', 'not', 'never', 'nothing', 'voluntary', 'optional')) return { rule: 'royalty-or-fee', criteria: [1], detail: `payment: ${owed[0]}` };
  const money = r.own('fee', 'money') ?? r.own('fee', 'pay');
  // (Not a payment denied: "with no revenue share owed to the Licensor", "no per-unit fee is payable".)
  // (Or "No part of any fee You charge is owed to the Licensor".)
  if (money && r.provision.tokens.slice(Math.max(0, money.from - 4), money.from).some((t) => t.word === 'no')) return undefined;
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

/** A predicate that names its subject a forbidden use: "… is a prohibited application of the Model", "… are a breach of the licence". */
const BANNED_USE = /\b(?:is|are)\s+(?:an?\s+|one\s+of\s+the\s+)?(?:prohibited|excluded|forbidden|banned|impermissible|unlicen[cs]ed)\s+(?:uses?|applications?|activit(?:y|ies)|purposes?)\b|\b(?:is|are)\s+not\s+(?:an?\s+)?(?:permitted|authori[sz]ed|licen[cs]ed|allowed|covered)\s+(?:uses?|applications?|activit(?:y|ies)|purposes?)\b|\b(?:is|are)\s+(?:a\s+)?breach(?:es)?\s+of\s+(?:the|this)\s+licen[cs]e\b/i;
/** Words of a subject that is conduct towards the licence or the law, not a field: "Any use in breach of law is a breach of the licence". */
const CONDUCT_SUBJECT = /\b(?:breach|violat\w*|fail\w*|law|laws|lawful|unlawful|illegal|infring\w*|notices?|names?|marks?|trademarks?|comply|compliance|terms)\b/i;

/** The subject of "is a prohibited application …", when it is an activity (the words before the predicate). */
function bannedActivity(r: Reading): string | undefined {
  const banned = BANNED_USE.exec(r.text);
  if (!banned) return undefined;
  const subject = r.text.slice(0, banned.index).replace(/^.*[?:]\s*/, '').trim();
  return subject.split(/\s+/).length >= 2 && !CONDUCT_SUBJECT.test(subject) ? subject : undefined;
}

/**
 * "you may use the Software for any purpose; the exclusions are (a) operating intensive livestock
 * farms, …": a permission for every purpose, then an exception, whatever the excluded activity is
 * called (not an exception of the law, of names and notices, or of what the licence says elsewhere).
 */
function exceptedFromAnyPurpose(r: Reading, s: { clause: readonly Reading[] }): string | undefined {
  const anyPurpose = s.clause.some((o) => o.has('soft', 'permitAll'));
  const except = r.all('soft', 'except').find((x) => !x.inherited && /except|exclu|other\s+than|save|apart\s+from|but\s+not/i.test(words(r, x)));
  if (!anyPurpose || !except) return undefined;
  const after = r.text.slice(except.end - r.provision.start).trim().split(/\s+/).slice(0, 8).join(' ');
  return /\b(?:law|laws|lawful|legal|illegal|unlawful|notices?|trademarks?|names?|logos?|warrant\w*|patents?|attribution|expressly|otherwise|provided|stated|set\s+out|required|permitted|section|clause|paragraph|licensor|liability)\b/i.test(after) || after.split(' ').length < 2 ? undefined : after;
}

/** This licence not enough: "you need a different licence from us", "must obtain a commercial licence". */
const OTHER_LICENCE_NEEDED = /\b(?:need|needs|require|requires|must\s+(?:obtain|get|buy|purchase|take))\s+(?:a|an|our)\s+(?:different|separate|commercial|paid|other|proper|business)\s+licen[cs]e\b/i;

/** A use made to wait on something other than this licence or the law: "is conditional on maintaining a support contract". */
const USE_ON_CONDITION = /\b(?:is|are)\s+(?:conditional|contingent|dependent)\s+(?:up)?on\s+(?!(?:your\s+|the\s+)?(?:compliance|complying|acceptance\s+of\s+this|this\s+licen[cs]e|these\s+terms|applicable\s+law))/i;

/** A relative clause that says what data is: "the data used to train", "the data on which the Model was trained". */
const DESCRIBES_DATA = /\b(?:(?:data|datasets?|corpus|corpora|material|texts?)\s+(?:that\s+(?:was|were)\s+)?(?:used|employed)\s+(?:to|for|in)|(?:on|with|from)\s+which\s+(?:the\s+)?[\w-]+\s+(?:was|were|is|has\s+been|had\s+been))\s+$/i;

/** The licensor may end the licence: "The Licensor may terminate this licence if you use …". */
const LICENSOR_MAY_END = /^\W*(?:the\s+)?(?:licensor|authors?|we)\s+(?:may|can|reserves?\s+the\s+right\s+to|is\s+entitled\s+to)\s+(?:\w+\s+){0,2}?(?:terminate|revoke|withdraw|suspend|cancel)\b/i;

/** A use named as a noun at the head of the sentence: "Application of the Software to human germline editing …", "Deployment of the Model in …". */
const NOMINAL_USE = /^\W*(?:the\s+|any\s+)?(?:application|deployment|employment|utili[sz]ation|exploitation|usage)\s+of\s+(?:the\s+|this\s+)?(?:software|model|work|program|library|weights|engine|code)\s+(?:to|in|for|within)\b/i;

/** A grant bounded by a field the licence names as such: "outside the Field of Use", "only within the Licensed Field". */
const FIELD_BOUND = /\b(?:outside|beyond|only\s+(?:in|within|for)|solely\s+(?:in|within|for)|limited\s+to|restricted\s+to|confined\s+to)\s+(?:of\s+)?the\s+(?:Field\s+of\s+Use|Permitted\s+Field|Licensed\s+Field|Authori[sz]ed\s+Field)s?\b/;

const fieldOfUse: Decide = (r, s) => {
  // The licensor may end the licence for a use: "The Licensor may terminate this licence if you use the Software for military purposes".
  const endedFor = LICENSOR_MAY_END.test(r.text) && !forBreach(r) && !r.word('law', 'unlawful', 'illegal')
    ? r.all('purpose').find((m) => m.concept !== 'policy' && !m.inherited && r.all('action', 'use').some((u) => u.from < m.from) && r.provision.tokens.slice(0, m.from).some((t) => ['if', 'where', 'when', 'should', 'once'].includes(t.word))) : undefined;
  if (endedFor) return { rule: PURPOSE_RULE[endedFor.concept] ?? 'field-of-use', criteria: [6], ...about('', r, endedFor) };
  // …or the rights end of themselves on such a use: "If You use the Work in connection with fossil-fuel extraction, … Your rights … shall terminate".
  const endsOnUse = r.voids && !forBreach(r) && !r.word('law', 'laws', 'unlawful', 'illegal', 'lawful')
    ? r.all('purpose').find((m) => m.concept !== 'policy' && !m.inherited && r.insideCondition(m.start - r.provision.start) && r.all('action', 'use').some((u) => !u.inherited && u.from < m.from)) : undefined;
  if (endsOnUse && r.all('modal', 'voiding').some((v) => !v.inherited && v.from > endsOnUse.to)) return { rule: PURPOSE_RULE[endsOnUse.concept] ?? 'field-of-use', criteria: [6], ...about('', r, endsOnUse) };
  if (aboutSomethingElse(r) || r.aboutLicensor || r.has('guard', 'compliance')) return undefined;
  // "for any purpose other than the operation of gambling services".
  const other = r.all('soft', 'except')[0];
  const excluded = other && r.all('purpose').find((m) => m.concept !== 'policy' && m.from >= other.from && m.from - other.to <= 16);
  if (excluded) return { rule: PURPOSE_RULE[excluded.concept] ?? 'field-of-use', criteria: [6], ...about('', r, excluded) };
  // "You may use the Software unless you work in the gambling industry": a permission with a field excepted.
  const unless = r.provision.tokens.findIndex((t) => t.word === 'unless');
  const unlessField = unless > 0 && !r.prohibits && r.provision.tokens.slice(0, unless).some((t) => ['may', 'free', 'permitted', 'allowed', 'granted', 'can'].includes(t.word)) && r.has('action', 'use', 'distribute', 'modify', 'copy')
    ? r.all('purpose').find((m) => m.concept !== 'policy' && !m.inherited && m.from > unless && m.from - unless <= 12) : undefined;
  if (unlessField) return { rule: PURPOSE_RULE[unlessField.concept] ?? 'field-of-use', criteria: [6], ...about('', r, unlessField) };
  const activity = bannedActivity(r);
  if (activity) return { rule: 'prohibited-use', criteria: [6], detail: `use: ${activity}` };
  const excepted = exceptedFromAnyPurpose(r, s);
  if (excepted) return { rule: 'field-of-use', criteria: [6], detail: `excepted: ${excepted}` };
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
  // "If you're getting paid for the thing you build with it, you need a different licence from us."
  if (business && OTHER_LICENCE_NEEDED.test(r.text)) return { rule: 'non-commercial', criteria: [6], ...about('', r, business) };
  // "Production use of the database engine is conditional on maintaining a current support contract": a use by its purpose, on a condition.
  const conditionedUse = USE_ON_CONDITION.test(r.text) && !r.has('guard', 'compliance') ? r.all('purpose').find((m) => m.concept !== 'policy' && !m.inherited && m.from <= 2 && r.all('action', 'use').some((u) => u.from >= m.to && u.from - m.to <= 1)) : undefined;
  if (conditionedUse) return { rule: PURPOSE_RULE[conditionedUse.concept] ?? 'field-of-use', criteria: [6], ...about('', r, conditionedUse) };
  // "Commercial use of the Library is permitted upon payment of the annual licence fee".
  const paidUse = PAID_PERMISSION.test(r.text) ? r.all('purpose', 'commercial').find((m) => !m.inherited && m.from <= 3) : undefined;
  if (paidUse) return { rule: 'non-commercial', criteria: [6], ...about('', r, paidUse) };
  // "… for evaluation purposes for a period of thirty days; thereafter all use must cease".
  const trial = r.all('purpose', 'evaluation', 'research').find(() => r.has('action', 'use') && /\b(?:period|days?|weeks?|months?)\b/i.test(r.text));
  if (trial && s.clause.some((o) => o.voids && !o.isNeutral)) return { rule: 'limited-purpose', criteria: [6], ...about('', r, trial) };
  // (Not where the clause goes on to say the policy does not bind the work: "…; but those policies apply only to the hosted service itself, do not apply to copies of the Model …".)
  const policyScopedAway = s.clause.indexOf(r) < policyPutAside(s.clause.map((o) => o.text));
  // (Nor a policy the licensee is said not to be bound by: "… running it locally, is not bound by the Use Policy".)
  const freedFrom = (m: Mention): boolean => freedFromAt(r.text, m.start - r.provision.start);
  // (Nor one whose breach is said not to count: "may be terminated only for a breach of its own conditions, and not for any breach of … the Acceptable Use Policy".)
  const notForBreach = (m: Mention): boolean => NOT_FOR_BREACH.test(r.text.slice(0, m.start - r.provision.start));
  const policy = policyScopedAway ? undefined : [r.own('purpose', 'policy'), ...r.all('purpose', 'policy')].find((m) => m && !freedFrom(m) && !notForBreach(m) && (r.governs(m, 12, true) || r.has('guard', 'incorporate')));
  if (policy && (r.has('guard', 'incorporate') || r.obliges || r.prohibits || r.exclusive) && (r.has('action', 'use') || r.word('license', 'licensee', 'right', 'rights'))) return { rule: 'acceptable-use-policy', criteria: [6], ...about('policy', r, policy) };
  const host = r.own('action', 'host');
  // (Not the licensor's own hosted service: "does not grant: access to the Licensor's hosted build service".)
  const licensorsOwn = host !== undefined && /\b(?:licensor's|our)\s+(?:[\w-]+\s+){0,2}$/i.test(r.text.slice(0, host.start - r.provision.start));
  if (host && !licensorsOwn && !policyScopedAway && !notForBreach(host) && r.governs(host, 8) && r.prohibits && !guardsRecipients(r)) return { rule: 'hosted-service', criteria: [6], ...about('service', r, host) };
  // (Not a relative clause that says what data is: "No information about the data used to train the Model will be disclosed".)
  // (Nor "the data on which the Model was trained", nor "training data" as a thing rather than a use: "Some training data cannot be redistributed".)
  const train = [r.own('action', 'train')].find((m) => m !== undefined && r.governs(m, 8) && !DESCRIBES_DATA.test(r.text.slice(0, m.start - r.provision.start)) &&
    !(/^training\s+(?:data|datasets?|corpus|corpora|material|examples|sets?|code|scripts?|pipelines?|recipes?|logs?|procedures?|details|information|methodology)\b/i.test(r.text.slice(m.start - r.provision.start)) && !/\b(?:as|for)\s+$/i.test(r.text.slice(0, m.start - r.provision.start))));
  if (train && r.prohibits && /benchmark/i.test(words(r, train))) return { rule: 'prohibited-use', criteria: [6], ...about('use', r, train) };
  // (Not training the work itself in a list of its changes: "Fine-tuning, continued pre-training or any other adjustment of the Model's weights" is OSD 3's.)
  if (train && r.prohibits && r.has('object', 'work', 'output') && !(r.has('action', 'modify') && !r.has('object', 'output'))) return { rule: 'competing-use', criteria: [6], ...about('use', r, train) };
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
  const use = r.all('action', 'use')[0] ?? (NOMINAL_USE.test(r.text) ? purposes[0] : undefined) ?? (purposes.some(described) ? r.own('guard', 'incorporate') : undefined) ?? (r.word('license', 'licensed', 'grant', 'granted', 'authorize', 'authorise', 'authorizes', 'authorises') || (r.prohibits && !r.has('action') && r.has('object', 'work') && purposes.length > 0 && ['for', 'in'].includes(r.provision.tokens[purposes[0].from - 1]?.word ?? '')) ? purposes[0] : undefined) ??
    // (Or the field heads the sentence and the rights stop short of it: "Military, paramilitary and intelligence applications fall outside the Permitted Field".)
    (purposes[0] && !purposes[0].inherited && purposes[0].from <= 1 && r.forces().some((f) => !f.inherited && f.concept === 'noRights' && f.from > purposes[0].to) ? purposes[0] : undefined);
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
  // "Licensees using the Software in military applications must notify the Licensor of that use once a year": a field of use that brings a duty towards the licensor.
  const duty0 = r.own('modal', 'obligation');
  const fieldDuty = duty0 && r.has('action', 'use') && r.has('subject', 'licensor') && (r.has('action', 'report') || r.word('first', 'beforehand')) && !r.all('object', 'name', 'notice').some((m) => m.from > duty0.from) && !r.word('law', 'laws', 'regulations', 'lawful', 'applicable', 'vulnerability', 'vulnerabilities', 'security')
    ? r.all('purpose').find((m) => !m.inherited && m.concept !== 'commercial' && m.concept !== 'policy' && m.to <= duty0.from && duty0.from - m.to <= 6) : undefined;
  if (fieldDuty) return { rule: PURPOSE_RULE[fieldDuty.concept] ?? 'field-of-use', criteria: [6], ...about('', r, fieldDuty) };
  if (purposes.length > 0 && use) {
    const only = r.own('modal', 'exclusive');
    const narrowed = purposes.find((m) => m.concept !== 'field' && m.concept !== 'commercial' && r.all('modal', 'exclusive').some((x) => x.inherited || (m.from >= x.from - 6 && m.from <= x.to + 12)));
    if (narrowed) return { rule: PURPOSE_RULE[narrowed.concept], criteria: [6], ...about('', r, narrowed) };
    const p = purposes[0];
    // (Or the licence ends where the work is used so: "Use of the Engine in the tobacco trade terminates this licence".)
    const voidedUse = r.voids && !forBreach(r) && (r.all('action', 'use').some((u) => r.near(u, p, 8)) || NOMINAL_USE.test(r.text));
    if (r.prohibits || r.needsConsent || voidedUse || (r.exclusive && !onlyPersons(r) && p.concept !== 'commercial' && (r.near(only, p, 6) || termAfter(only, p)))) return { rule: PURPOSE_RULE[p.concept], criteria: [6], ...about('', r, p) };
  }
  // "no licence is granted outside the Field of Use": a grant bounded by a field the licence names as such.
  const field = FIELD_BOUND.exec(r.text);
  if (field && (r.noRights || r.prohibits || r.exclusive || r.word('granted', 'licensed'))) return { rule: 'limited-purpose', criteria: [6], detail: `purpose: ${field[0]}` };
  // A forbidden use with a purpose we have no word for: "may not be used to generate …".
  // ("I don't grant anyone the right to use this code to …": a withheld right just before the use.)
  // (Or the use is the sentence's subject and the force its verb: "Running inference on this checkpoint for the purpose of generating … is not licensed".)
  const subjectUse = use !== undefined && use.from <= 1 && !use.inherited && /\b(?:for\s+the\s+purposes?\s+of|in\s+order\s+to|so\s+as\s+to)\b/i.test(r.text);
  const forbidden = r.own('modal', 'prohibit') ?? r.forces().find((f) => f.concept === 'noRights' && !f.inherited && (r.near(f, use, 3) || (subjectUse && f.from > use.to)));
  // (The thing used may be named in the licensee's own words: "the speech synthesiser", "the seismic-inversion routines".)
  const thing = r.has('object', 'work') || /^\W*(?:the|this|these|its|such|our)\s+[\w-]+/i.test(r.text) || /\buse\s+(?:the|this|these|its|our)\s+[\w-]+/i.test(r.text);
  // (Not the licensor's own server or service: "grants no right to access or use a Licensor Instance".)
  const licensors = use !== undefined && LICENSORS_THING.test(r.text.slice(use.end - r.provision.start));
  if (forbidden && use && !licensors && (r.near(forbidden, use, 3) || (subjectUse && forbidden.from > use.to) || r.forces().some((f) => f.concept === 'noRights' && !f.inherited && r.near(f, use, 3))) && thing && !r.has('guard', 'origin', 'licenceText') && !r.word('accept', 'manner') && USED_FOR.test(r.text) && !actedWithLicensor(r)) {
    return { rule: 'prohibited-use', criteria: [6], detail: undefined };
  }
  return undefined;
};

/** A defined term's purposes just after "only": "only for an Authorised Purpose", where an Authorised Purpose is any purpose other than military ones. */
const termAfter = (only: Mention | undefined, p: Mention): boolean => only !== undefined && !only.inherited && p.inherited === true && p.from >= only.to && p.from - only.to <= 6;

// OSD 9: must not restrict other software.

/** Decisions that still apply where the provision speaks of the licensor ("The Licensor is under no obligation to provide source code"). */
export const ABOUT_LICENSOR: ReadonlySet<Decide> = new Set([sourceWithheld, sourceDelayed, derivedRevocable, downstream, withdrawal, licensorExcludes, fieldOfUse, describedClass]);

/** Decisions for a provision, each criterion asked once. */
export const DECISIONS: readonly Decide[] = [sale, aggregate, fee, distributionConsent, sourceWithheld, sourceDelayed, modification, derivedRevocable, patchOnly, excludedGroup, describedClass, withdrawal, licensorExcludes, litigants, fieldOfUse, downstream, productSpecific, otherSoftware, technology];
