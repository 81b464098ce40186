import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import type { LicenceIndex } from '../../server/src/engine/identify';
import { builtLicenceIndex } from '../helpers/licenceIndex';
import { restrictedIndex, restrictedText, spdxIndex, spdxText } from '../corpus/corpus';


describe('nearest known licence', function () {
  this.timeout(60000);
  let index: LicenceIndex;
  before(() => {
    index = builtLicenceIndex();
  });

  it('identifies every SPDX text of the corpus as itself (or an id with the same text)', () => {
    const wrong: string[] = [];
    for (const e of spdxIndex()) {
      const text = spdxText(e.id);
      if (text.trim().length < 40) continue;
      const id = index.identify(text);
      if (!id || (id.id !== e.id && !id.sameText.includes(e.id))) wrong.push(`${e.id} -> ${id?.id ?? 'nothing'} (${id?.similarity})`);
    }
    assert.deepEqual(wrong, []);
  });

  it('reads Apache-2.0 + Commons Clause as Apache-2.0 with the rider added and flagged', () => {
    const commons = restrictedText(restrictedIndex().find((e) => e.id === 'commons-clause-1.0')!);
    const draft = `${spdxText('Apache-2.0')}\n\n${commons}`;
    const id = index.identify(draft)!;
    assert.equal(id.id, 'Apache-2.0');
    assert.ok(id.similarity > 0.8, `similarity ${id.similarity}`);
    assert.equal(id.added.length, 1, 'the rider is one added clause');
    const added = id.added.map((a) => a.text).join('\n');
    assert.match(added, /does not grant to you, the right to Sell the Software/);
    assert.doesNotMatch(added, /Grant of Copyright License/);
    const flagged = analyze(draft).findings.filter((f) => f.severity === 'error' && id.added.some((a) => f.start >= a.start && f.end <= a.end));
    assert.ok(flagged.some((f) => f.criteria.includes(1)));
  });

  it('reports a changed clause with the sentence it replaced', () => {
    const mit = spdxText('MIT').replace('to deal in the Software without restriction', 'to deal in the Software for non-commercial purposes only');
    const id = index.identify(mit)!;
    assert.equal(id.id, 'MIT');
    assert.equal(id.changed.length, 1);
    assert.match(id.changed[0].reference!, /without restriction/);
  });

  it('finds nothing for text that is no licence', () => {
    assert.equal(index.identify('Shopping list: eggs, milk, bread. Call the plumber on Monday about the sink.'), undefined);
  });
});
