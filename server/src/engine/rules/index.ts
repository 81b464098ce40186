import type { Rule } from '../rule';
import { osd1Rules } from './osd1-redistribution';
import { osd2Rules } from './osd2-source';
import { osd3Rules } from './osd3-derived';
import { osd4Rules } from './osd4-integrity';
import { osd5Rules } from './osd5-persons';
import { osd6FieldRules } from './osd6-fields';
import { osd6PolicyRules } from './osd6-policies';
import { osd7Rules } from './osd7-distribution';
import { osd8Rules } from './osd8-product';
import { osd9Rules } from './osd9-other-software';
import { osd10Rules } from './osd10-technology';
import { reviewRules } from './review-notes';

/** Every rule, in the order they are run and listed. */
export const RULES: readonly Rule[] = [
  ...osd1Rules,
  ...osd2Rules,
  ...osd3Rules,
  ...osd4Rules,
  ...osd5Rules,
  ...osd6FieldRules,
  ...osd6PolicyRules,
  ...osd7Rules,
  ...osd8Rules,
  ...osd9Rules,
  ...osd10Rules,
  ...reviewRules,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
