import * as assert from 'node:assert/strict';
import { analyze, MODEL_ONLY_RULES, onRuleError, type Rule, RULES } from '../../server/src/engine';
import { failLoudly } from '../hooks';

/** Every rule's examples are its tests: fail examples must be flagged by it, pass examples not. */
describe('rule examples', () => {
  for (const rule of RULES) {
    // Ideas only the clause model reports are tested with it on; every other rule with the default engine.
    const options = { clauseModel: MODEL_ONLY_RULES.has(rule.id) };
    describe(rule.id, () => {
      it('has at least three examples of each kind', () => {
        assert.ok(rule.examples.fail.length >= 3, 'fewer than three fail examples');
        assert.ok(rule.examples.pass.length >= 3, 'fewer than three pass examples');
      });
      for (const text of rule.examples.fail) {
        it(`flags: ${text.replace(/\s+/g, ' ').slice(0, 90)}`, () => {
          const hits = analyze(text, options).findings.filter((f) => f.ruleId === rule.id);
          assert.ok(hits.length > 0, `${rule.id} did not flag the example`);
          for (const f of hits) {
            assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end, 'range inside the text');
            assert.ok(f.criteria.every((c) => rule.criteria.includes(c)), 'criteria are among the rule\'s');
          }
        });
      }
      for (const text of rule.examples.pass) {
        it(`leaves alone: ${text.replace(/\s+/g, ' ').slice(0, 90)}`, () => {
          const hits = analyze(text, options).findings.filter((f) => f.ruleId === rule.id);
          assert.deepEqual(hits.map((f) => f.matched), [], `${rule.id} flagged a compliant example`);
        });
      }
    });
  }

  it('rule ids are unique kebab-case', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('every criterion from 1 to 10 is covered by at least one rule', () => {
    const covered = new Set(RULES.flatMap((r) => r.criteria));
    for (let c = 1; c <= 10; c++) assert.ok(covered.has(c as never), `no rule for OSD ${c}`);
  });

  it('a rule that throws leaves the analysis standing, and reaches the error handler (the test suite\'s fails loudly)', () => {
    const broken: Rule = { ...RULES[0], id: 'broken-rule', trigger: undefined, alsoNeeds: undefined, appliesTo: undefined, check: () => { throw new Error('boom'); } };
    const seen: string[] = [];
    onRuleError((id) => seen.push(id));
    try {
      const result = analyze('You may not use the Software for military purposes.', { ruleSet: [broken, ...RULES] });
      assert.ok(result.findings.some((f) => f.ruleId !== 'broken-rule'), 'the other rules still report the clause');
      assert.deepEqual(seen, ['broken-rule']);
    } finally {
      onRuleError(failLoudly);
    }
    assert.throws(() => analyze('You may not sell the Software.', { ruleSet: [broken] }), /broken-rule threw: Error: boom/);
  });
});
