import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import type { LicenceIndex } from '../../server/src/engine/identify';
import { builtLicenceIndex } from '../helpers/licenceIndex';
import { restrictedIndex, restrictedText } from '../corpus/corpus';
import { allLayouts, apacheLayouts, LICENCES } from '../fixtures/layouts';

/**
 * Licences as projects ship them — re-wrapped, indented, with centred headers, Markdown headings,
 * filled-in copyright lines, other list markers, CRLF, the Apache APPENDIX with and without —
 * are recognised as themselves, with nothing reported added or changed. The layouts are made
 * from the SPDX texts of the shared corpus (see test/fixtures/layouts.ts).
 */
describe('nearest known licence, in distributed layouts', function () {
  this.timeout(120_000);
  let index: LicenceIndex;
  before(() => {
    index = builtLicenceIndex();
  });

  it(`covers at least 15 licences`, () => {
    assert.ok(new Set(allLayouts().map((l) => l.id)).size >= 15);
    assert.ok(LICENCES.length >= 15);
  });

  for (const layout of allLayouts()) {
    it(`${layout.id}, ${layout.name}: itself at ≥ 98 %, nothing added or changed`, () => {
      const id = index.identify(layout.text, analyze(layout.text).clauses);
      assert.ok(id, 'identified');
      assert.ok(id.id === layout.id || id.sameText.includes(layout.id), `identified as ${id.id} (${id.similarity})`);
      assert.ok(id.similarity >= 0.98, `similarity ${id.similarity}`);
      assert.deepEqual(id.added.map((a) => a.text), [], 'nothing added');
      assert.deepEqual(id.changed.map((c) => c.text), [], 'nothing changed');
    });
  }

  it('quotes a changed clause and an added one in the draft\'s own words, and the licence\'s sentence as the licence has it', () => {
    const apache = apacheLayouts()[0].text;
    const draft = apache
      .replace('whether by contract or otherwise, or (ii) ownership of fifty percent', 'whether by contract or otherwise, or (ii) ownership of ten percent')
      .replace('   END OF TERMS AND CONDITIONS', '   10. Field of Use. You may not use the Work for military purposes.\n\n   END OF TERMS AND CONDITIONS');
    const id = index.identify(draft, analyze(draft).clauses)!;
    assert.equal(id.id, 'Apache-2.0');
    assert.equal(id.changed.length, 1, JSON.stringify(id.changed));
    const changed = id.changed[0];
    assert.equal(draft.slice(changed.start, changed.end), changed.text, 'the draft\'s own text');
    assert.match(changed.text, /ten percent \(50%\)|ownership of ten\s+percent/);
    assert.match(changed.reference!, /"control" means \(i\) the power, direct or indirect/, 'the licence\'s sentence with its case and punctuation');
    assert.equal(id.added.length, 1, JSON.stringify(id.added));
    assert.match(id.added[0].text, /You may not use the Work for military purposes\./);
    assert.equal(draft.slice(id.added[0].start, id.added[0].end), id.added[0].text);
  });

  it('finds a rider after the APPENDIX of an apache.org layout as one added clause', () => {
    const commons = restrictedText(restrictedIndex().find((e) => e.id === 'commons-clause-1.0')!);
    const draft = `${apacheLayouts()[0].text}\n${commons}`;
    const id = index.identify(draft, analyze(draft).clauses)!;
    assert.equal(id.id, 'Apache-2.0');
    assert.ok(id.similarity > 0.8 && id.similarity < 0.98, `similarity ${id.similarity}`);
    assert.equal(id.added.length, 1);
    assert.match(id.added[0].text, /does not grant to you, the right to Sell the Software/);
  });

  it('reports a clause rewritten, and a word struck from a clause, with the sentence of the licence', () => {
    const words = (sentence: string): RegExp => new RegExp(sentence.split(' ').map((w) => w.replace(/[.()]/g, '\\$&')).join('\\s+'));
    const apache = apacheLayouts()[0].text;
    const draft = apache.replace(words('This License does not grant permission to use the trade names, trademarks, service marks, or product names of the Licensor,'), 'The Licensor may use the trade names,');
    const id = index.identify(draft, analyze(draft).clauses)!;
    assert.equal(id.id, 'Apache-2.0');
    assert.equal(id.changed.length, 1, JSON.stringify(id.changed));
    assert.match(id.changed[0].reference!, /^This License does not grant permission to use the trade names/);
    const mit = allLayouts().find((l) => l.id === 'MIT' && /72/.test(l.name))!.text;
    const struck = mit.replace(words('merge, publish, distribute, sublicense'), 'merge, distribute, sublicense');
    const s = index.identify(struck, analyze(struck).clauses)!;
    assert.equal(s.changed.length, 1, JSON.stringify(s));
    assert.match(s.changed[0].reference!, /merge, publish, distribute/);
  });
});
