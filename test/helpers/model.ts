import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';

/** The engine as the editor runs it: the clause model. */
export const model = { clauseModel: true };
/** The findings of a text as rule:criteria ("no-sale:1", "no-modification:3+4"). */
export const rulesOf = (text: string): string[] => analyze(text, model).findings.map((f) => `${f.ruleId}:${f.criteria.join('+')}`);
/** Each text gets exactly `expected` (rule:criteria, in order); [] for a clause that must stay clean. */
export const expectEach = (texts: readonly string[], expected: readonly string[]): void => {
  for (const text of texts) assert.deepEqual(rulesOf(text), expected, text);
};
/** No text gets an error (a warning for a human to weigh may stand). */
export const expectNoError = (texts: readonly string[]): void => {
  for (const text of texts) assert.deepEqual(analyze(text, model).findings.filter((f) => f.severity === 'error').map((f) => f.ruleId), [], text);
};
/** Each text gets an error or a warning that names `criterion`. */
export const expectCriterion = (texts: readonly string[], criterion: number): void => {
  for (const text of texts) {
    const found = analyze(text, model).findings.filter((f) => f.severity !== 'information');
    assert.ok(found.some((f) => f.criteria.includes(criterion as never)), `${text}: ${found.map((f) => `${f.ruleId}:${f.criteria.join('+')}`).join(' ')}`);
  }
};
