import { COMPARATOR, findTerm, GROUP_WORDS, GROUPS, SIZE_METRIC } from '../lexicon';
import { has, NON_BINDING } from '../language';
import { hasThresholdNumber } from '../numbers';
import { type Rule, wholeClause } from '../rule';
import { AnyOf, Near } from '../near';

/** Words a size metric needs (see SIZE_METRIC). */
const METRIC_TRIGGER = ['users', 'mau', 'maus', 'dau', 'daus', 'customers', 'subscribers', 'seats', 'installations', 'employees', 'employs', 'staff', 'headcount', 'individuals', 'workers', 'people', 'persons', 'revenue', 'revenues', 'turnover', 'sales', 'income', 'market', 'valuation', 'assets'];

/** What follows from crossing a threshold: a licence to request, a grant withheld, a permitted purpose. */
const THRESHOLD_CONSEQUENCE = new RegExp(
  String.raw`\b(?:licen[sc]e|licensed|permitted\s+purpose|permission|grant\w*|rights?|eligible|qualif(?:y|ies)|authori[sz]ation|may\s+(?:not\s+)?use|free\s+of\s+charge|must\s+(?:pay|purchase|obtain|request|contact)|shall\s+(?:pay|purchase|obtain|request))\b`,
  'i',
);

/** A licence said not to be needed: "requires no paid licence", "need no commercial licence". */
const NO_LICENCE_NEEDED = /\b(?:requires?|needs?)\s+no\s+(?:[\w-]+\s+){0,3}?(?:licen[cs]e|permission|agreement|subscription)\b/i;

/** Rights that depend on the licensee's size: users, customers, employees, revenue. */
export const sizeThreshold: Rule = {
  id: 'size-threshold',
  trigger: METRIC_TRIGGER,
  title: 'Rights depend on the size of the licensee',
  criteria: [5],
  severity: 'error',
  explanation: 'OSD 5 forbids discriminating against any person or group. A threshold on users, customers, employees or revenue singles out the largest (or smallest) organisations and withholds the licence from them.',
  suggestion: 'Remove the threshold so that the same rights apply to everyone, whatever their size.',
  fix: { title: 'Remove the size threshold' },
  examples: {
    fail: [
      'If your service reaches more than two hundred million daily active users, this licence ends and you must ask us for a new one.',
      'Organisations with annual revenue above USD 50M need a commercial licence from the Author.',
      'Use by a company is a permitted purpose only if it employs fewer than 25 people.',
      'Any licensee whose platform exceeds 1M monthly active users shall obtain written permission before further use.',
    ],
    pass: [
      'This licence applies to every user, regardless of the number of users or the revenue of the licensee.',
      'The Software may be used by any number of users on any number of machines.',
      'Over 1,000 contributors have helped write this program; we thank them all.',
      'Companies with more than 500 employees need no commercial licence; the Licensor sells support contracts separately.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    if (!has(SIZE_METRIC, t) || !has(COMPARATOR, t) || ctx.facts.nonBinding || ctx.facts.disclaimer) return undefined;
    if (!has(THRESHOLD_CONSEQUENCE, ctx.scope) || !hasThresholdNumber(t)) return undefined;
    // (Nor a size named only to say it does not matter: "any person or organisation, whether or not it employs fewer than 250 staff", "organisations of every size, including those with more than 500 employees".)
    if (/\b(?:whether\s+or\s+not|regardless\s+of|irrespective\s+of|of\s+(?:every|any)\s+size|including\s+(?:those|ones)\s+(?:with|whose|that))\b/i.test(t) && !/\b(?:may|shall|must)\s+not\b|\bonly\b|\bunless\b/i.test(t)) return undefined;
    // (Not a licence said not to be needed: "… requires no paid enterprise licence".)
    if (NO_LICENCE_NEEDED.test(t) && !/\b(?:may|shall|must)\s+not\b|\bunless\b|\bonly\s+(?:if|when|with|after|upon)\b/i.test(t)) return undefined;
    const metric = SIZE_METRIC.exec(t);
    return wholeClause(ctx, metric ? metric[0].replace(/\s+/g, ' ') : undefined);
  },
};

/** Exclusion wording: the licence is withheld from whoever fits a description. */
const EXCLUDES = new AnyOf(
  new RegExp(
  String.raw`\b(?:not\s+(?:being\s+)?granted\s+to\s+(?:you|any)|(?:does|do|shall|will)\s+not\s+(?:apply|extend)\s+to|` +
    String.raw`(?:may|shall|must|can)\s+not\s+be\s+used\s+by|no\s+(?:licen[sc]e|rights?)\s+(?:(?:is|are|shall\s+be|will\s+be)\s+)?granted\s+to|` +
    String.raw`(?:is|are)\s+not\s+(?:permitted|allowed|licensed|authori[sz]ed)\s+to\s+use|(?:excluding|except\s+for|other\s+than)\s+(?:any\s+)?(?:persons?|individuals?|entities|companies|organi[sz]ations|users?|licensees?|governments?|residents?|those\s+who))\b`,
    'i',
  ),
  new Near(/\bif\s+you\s+are\s+(?:a|an)\b/i, ['[^.]{0,120}?', /\b(?:may\s+not|must\s+not|shall\s+not|cannot|are\s+not|must\s+(?:obtain|request|purchase))\b/i]),
);
/** An item of a "shall not:" list that forbids *being* someone: "Be a government agency…". */
const BEING = /^\s*(?:\([^)]{0,80}\)\s*)?(?:be|being|become|act\s+as)\s+(?:(?:a|an|the|any)\s+)?\w/i;

/** Rights withheld from a class of persons: governments, competitors, residents of a region… */
export const excludedGroup: Rule = {
  id: 'excluded-group',
  trigger: GROUP_WORDS,
  title: 'A class of persons is excluded from the licence',
  criteria: [5],
  severity: 'error',
  explanation: 'OSD 5 forbids discriminating against any person or group of persons. Withholding the licence from governments, competitors, the residents of a region or the members of an industry does exactly that.',
  suggestion: 'Grant the same rights to everyone; use law (export controls, sanctions) rather than the licence to address specific parties.',
  fix: { title: 'Remove the excluded group' },
  examples: {
    fail: [
      'The rights in Section 2 are not granted to you if you are domiciled in, or your company is based in, Atlantis.',
      'This Software may not be used by any government agency or by its contractors.',
      'If you are a cloud service provider, you must obtain a separate licence before offering the Software.',
      'The Licensee shall not:\n\n1. Be a company, or an affiliate of a company, that engages in deep-sea mining;',
    ],
    pass: [
      'The Software is provided to governments and private users on the same terms.',
      'This licence is governed by the laws of the State of New York.',
      'Government users receive the Software with the same rights as any other licensee.',
      'This licence is granted only to persons who accept its terms.',
      'You must comply with all export laws that apply to you.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    if (ctx.facts.nonBinding || ctx.facts.disclaimer || /\bgoverned\s+by\b|\bjurisdiction\b|\bexport\b|\bcourts?\b/i.test(t)) return undefined;
    const group = findTerm(GROUPS, t);
    if (!group) return undefined;
    const beingListed = ctx.clause.isItem && BEING.test(t) && ctx.facts.leadInProhibits && !has(NON_BINDING, ctx.leadIn);
    if (!beingListed && !has(EXCLUDES, t) && !(ctx.facts.voids && /\bif\s+you\s+are\b|\byou\s+are\s+(?:a|an)\b/i.test(t))) return undefined;
    if (!beingListed && !/\b(?:licen[sc]e|grant|rights?|used|use|permitted)\b/i.test(t)) return undefined;
    return wholeClause(ctx, group.term.label);
  },
};

const CONDUCT = new AnyOf(
  /\b(?:labou?r\s+(?:and\s+employment\s+)?(?:laws?|standards|rights|practices)|relating\s+to\s+labou?r|employment\s+(?:laws?|standards|practices)|working\s+hours|core\s+international\s+labou?r\s+standards)\b/i,
  new Near(/\b(?:its|their|your)\s+employees?(?:\s*\(s\))?/i, ['[^.]{0,120}', /\b(?:rights|remedies|overtime|hours)\b/i]),
);
const OBLIGED = /\b(?:must|shall|is\s+required\s+to|are\s+required\s+to|agrees?\s+to)\b/i;

/** Licence conditions on how the licensee runs its business (labour practices, domain laws). */
export const conductCondition: Rule = {
  id: 'conduct-condition',
  trigger: ['labor*', 'labour*', 'employ*', 'working'],
  title: "The licence is conditioned on the licensee's conduct as an employer",
  criteria: [5, 6],
  severity: 'error',
  explanation: "Conditions on how a licensee treats its workers turn the licence into a tool for judging organisations: employers with some practices (OSD 5) and some fields of business (OSD 6) lose the right to use the software. Such terms are outside what an open source licence may demand.",
  suggestion: 'Leave compliance with labour law to the law itself; remove the condition from the licence or make it a non-binding request.',
  fix: { title: 'Remove the conduct condition' },
  examples: {
    fail: [
      'The licensee must comply with all labour laws and working hours regulations of the place where its staff work.',
      'Licensees shall respect core international labour standards in their factories.',
      'The company shall not ask its employees to give up their rights to paid overtime.',
    ],
    pass: [
      'We encourage users to respect labour rights; this is not a condition of the licence.',
      'You must comply with applicable export control laws.',
      'Each contributor grants the rights below on behalf of its employer if required.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    if (!has(CONDUCT, t) || ctx.facts.nonBinding) return undefined;
    if (!has(OBLIGED, t) && !ctx.facts.prohibits && !ctx.facts.exclusive) return undefined;
    return wholeClause(ctx);
  },
};

export const osd5Rules: readonly Rule[] = [sizeThreshold, excludedGroup, conductCondition];
