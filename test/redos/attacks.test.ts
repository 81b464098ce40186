import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { ATTACKS, attack } from '../fuzz/attacks';

/**
 * Attack strings at 100 KB, for both judgements. A pattern that backtracks polynomially or worse
 * would not finish within mocha's timeout on these (100 KB squared is 10^10 steps); linear work
 * takes milliseconds. Timings themselves are measured in `npm run bench`, not asserted here.
 */
describe('ReDoS: attack strings finish', function () {
  this.timeout(30_000);
  it('the issue 16 reproducer, 40 lines of OR "S"', () => {
    const text = 'OR\t"S"' + '\nOR\t"S"'.repeat(40) + 'N';
    for (const clauseModel of [false, true]) assert.ok(analyze(text, { clauseModel }).clauses.length > 0);
  });
  for (const family of ATTACKS) {
    it(`${family.name} at 100 KB`, () => {
      const text = attack(family, 100_000);
      for (const clauseModel of [false, true]) {
        const { clauses, findings } = analyze(text, { clauseModel });
        for (const c of clauses) assert.equal(text.slice(c.start, c.end), c.text);
        assert.ok(findings.every((f) => f.start >= 0 && f.end <= text.length));
      }
    });
  }
});
