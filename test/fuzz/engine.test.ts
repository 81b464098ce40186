import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, Analyzer, type Finding } from '../../server/src/engine';
import { anyText, attackText, corpusSentences, licenceText, nestedList } from './generators';

/** Cases per property: small in `npm test`, large in `npm run fuzz` (FUZZ_RUNS). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const key = (f: Finding): string => `${f.ruleId}:${f.severity}:${f.criteria.join(',')}:${f.message}`;

/** What must hold for every text, for the rules alone (the engine API's default) or the clause model. */
function checkInvariants(text: string, clauseModel = false): void {
  const { findings, clauses } = analyze(text, { clauseModel });
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, `range ${f.start}-${f.end} outside 0-${text.length}`);
    assert.ok(f.clauseStart <= f.start && f.end <= f.clauseEnd, 'finding inside its clause');
    for (const at of [f.start, f.end]) {
      assert.ok(!(at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))), `offset ${at} splits a surrogate pair`);
    }
  }
  for (const c of clauses) assert.equal(text.slice(c.start, c.end), c.text);
  assert.deepEqual(analyze(text, { clauseModel }).findings, findings, 'same text, same findings');
}

describe('engine fuzzing', function () {
  this.timeout(0);
  const sentences = corpusSentences();

  it(`never throws and keeps every range inside the text (${RUNS} random strings)`, () => {
    fc.assert(fc.property(anyText, (t) => checkInvariants(t)), { numRuns: RUNS });
  });

  it(`holds for random mixes of corpus sentences (${RUNS} licences)`, () => {
    fc.assert(fc.property(licenceText(sentences), (t) => checkInvariants(t)), { numRuns: RUNS });
  });

  it(`finishes on attack strings inside licences, both judgements (${Math.max(20, Math.floor(RUNS / 400))} texts up to 20 KB of attack)`, () => {
    // A super-linear pattern would not finish here: this is the hang detector of \`npm run fuzz\`.
    let slowest = 0;
    fc.assert(
      fc.property(attackText(sentences, 20_000), fc.boolean(), (t, clauseModel) => {
        const t0 = performance.now();
        checkInvariants(t, clauseModel);
        slowest = Math.max(slowest, performance.now() - t0);
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 400)) },
    );
    if (RUNS > 200) console.log(`      slowest attack text: ${slowest.toFixed(0)} ms`);
  });

  it('gives the same findings whatever the line endings', () => {
    fc.assert(
      fc.property(licenceText(sentences), (t) => {
        const lf = t.replace(/\r\n?|\u2028/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        assert.deepEqual(analyze(crlf).findings.map(key), analyze(lf).findings.map(key));
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 4)) },
    );
  });

  it('gives the same findings incrementally as from scratch', () => {
    fc.assert(
      fc.property(licenceText(sentences), licenceText(sentences), fc.nat(), (a, b, cut) => {
        const analyzer = new Analyzer();
        analyzer.analyze(a);
        const at = a.length ? cut % a.length : 0;
        const edited = a.slice(0, at) + b + a.slice(at);
        assert.deepEqual(analyzer.analyze(edited).findings.map((f) => `${key(f)}@${f.start}`), analyze(edited).findings.map((f) => `${key(f)}@${f.start}`));
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 4)) },
    );
  });

  it('handles empty, blank, NUL-only, deeply nested and very long input', () => {
    for (const t of ['', ' ', '\n\n\n', '\r\r\r', '\t \r\n', '\u0000'.repeat(1000), '\ud800', '\udc00\ud800', nestedList(500)]) checkInvariants(t);
    const line = 'You may not sell the Software and you may use it for any purpose '.repeat(80_000); // ~5 MB, one line
    assert.ok(line.length > 5_000_000);
    const { findings } = analyze(line);
    assert.ok(findings.every((f) => f.end <= line.length));
  });
});
