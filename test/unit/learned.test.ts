import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { analyze } from '../../server/src/engine';
import { cleanText } from '../../server/src/engine/language';
import { learnedReadings } from '../../server/src/engine/model/learned/classifier';
import { clauseFeatures } from '../../server/src/engine/model/learned/features';
import { learnedJudgement } from '../../server/src/engine/model/learned/judgement';
import { readProvisions } from '../../server/src/engine/model/provisions';
import { Reading } from '../../server/src/engine/model/reading';
import { inputsHash, serialize, trainWeights, WEIGHTS_FILE } from '../../scripts/train';

const learned = (text: string) => analyze(text, { clauseModel: true }).findings.filter((f) => f.ruleId === 'resembles-restriction');
const readings = (text: string): Reading[] => readProvisions(cleanText(text)).map((p) => new Reading(p, []));

describe('learned layer', () => {
  it('is the weights that training gives today, byte for byte (npm run train after changing the model or the tuning sets)', function () {
    this.timeout(120_000);
    const committed = fs.readFileSync(WEIGHTS_FILE, 'utf8');
    assert.equal(JSON.parse(committed).inputs, inputsHash(), 'the weights were trained from other inputs: run npm run train');
    assert.ok(serialize(trainWeights()) === committed, 'retraining gave different weights');
  });

  it('names the words of the clause its reading rests on, and covers the clause, as a warning', () => {
    const text = 'Whoever obtains the Library from a third party must first confirm their identity with the Maintainer.';
    const [f] = learned(text);
    assert.ok(f, 'no learned finding');
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.criteria, [7]);
    const quoted = [...f.message.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    assert.ok(quoted.length > 0, f.message);
    for (const w of quoted) assert.ok(text.includes(w), `"${w}" is not in the clause`);
    assert.equal(f.start, 0);
    assert.equal(f.end, text.length - 1);
  });

  it('reads a clause the same whatever the draft calls the work and the licensor', () => {
    const a = clauseFeatures(readings('The Software shall be used for good, not for harm, by the Licensor.'));
    const b = clauseFeatures(readings('The Engine shall be used for good, not for harm, by the Foundation.'));
    assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  });

  it('stays silent where a decision or a rule already reports the clause', () => {
    const text = 'The Software may not be used for military purposes.';
    assert.ok(learnedReadings(clauseFeatures(readings(text))).length > 0, 'the learned models read it as a restriction too');
    const findings = analyze(text, { clauseModel: true }).findings;
    assert.ok(findings.some((f) => f.ruleId === 'field-of-use'));
    assert.equal(learned(text).length, 0);
  });

  it('stays silent on clauses that bind nobody, and with the rules alone', () => {
    for (const text of [
      'We ask, but do not require, that each person who receives the Engine confirms their identity with the Foundation.',
      'Earlier versions required each person who received the Engine to confirm their identity with the Foundation; that requirement was removed in 2021.',
    ]) assert.equal(learned(text).length, 0, text);
    const text = 'Each person who receives the Engine must first confirm their identity with the Foundation.';
    assert.equal(learned(text).length, 1);
    assert.equal(analyze(text).findings.filter((f) => f.ruleId === 'resembles-restriction').length, 0);
  });

  it('leaves OSD 4 to the document where it lets software built from modified source be distributed', () => {
    const text = 'Modifications may be shared only in the form of patches against the official release.';
    const asRead = (binariesPermitted: boolean) => learnedJudgement(readings(text), cleanText(text), () => binariesPermitted)?.criteria ?? [];
    assert.deepEqual(asRead(false), [4]);
    assert.deepEqual(asRead(true), []);
  });
});
