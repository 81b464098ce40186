import { has } from '../language';
import { permit } from '../rewrite';
import { type Rule, wholeClause } from '../rule';

const OTHER_SOFTWARE = /\b(?:proprietary|commercial|closed[- ]source|non-free)\s+(?:software|programs?|applications?|components?|code)\b|\b(?:all\s+|any\s+)?other\s+(?:software|programs?|works?|components?|applications?)\b|\ball\s+(?:programs?|software|tools)\s+(?:that\s+)?you\s+use\b/i;
const PLACES_TERMS = /\b(?:must|shall|is\s+required\s+to|are\s+required\s+to)\s+(?:also\s+)?(?:be|make|release|publish|provide|license|licence|offer)\b|\b(?:may|shall|must|can)\s+not\s+(?:be\s+)?(?:distribut\w*|bundl\w*|combin\w*|ship\w*|include\w*)\b[^.]{0,40}\b(?:with|alongside)\b|\bcorresponding\s+source\s+for\s+all\b/i;
const CARVE_OUT = /\bmere\s+aggregation\b|\b(?:is|are)\s+not\s+(?:bound|governed|covered)\s+by\s+(?:this|these|the)\s+(?:licen[cs]e|terms)\b|\bmust\s+be\s+(?:allowed|permitted|able)\b|\bdoes\s+not\s+(?:bring|apply|extend|cover)\b|\bnot\s+(?:based\s+on|derived\s+from)\b|\bseparate\s+(?:and\s+independent\s+)?works?\b|\bunder\s+terms\s+of\s+your\s+choice\b|\bsystem\s+librar(?:y|ies)\b|\bmay\s+(?:be\s+)?(?:distribute|distributed|combine|combined|bundle|bundled)\b(?![^.]{0,20}\bnot\b)/i;
const NOT_FREE = /\b(?:proprietary|commercial|closed[- ]source|non-free|free|open[- ]source|under\s+(?:this|the\s+same)\s+licen[sc]e|source\s+code|corresponding\s+source)\b/i;

/** Terms reach beyond the work to other software distributed or used with it. */
export const otherSoftware: Rule = {
  id: 'restricts-other-software',
  trigger: ['other', 'proprietary', 'commercial', 'closed', 'all'],
  alsoNeeds: ['must', 'shall', 'required', 'not', 'corresponding'],
  title: 'The licence places terms on other software',
  criteria: [9],
  severity: 'error',
  explanation: 'OSD 9 forbids placing restrictions on other software distributed along with the licensed software. Requiring that everything shipped alongside, or every program used to run a service, be released or licensed in a certain way reaches beyond the work.',
  suggestion: 'Limit the conditions to the work and works based on it; let other software keep its own terms.',
  fix: { title: 'Allow other software alongside', rewrite: (s) => permit(s, String.raw`distributed|bundled|combined|shipped|included|distribute|bundle|combine|ship|include`) },
  examples: {
    fail: [
      'All other programs distributed on the same disk as the Software must also be released as free software.',
      'The Engine may not be bundled with proprietary applications.',
      'You must publish the source code of all tools you use to operate the hosted Program, including monitoring and backup software.',
    ],
    pass: [
      'Mere aggregation of another work not based on the Program with the Program on a volume of a storage medium does not bring the other work under the scope of this License.',
      'You may distribute the Software alongside proprietary applications.',
      'You may combine the Library with other software and distribute the result under terms of your choice.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    if (!has(OTHER_SOFTWARE, t) || has(CARVE_OUT, t) || ctx.facts.nonBinding) return undefined;
    if (!has(PLACES_TERMS, t) || !has(NOT_FREE, t)) return undefined;
    return wholeClause(ctx);
  },
};

const SERVICE = /\b(?:as\s+a\s+service|available\s+to\s+third\s+parties|offer(?:ing)?\s+(?:the\s+\w+\s+)?(?:as\s+a\s+)?service|hosted\s+service)\b/i;
const STACK_SCOPE = /\ball\s+(?:other\s+)?(?:programs?|software|tools)\s+(?:that\s+)?(?:you|are)\s+use[ds]?\b|\bmanagement\s+software\b|\bmonitoring\s+software\b|\bbackup\s+software\b/i;

/** A service condition whose source obligation (through a defined term) covers the whole service stack. */
export const serviceStack: Rule = {
  id: 'service-stack-source',
  trigger: ['service', 'third'],
  title: 'Offering a service requires releasing the source of the whole service stack',
  criteria: [6, 9],
  severity: 'error',
  explanation: 'A condition on offering the work as a service (OSD 6) that reaches every program used to run the service — management, monitoring, backup, hosting software — places terms on other software (OSD 9). Network copyleft limited to the work itself is allowed.',
  suggestion: 'Limit the source obligation to the work and modified versions of it, as the AGPL does.',
  fix: { title: 'Limit the source obligation to the work itself' },
  examples: {
    fail: [
      'If you offer the Program as a service, you must release the "Stack Code".\n\n"Stack Code" means the source code of the Program and of all programs that you use to provide the service, including management software.',
      'Anyone offering the Database as a service must publish the source of all software that they use to run it, including monitoring software and backup software.',
      'When the Tool is made available to third parties as a service, the source code of all other programs you use to host it must be released under this licence.',
    ],
    pass: [
      'If you offer a modified Program as a service, you must offer its users the Corresponding Source of your modified version.',
      'You may offer the Software as a hosted service.',
      '"Corresponding Source" means the source code of the Program needed to build and run it.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    if (!has(SERVICE, t) || ctx.facts.nonBinding) return undefined;
    if (!/\b(?:must|shall|required)\b/i.test(t)) return undefined;
    if (has(STACK_SCOPE, t) || has(STACK_SCOPE, ctx.doc.termDefinitions(t))) return wholeClause(ctx);
    return undefined;
  },
};

export const osd9Rules: readonly Rule[] = [otherSoftware, serviceStack];
