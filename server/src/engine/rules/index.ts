import type { Rule } from '../rule';
import { withModel } from './model';
import { aggregateBan, circumventionBan, distributionPermission, platformSpecific, resemblesRestriction, reverseEngineeringBan, rightsNotPassed } from './model-ideas';
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

/**
 * Every rule, in the order they are run and listed. The ideas of model-ideas.ts have no matcher of
 * their own: they report only when the clause model is on (`clauseModel` in AnalyzeOptions).
 */
export const RULES: readonly Rule[] = [
  ...osd1Rules,
  distributionPermission,
  aggregateBan,
  ...osd2Rules,
  reverseEngineeringBan,
  ...osd3Rules,
  circumventionBan,
  ...osd4Rules,
  ...osd5Rules,
  ...osd6FieldRules,
  ...osd6PolicyRules,
  ...osd7Rules,
  rightsNotPassed,
  ...osd8Rules,
  ...osd9Rules,
  ...osd10Rules,
  platformSpecific,
  ...reviewRules,
  resemblesRestriction,
];

/** Ids of the rules that only the clause model can report. */
export const MODEL_ONLY_RULES: ReadonlySet<string> = new Set([distributionPermission, aggregateBan, reverseEngineeringBan, circumventionBan, rightsNotPassed, platformSpecific, resemblesRestriction].map((r) => r.id));

/** The same rules with the clause model behind each (see model.ts): experimental, off by default. */
export const MODEL_RULES: readonly Rule[] = withModel(RULES);

const byId = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
