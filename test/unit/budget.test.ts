import * as assert from 'node:assert/strict';
import { analyze, CLAUSE_BUDGET_MS, RULES, type Rule } from '../../server/src/engine';

/**
 * The time budget, the last guard against a slow clause: a clause whose rules run past it is
 * abandoned and reported, and the rest of the document is still checked. The clock is the test's
 * own, so nothing here depends on how fast the machine is.
 */
describe('clause time budget', () => {
  let clock = 0;
  const now = (): number => clock;
  /** A rule that takes two "seconds" on any clause containing "tarpit". */
  const slow: Rule = {
    id: 'slow-for-test',
    title: 'slow',
    criteria: [1],
    severity: 'error',
    explanation: '',
    suggestion: '',
    examples: { fail: [], pass: [] },
    trigger: ['tarpit'],
    check: () => {
      clock += 2000;
      return undefined;
    },
  };
  const text = 'The tarpit clause: you may not sell the software.\n\nYou may not sell copies of the software.\n';

  it('abandons the slow clause with a note and checks the rest', () => {
    const { findings, unchecked } = analyze(text, { ruleSet: [slow, ...RULES], now });
    assert.equal(unchecked.length, 1);
    assert.match(text.slice(unchecked[0].start, unchecked[0].end), /^The tarpit clause/);
    assert.match(unchecked[0].message, new RegExp(`too complex to check within ${CLAUSE_BUDGET_MS} ms`));
    assert.deepEqual(findings.map((f) => [f.ruleId, text.slice(f.clauseStart, f.clauseEnd)]), [['no-sale', 'You may not sell copies of the software.']]);
  });

  it('checks every clause when the rules are quick', () => {
    const { findings, unchecked } = analyze(text, { ruleSet: RULES, now });
    assert.deepEqual(unchecked, []);
    assert.equal(findings.filter((f) => f.ruleId === 'no-sale').length, 2);
  });

  it('tries an abandoned clause once more before reporting it', () => {
    let pauses = 1;
    const once: Rule = { ...slow, id: 'one-pause-for-test', check: () => void (pauses-- > 0 && (clock += 5000)) };
    const { findings, unchecked } = analyze(text, { ruleSet: [once, ...RULES], now });
    assert.deepEqual(unchecked, []);
    assert.equal(findings.filter((f) => f.ruleId === 'no-sale').length, 2);
  });

  it('takes the budget from the options', () => {
    assert.equal(analyze(text, { ruleSet: [slow, ...RULES], now, clauseBudgetMs: 5000 }).unchecked.length, 0);
    assert.equal(analyze(text, { ruleSet: [slow, ...RULES], now, clauseBudgetMs: 500 }).unchecked.length, 1);
  });
});
