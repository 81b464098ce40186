import { has } from '../language';
import { type Rule, wholeClause } from '../rule';

const AS_PART_OF = /\b(?:as\s+(?:a\s+)?part\s+of|(?:removed|extracted|separated|taken\s+out)\s+from|outside\s+(?:of\s+)?|(?:integrated|incorporated|embedded|bundled)\s+(?:in(?:to)?|with)|(?:product|service|platform|distribution)\s+that\s+(?:incorporates|includes|integrates|embeds)|in\s+conjunction\s+with|for\s+use\s+(?:only\s+)?(?:with|on)|together\s+with)\b/i;
const PRODUCT = /\b(?:products?|services?|platforms?|distributions?|devices?|hardware|applications?|suites?|(?<![\w-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:Platform|Cloud|Suite|Store|Device|Console))\b/i;
const DEPENDS = /\b(?:only|solely|exclusively|(?:does|do|will|shall)\s+not\s+apply|not\s+apply|no\s+longer\s+appl(?:y|ies)|ceases?\s+to\s+apply|is\s+void|terminates?|(?:are|is)\s+(?:not\s+)?(?:granted|licensed)\s+(?:only\s+)?(?:if|when|where|provided))\b/i;
const AGGREGATION = /\bmere\s+aggregation\b|\blarger\s+(?:\w+\s+)?works?\b|\bexempt\s+from\b|\bvolume\s+of\s+a\s+storage\b|\blarger\s+work\b|\bwork\s+that\s+uses\b|\bnot\s+based\s+on\b|\bseparate\s+(?:and\s+independent\s+)?works?\b|\bwarrant|\bliab/i;

/** The rights depend on the work being part of, or coming with, a particular product. */
export const productSpecific: Rule = {
  id: 'product-specific',
  trigger: ['only', 'solely', 'exclusively', 'apply', 'applies', 'void', 'terminate', 'terminates', 'cease', 'ceases', 'granted', 'licensed', 'longer'],
  alsoNeeds: ['part', 'integrated', 'incorporated', 'incorporates', 'embedded', 'embeds', 'bundled', 'conjunction', 'use', 'together', 'removed', 'extracted', 'separated', 'taken', 'outside', 'includes', 'integrates'],
  title: 'The rights depend on the work being part of a particular product',
  criteria: [8],
  severity: 'warning',
  explanation: 'OSD 8 requires that the rights not depend on the program being part of a particular distribution or product: someone who extracts the program must get the same rights.',
  suggestion: 'Grant the same rights whether or not the work is used or received as part of a product.',
  fix: { title: 'Remove the product condition' },
  examples: {
    fail: [
      'The licence to the Firmware is granted solely for use with Acme Cloud Platform devices.',
      'If you obtained the Model as part of a packaged consumer application, Section 3 does not apply to you.',
      'These rights cease to apply once the Plugin is removed from the Studio Suite distribution.',
    ],
    pass: [
      'Mere aggregation of another work with the Program on a volume of a storage medium does not bring the other work under this License.',
      'You may distribute the Library as part of a larger product under terms of your choice.',
      'You may use the Software on any device or platform.',
    ],
  },
  check(ctx) {
    const t = ctx.text;
    if (!has(AS_PART_OF, t) || !has(PRODUCT, t) || !has(DEPENDS, t)) return undefined;
    if (ctx.facts.nonBinding || has(AGGREGATION, t)) return undefined;
    if (!/\b(?:licen[sc]e|rights?|section|restriction|grant\w*|agreement|terms)\b/i.test(t)) return undefined;
    // "solely for use with" a product is clear; a conditional exemption tied to a product is arguable.
    const clear = /\b(?:solely|only|exclusively)\s+(?:for\s+use\s+)?(?:with|on|as\s+part\s+of|in\s+conjunction\s+with)\b/i.test(t);
    return wholeClause(ctx, undefined, clear ? { severity: 'error' } : undefined);
  },
};

export const osd8Rules: readonly Rule[] = [productSpecific];
