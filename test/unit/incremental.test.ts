import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, Analyzer, segment } from '../../server/src/engine';

const example = fs.readFileSync(path.resolve(__dirname, '../../examples/acme-model.license'), 'utf8');
const plain = (f: { ruleId: string; start: number; end: number; severity: string; criteria: readonly number[]; message: string }) => `${f.ruleId}@${f.start}-${f.end}:${f.severity}:${f.criteria}:${f.message}`;

describe('incremental analysis', () => {
  it('re-evaluates only the clause an edit touched (rules alone) and the sentences read with it (clause model)', () => {
    const at = example.indexOf('seven hundred million');
    const edited = example.slice(0, at) + 'x' + example.slice(at);
    const rules = new Analyzer();
    rules.analyze(example);
    rules.analyze(edited);
    assert.equal(rules.lastEvaluated, 1);
    // The clause model reads a clause with the sentence before and after it in its paragraph, so they are re-read too.
    const model = new Analyzer();
    model.analyze(example, { clauseModel: true });
    model.analyze(edited, { clauseModel: true });
    const clauses = segment(example);
    const i = clauses.findIndex((c) => c.start <= at && at < c.end);
    const around = clauses.filter((c, j) => j !== i && Math.abs(j - i) <= 1 && c.block === clauses[i].block).length;
    assert.ok(around > 0, 'the edited sentence has a neighbour in its paragraph');
    assert.equal(model.lastEvaluated, 1 + around);
  });

  it('gives the same findings as a fresh analysis after every kind of edit', () => {
    const a = new Analyzer();
    let text = example;
    a.analyze(text);
    const edits: Array<(t: string) => string> = [
      (t) => t.replace('seven hundred million', 'seventy'),
      (t) => t.replace('"Acceptable Use Policy" means', '"Usage Rules" means'), // a definition changes
      (t) => t + '\nYou may not sell the Acme Materials.\n',
      (t) => t.replace('You agree you will not use, or allow others to use, the Acme Materials to:', 'You may use the Acme Materials to:'), // a lead-in changes
      (t) => t.replace(/\n\n/g, '\r\n\r\n'),
      (t) => t.slice(0, t.length / 2),
      () => example,
    ];
    for (const edit of edits) {
      text = edit(text);
      assert.deepEqual(a.analyze(text).findings.map(plain), analyze(text).findings.map(plain));
    }
  });

  it('follows a document-wide fact that an edit elsewhere changes, back and forth', () => {
    // OSD 4 allows patch-only source only where binaries built from modified source may be distributed: a fact of the whole document.
    const patchesOnly = 'Modified versions of the Software may be distributed only in the form of patch files.\n\nYou may copy the Software.\n';
    const withBinaries = `${patchesOnly}\nYou may also distribute executables built from the modified source.\n`;
    for (const options of [{}, { clauseModel: true }]) {
      const a = new Analyzer();
      for (const [text, expected] of [[patchesOnly, ['patch-only-no-binaries']], [withBinaries, []], [patchesOnly, ['patch-only-no-binaries']], [withBinaries, []]] as const) {
        const ids = a.analyze(text, options).findings.map((f) => f.ruleId);
        assert.deepEqual(ids, expected, JSON.stringify(options));
        assert.deepEqual(ids, analyze(text, options).findings.map((f) => f.ruleId));
      }
    }
  });

  it('keeps the language versions of a bilingual licence right after an edit', () => {
    const zh = ['一、您不得将本软件用于任何军事用途。', '二、本软件仅限非商业用途使用。', '三、您可以复制和分发本软件。', '四、如中英文版本有冲突，以中文版本为准。'];
    const en = ['1. You may copy and distribute the Software.', '2. You may modify the Software.', '3. The Software is provided as is.', '4. You may use the Software for any purpose.'];
    const text = `${zh.join('\n')}\n\n${en.join('\n')}\n`;
    const a = new Analyzer();
    const first = a.analyze(text, { clauseModel: true });
    assert.equal(first.languages?.bilingual, true);
    for (const edited of [text.replace('军事用途', '任何用途'), text.replace('any purpose', 'non-military purposes only'), text]) {
      const incremental = a.analyze(edited, { clauseModel: true });
      const fresh = analyze(edited, { clauseModel: true });
      assert.deepEqual(incremental.languages, fresh.languages);
      assert.deepEqual(incremental.findings.map(plain), fresh.findings.map(plain));
    }
  });

  it('reuses clause results across settings changes, applying the new severities', () => {
    const a = new Analyzer();
    a.analyze(example);
    const r = a.analyze(example, { rules: { 'size-threshold': 'warning' } });
    assert.equal(a.lastEvaluated, 0);
    assert.equal(r.findings.find((f) => f.ruleId === 'size-threshold')!.severity, 'warning');
  });
});
