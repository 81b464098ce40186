import * as assert from 'node:assert/strict';
import { analyze, type AnalyzeOptions, ALL_CRITERIA } from '../../server/src/engine';
import { evaluateRestricted, restrictedIndex, restrictedText, spdxIndex, spdxText } from './corpus';

// Every corpus property holds for the default rules and for the clause model alike.
const ENGINES: ReadonlyArray<readonly [string, AnalyzeOptions]> = [['rules', {}], ['clause model', { clauseModel: true }]];

for (const [engine, options] of ENGINES) {
  describe(`corpus (${engine}): OSI-approved SPDX texts`, () => {
    const osi = spdxIndex().filter((e) => e.isOsiApproved);

    it('holds the 149 OSI-approved texts the brief names', () => {
      assert.equal(osi.length, 149);
    });

    it('produces no error on any OSI-approved text', () => {
      const errors = osi.flatMap((e) => analyze(spdxText(e.id), options).findings.filter((f) => f.severity === 'error').map((f) => `${e.id} [${f.ruleId}] ${f.matched.slice(0, 80)}`));
      assert.deepEqual(errors, []);
    });

    it('produces no warning on any OSI-approved text', () => {
      const warnings = osi.flatMap((e) => analyze(spdxText(e.id), options).findings.filter((f) => f.severity === 'warning').map((f) => `${e.id} [${f.ruleId}] ${f.matched.slice(0, 80)}`));
      assert.deepEqual(warnings, []);
    });
  });

  describe(`corpus (${engine}): restricted licences`, () => {
    const results = restrictedIndex().map((e) => evaluateRestricted(e, options));

    it('gives every restricted licence at least one error', () => {
      const clean = results.filter((r) => !r.findings.some((f) => f.severity === 'error')).map((r) => r.entry.id);
      assert.deepEqual(clean, []);
    });

    it('finds at least 95 % of annotated sentences with the annotated criterion', () => {
      const anns = results.flatMap((r) => r.annotations);
      const lines: string[] = [];
      for (const c of ALL_CRITERIA) {
        const mine = anns.filter((a) => a.annotation.osd === c);
        if (mine.length) lines.push(`OSD ${c}: ${mine.filter((a) => a.hit).length}/${mine.length}`);
      }
      const hit = anns.filter((a) => a.hit).length;
      console.log(`      recall per criterion: ${lines.join(', ')}; overall ${hit}/${anns.length} (${((100 * hit) / anns.length).toFixed(1)} %)`);
      const missed = anns.filter((a) => !a.hit).map((a) => `${a.licence} OSD ${a.annotation.osd}: ${a.annotation.quote.slice(0, 60)}`);
      assert.ok(hit / anns.length >= 0.95, `recall ${hit}/${anns.length}; missed:\n${missed.join('\n')}`);
    });

    it('shows OSD 5 on the Llama 2 user threshold and OSD 6 on its Acceptable Use Policy clause', () => {
      const entry = restrictedIndex().find((e) => e.id === 'llama-2-community')!;
      const text = restrictedText(entry);
      const { findings } = analyze(text, options);
      const at = (quote: string): number[] => {
        const start = text.indexOf(quote);
        assert.ok(start >= 0);
        return findings.filter((f) => f.start < start + quote.length && f.end > start && f.severity === 'error').flatMap((f) => [...f.criteria]);
      };
      assert.ok(at('700 million monthly active users').includes(5));
      assert.ok(at('adhere to the\nAcceptable Use Policy').includes(6));
    });

    it('tells a licence from a warranty disclaimer: No-Nuclear-License fails, No-Nuclear-Warranty passes', () => {
      const licensed = analyze(spdxText('BSD-3-Clause-No-Nuclear-License'), options).findings.filter((f) => f.criteria.includes(6) && f.severity === 'error');
      const warranty = analyze(spdxText('BSD-3-Clause-No-Nuclear-Warranty'), options).findings.filter((f) => f.severity !== 'information');
      assert.ok(licensed.length > 0, 'No-Nuclear-License must be flagged');
      assert.deepEqual(warranty.map((f) => f.ruleId), []);
    });
  });
}

describe('corpus: non-free texts no annotation covers', () => {
  it('flags every English Creative Commons NonCommercial and NoDerivatives licence (ND 1.0 aside)', () => {
    // ND 1.0 forbids adaptations only by not granting them; its text never says so.
    const ids = spdxIndex().map((e) => e.id).filter((id) => /^CC-BY-(?:NC|ND)/.test(id) && !/-(?:DE|FR|IGO|JP|UK)$/.test(id) && id !== 'CC-BY-ND-1.0');
    assert.ok(ids.length >= 15, `${ids.length} texts`);
    for (const [, options] of ENGINES) {
      const clean = ids.filter((id) => !analyze(spdxText(id), options).findings.some((f) => f.severity === 'error'));
      assert.deepEqual(clean, [], JSON.stringify(options));
    }
  });
});
