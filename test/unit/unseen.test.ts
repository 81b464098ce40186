import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import unseen from '../fixtures/unseen.json';

/**
 * Clauses written once, in wording no corpus holds, to judge the rules on ideas rather than
 * sentences. The first run caught 4 of 10 violations and kept 10 of 10 compliant clauses clean;
 * the rules were then generalised (see CHANGELOG.md). These tests keep that from regressing.
 */
describe('unseen wording', () => {
  for (const v of unseen.violating) {
    it(`flags OSD ${v.osd}: ${v.text.slice(0, 80)}`, () => {
      const findings = analyze(v.text).findings.filter((f) => f.severity !== 'information');
      assert.ok(findings.some((f) => f.criteria.includes(v.osd as never)), JSON.stringify(findings.map((f) => [f.ruleId, f.criteria])));
    });
  }
  for (const text of unseen.compliant) {
    it(`leaves clean: ${text.slice(0, 80)}`, () => {
      const findings = analyze(text).findings.filter((f) => f.severity !== 'information');
      assert.deepEqual(findings.map((f) => f.ruleId), []);
    });
  }
});
