import { FIELD_WORDS, FIELDS, findTerm } from '../lexicon';
import { has, isDisclaimer, NON_BINDING, PROHIBITION, USE_VERB } from '../language';
import { type Rule, type RuleContext, wholeClause } from '../rule';
import { Near } from '../near';

/** A lead-in that introduces a list of forbidden uses or conduct ("You agree not to use the Model:"). */
export function prohibitsUse(leadIn: string): boolean {
  if (!leadIn || has(NON_BINDING, leadIn) || isDisclaimer(leadIn)) return false;
  return has(PROHIBITION, leadIn) && (has(USE_VERB, leadIn) || /\bshall\s+not\b|\bmust\s+not\b|\bprohibited\s+uses?\b/i.test(leadIn));
}

/** True when this clause is under a lead-in that forbids uses, and nothing in between softens it. */
function inProhibitedList(ctx: RuleContext): boolean {
  return ctx.clause.isItem && ctx.clause.leadIns.length > 0 && prohibitsUse(ctx.leadIn);
}

/** A named field of use is forbidden: military, nuclear, surveillance, medical… */
export const fieldOfUse: Rule = {
  id: 'field-of-use',
  trigger: FIELD_WORDS,
  title: 'A field of endeavour is excluded',
  criteria: [6],
  severity: 'error',
  explanation: 'OSD 6 forbids restricting anyone from using the program in a specific field of endeavour. Banning military, nuclear, medical, surveillance or any other field of use — in the licence or in a use policy it incorporates — breaks it.',
  suggestion: 'Remove the restriction; a disclaimer that the software is not designed or warranted for the field is allowed.',
  fix: { title: 'Remove the field-of-use restriction' },
  examples: {
    fail: [
      'The Software shall not be used in the design or operation of weapons systems.',
      'You agree not to deploy the Model:\n\n- for predictive policing or border control;',
      'Use of this library for nuclear power generation is prohibited.',
      'This program is not licensed for use in any military facility.',
    ],
    pass: [
      'This software is not designed or intended for use in the operation of any nuclear facility, and no warranty is given for such use.',
      'Nothing in this licence restricts use of the software for military or medical purposes.',
      'You may use the Software for any purpose, including medical research and law enforcement.',
      'THE SOFTWARE IS NOT FAULT-TOLERANT AND IS NOT WARRANTED FOR USE IN AIR TRAFFIC CONTROL.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    const restricted = inProhibitedList(ctx) || (ctx.facts.prohibits && !/^\s*(?:if|where|when)\b/i.test(t)) || (ctx.facts.exclusive && has(USE_VERB, t));
    if (!restricted || ctx.facts.nonBinding || ctx.facts.disclaimer) return undefined;
    const field = findTerm(FIELDS, t);
    if (!field || field.term.label === 'a business or competing use') return undefined; // competing use: its own rule
    return wholeClause(ctx, field.term.label);
  },
};

/** An item of a list of forbidden uses that names no field we know: still a use restriction. */
export const prohibitedUseList: Rule = {
  id: 'prohibited-use',
  appliesTo: 'list-items',
  title: 'A use of the work is forbidden',
  criteria: [6],
  severity: 'error',
  explanation: 'OSD 6 forbids restricting what anyone may use the program for. Each item of a list of prohibited uses is such a restriction, however well meant; the law, not the licence, should govern misuse.',
  suggestion: 'Remove the list of prohibited uses, or turn it into non-binding guidance that is "not a condition of this licence".',
  fix: { title: 'Remove this prohibited use' },
  examples: {
    fail: [
      'You will not use the Model to:\n\n1. Write marketing copy for payday lenders;',
      'You must not use the Toolkit in order to:\n\n(a) rank job applicants;',
      'Licensees shall not employ the Software:\n- To draft political speeches;',
    ],
    pass: [
      'Redistribution is permitted provided that the following conditions are met:\n\n1. Redistributions of source code must retain the above copyright notice;',
      'You may use the Model to:\n\n1. Write marketing copy;',
      'We kindly ask that you do not use the Model to:\n\n- spam people; this request is not a condition of the licence.',
    ],
  },
  check(ctx) {
    if (!inProhibitedList(ctx) || ctx.clause.isHeading || ctx.isDefinition) return undefined;
    if (findTerm(FIELDS, ctx.text) && fieldOfUse.check(ctx)) return undefined; // field-of-use names it better
    if (ctx.facts.nonBinding || ctx.facts.disclaimer) return undefined;
    return wholeClause(ctx, ctx.leadIn.split(' / ')[0].replace(/\s+/g, ' ').slice(0, 80));
  },
};

const USED_COMMERCIALLY = new Near(/\b(?:use|using)\s/i, ['[^.]{0,40}', /\bcommercially\b/i]);
const NON_COMMERCIAL = /\bnon-?\s?commercial\b/i;
const COMMERCIAL_USE = /\b(?:for|toward|towards|directed\s+to)\s+(?:\w+\s+){0,2}?(?:commercial\s+advantage|(?:private\s+)?monetary\s+compensation)\b|\bpaying\s+(?:clients?|customers?|users?)\b|\bcommercial(?:ly)?\s+(?:use|using|purposes?|exploitation|applications?|products?|services?|settings?|activit(?:y|ies)|deployment)|\bcommercially\s+(?:using|use|exploit)|\bfor\s+(?:profit|commercial\s+gain|monetary\s+gain)/i;
/** GPL 2 lets a noncommercial distributor pass on a source offer: a narrowed option, not a narrowed grant. */
const ALTERNATIVE = /\b(?:this|that|the)\s+(?:alternative|option)\s+is\s+(?:allowed|available|permitted)\b/i;
const COMMERCIAL_LICENCE = /\b(?:purchase|buy|obtain|acquire|request|need|require[sd]?)\s+(?:a|an)\s+(?:separate\s+)?commercial\s+licen[sc]e\b/i;
/** The licence itself says commercial use is allowed. */
const ALSO_COMMERCIAL = /\b(?:licen[cs]e|terms|it)\s+(?:also\s+|already\s+)?(?:allows?|permits?|covers?)\s+(?:\w+\s+){0,2}?commercial(?:\s+\w+)?\s+use\b/i;
const DISTRIBUTION_VERB = /\b(?:distribut\w*|redistribut\w*|sell|sold|resell|copy|reproduc\w*|share|sublicens\w*)\b/i;

/** Non-commercial use only, or commercial use that needs the licensor's permission. */
export const commercialUse: Rule = {
  id: 'non-commercial',
  trigger: ['commercial*', 'noncommercial*', 'non', 'paying', 'profit', 'monetary'],
  title: 'Commercial use is excluded or needs permission',
  criteria: [6, 1],
  severity: 'error',
  explanation: 'OSD 6 names business use as a field the licence may not exclude: "non-commercial use only", a commercial trial period or a separate commercial licence all break it. Where the restriction also covers selling or distributing copies, it breaks OSD 1 too, which lets anyone sell the work.',
  suggestion: 'Grant the rights for any purpose, commercial or not.',
  fix: { title: 'Allow use for any purpose', rewrite: (s) => [rewriteCommercial(s), rewriteLimitedPurpose(s)].filter((r): r is string => r !== undefined) },
  examples: {
    fail: [
      'You may use and share the Dataset Tools for non-commercial purposes only.',
      'Anyone who wants to use the Software commercially must first buy a commercial licence from us.',
      'Commercial use of the plugin is limited to a fourteen-day evaluation period.',
      'Any non commercial purpose is a permitted purpose under these terms.',
      'You may not exercise these rights in any way directed toward commercial advantage or private monetary compensation.',
    ],
    pass: [
      'You may use the Software for any purpose, commercial or non-commercial.',
      'You may charge a fee for commercial support services.',
      'Nothing in this licence restricts commercial use of the Software.',
      'The copyright holders make no claim that the Software is fit for commercial purposes; it is provided without warranty.',
      'You may not claim endorsement by the Authors in order to gain commercial advantage from their names.',
      'If you need a commercial licence for your business, contact us; this licence also allows commercial use.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    if (ctx.facts.nonBinding || ctx.facts.disclaimer || (ctx.isDefinition && !ctx.restrictedBy) || ALTERNATIVE.test(t)) return undefined;
    const nc = NON_COMMERCIAL.exec(t);
    const c = COMMERCIAL_USE.exec(t) ?? USED_COMMERCIALLY.exec(t) ?? COMMERCIAL_LICENCE.exec(t);
    if (!nc && !c) return undefined;
    const narrowed = nc
      ? ctx.facts.exclusive || ctx.facts.prohibits || /\bpermitted\s+purpose|\bfor\s+(?:any\s+)?non-?\s?commercial\b/i.test(t)
      : ctx.facts.prohibits || ctx.facts.voids || /\b(?:limit\w*|trial|evaluation\s+period|must\s+(?:buy|purchase|pay)|request\s+a\s+licen[sc]e)\b/i.test(t);
    if (!narrowed && !(nc && inProhibitedList(ctx))) return undefined;
    if (!nc && /\bsupport\s+services|\bwarranty\b|\bfor\s+any\s+purpose|\bendorse|\brepresentations?\b/i.test(t)) return undefined;
    // (An offer of a paid licence beside a grant that already covers business use: "… contact us; this licence also allows commercial use".)
    if (!nc && ALSO_COMMERCIAL.test(t)) return undefined;
    const criteria = nc && has(DISTRIBUTION_VERB, t) ? [6, 1] as const : [6] as const;
    return wholeClause(ctx, undefined, { criteria });
  },
};

/**
 * Strikes the words that narrow a grant to one purpose, keeping the grant: "… to run the Software
 * for evaluation purposes only" → "… for any purpose"; "solely for academic research" → "for any purpose".
 */
function rewriteLimitedPurpose(s: string): string | undefined {
  const out = withoutExclusion(s)
    .replace(/\b(make|making|for)\s+non-production\s+use\b/gi, '$1 use')
    .replace(/\bfor\s+(?:your|its|their|his|her)\s+own\s+(?:internal|personal|private|non-?commercial)\s+(?:use|purposes?)\b/gi, 'for any purpose')
    .replace(/\bfor\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:purposes?|use|uses)\s+only\b/gi, 'for any purpose')
    .replace(/\b(?:solely|only|exclusively)\s+for\s+(?:the\s+(?:sole\s+)?purposes?\s+of\s+)?(?:[\w-]+\s+){0,3}?[\w-]+?(?:\s+(?:purposes?|use|uses))?(?=[.;,]|\s*$)/gi, 'for any purpose');
  return out === s ? undefined : out;
}

/** ", and not for any commercial purpose" goes with the narrowing it repeats. */
function withoutExclusion(s: string): string {
  const m = /,?\s+(?:and|but)\s+not\s+(?:for|in|to|as)\s/i.exec(s);
  if (!m || !/\b(?:only|solely|exclusively)\b/i.test(s.slice(0, m.index))) return s;
  const stop = /[.;](?!\S)/.exec(s.slice(m.index));
  return s.slice(0, m.index) + (stop ? s.slice(m.index + stop.index) : '');
}

/** "For any purpose" in place of the non-commercial narrowing. */
function rewriteCommercial(s: string): string | undefined {
  const out = withoutExclusion(s)
    .replace(/\bfor\s+non-?\s?commercial\s+(?:purposes?|use)\s+only\b/gi, 'for any purpose')
    .replace(/\b(?:solely|only|exclusively)\s+for\s+non-?\s?commercial\s+(?:purposes?|use)\b/gi, 'for any purpose')
    .replace(/\bnon-?\s?commercial\s+purpose\b/gi, 'purpose');
  return out === s ? undefined : out;
}

const LIMITED_PURPOSE = new RegExp(
  String.raw`\b(?:(?:for|to)\s+(?:research|evaluation|evaluating|testing|academic|educational|personal|non-production|internal|demonstration|trial)\s+(?:and\s+\w+\s+)?(?:use|purposes?|uses)\s+only|` +
    String.raw`(?:solely|only|exclusively)\s+(?:for|in|within|as\s+part\s+of)\s+(?:an?\s+|the\s+)?(?:purposes?\s+of\s+)?(?:research|evaluation|evaluating|testing|academic|educational|personal|non-production|internal|demonstration|classroom|hobby)|` +
    String.raw`(?:make|making|for)\s+non-production\s+use|(?:may|shall|must)\s+not\s+(?:be\s+)?(?:use[sd]?|deploy\w*|run)\s+(?:\w+\s+){0,4}?in\s+production|` +
    String.raw`production\s+use\s+(?:is|requires|shall\s+require|needs)\s+(?:not\s+permitted|prohibited|a\s+(?:separate|commercial))|` +
    String.raw`(?:shall|will)\s+mean\s+for\s+(?:research|evaluation)\s+(?:or|and)\s+\w+\s+purposes\s+only|` +
    String.raw`(?:trial|evaluation)\s+period\s+of\s+\w+|\b\w+-day\s+(?:trial|evaluation))`,
  'i',
);

/** Research, evaluation, personal or non-production use only. */
export const limitedPurpose: Rule = {
  id: 'limited-purpose',
  trigger: ['research', 'evaluat*', 'testing', 'academic', 'educational', 'personal', 'production', 'non', 'internal', 'demonstration', 'trial', 'classroom', 'hobby'],
  title: 'Use is limited to research, evaluation or non-production purposes',
  criteria: [6],
  severity: 'error',
  explanation: 'OSD 6 forbids restricting the fields in which the program may be used. Limiting the grant to research, evaluation, testing or non-production use excludes every other field, business use above all.',
  suggestion: 'Grant the rights for any purpose, including production use.',
  fix: { title: 'Allow use for any purpose', rewrite: (s) => rewriteLimitedPurpose(s) },
  examples: {
    fail: [
      'The Licensor grants you the right to run the Software for evaluation purposes only.',
      'The weights may be used solely for academic research.',
      'You may not deploy the Service Kit in production without a paid subscription.',
      'The licensor grants you a licence to copy the work and to make non-production use of it.',
    ],
    pass: [
      'You may use the Software for research, evaluation, production or any other purpose.',
      'This section applies to production and non-production use alike.',
      'Personal use is a permitted purpose, and so is every other use.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    if (!has(LIMITED_PURPOSE, t) || ctx.facts.nonBinding || ctx.facts.disclaimer || (ctx.isDefinition && !ctx.restrictedBy)) return undefined;
    if (/\balike\b|\bany\s+(?:other\s+)?purpose\b/i.test(t)) return undefined;
    return wholeClause(ctx);
  },
};

export const osd6FieldRules: readonly Rule[] = [fieldOfUse, commercialUse, limitedPurpose, prohibitedUseList];
