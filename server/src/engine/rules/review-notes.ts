import { has } from '../language';
import { type Rule, wholeClause } from '../rule';
import { AnyOf, Near } from '../near';

const BRANDING = new AnyOf(
  new Near(/\b(?:must|shall)\s+(?:prominently\s+)?(?:display|include|show|use)\b/i, ['[^.]{0,80}?', /"(?:Built\s+with|Powered\s+by|Made\s+with)\b/i]),
  new Near(/\b(?:must|shall)\s+(?:begin|start|include)\b/i, ['[^.]{0,60}', /\bname\b/i], ['[^.]{0,40}', /\b(?:with|the\s+word)\b/i]),
);

/** A required brand line or naming rule ("Built with X"): allowed in spirit by OSD 4, for a human to weigh. */
export const brandingRequirement: Rule = {
  id: 'branding-requirement',
  trigger: ['built', 'powered', 'made', 'name'],
  title: 'Derived works must display a brand or naming rule',
  criteria: [4],
  severity: 'information',
  explanation: 'OSD 4 lets a licence require derived works to carry a different name or version; mandatory branding of the licensor\'s name on products is a different demand, and a reviewer should check that it is only attribution.',
  suggestion: 'Prefer a plain attribution notice kept with the work.',
  examples: {
    fail: [
      'You must prominently display "Powered by Nimbus" on any website that uses the Model.',
      'Products built on the Engine shall include "Built with Engine" in their user interface.',
      'Any model you train with these weights must begin its name with the word Acme.',
    ],
    pass: [
      'You must retain all copyright notices in the source.',
      'Derived works must carry a different name from the original.',
      'You may state that your product is built with the Engine.',
    ],
  },
  check(ctx) {
    return has(BRANDING, ctx.text) ? wholeClause(ctx) : undefined;
  },
};

export const reviewRules: readonly Rule[] = [brandingRequirement];
