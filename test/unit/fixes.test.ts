import * as assert from 'node:assert/strict';
import { analyze, type AnalyzeOptions, applyEdits, fixAll, fixesFor, MODEL_ONLY_RULES, RULES } from '../../server/src/engine';

const errors = (text: string, options: AnalyzeOptions = {}): string[] => analyze(text, options).findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.matched}`);

describe('quick fixes', () => {
  for (const rule of RULES) {
    const options = { clauseModel: MODEL_ONLY_RULES.has(rule.id) };
    for (const example of rule.examples.fail) {
      it(`${rule.id}: every fix clears "${example.replace(/\s+/g, ' ').slice(0, 60)}"`, () => {
        const analysis = analyze(example, options);
        const finding = analysis.findings.find((f) => f.ruleId === rule.id);
        assert.ok(finding, 'the example is flagged');
        const fixes = fixesFor(example, analysis, finding);
        assert.ok(fixes.length >= 1, 'at least one fix');
        const before = errors(example, options);
        for (const fix of fixes) {
          const fixed = applyEdits(example, fix.edits);
          const after = analyze(fixed, options).findings;
          assert.ok(!after.some((f) => f.ruleId === rule.id && f.severity !== 'information'), `"${fix.title}" left the finding in: ${fixed}`);
          const newErrors = errors(fixed, options).filter((e) => !before.includes(e));
          assert.deepEqual(newErrors, [], `"${fix.title}" introduced errors: ${fixed}`);
        }
      });
    }
  }

  it('strikes the narrowing words and keeps the grant ("… for non-commercial research purposes only")', () => {
    for (const [text, expected] of [
      ['Licensor grants You a worldwide, royalty-free licence to use, copy and modify the Model for non-commercial research purposes only.', 'Licensor grants You a worldwide, royalty-free licence to use, copy and modify the Model for any purpose.'],
      ['The weights may be used solely for academic research.', 'The weights may be used for any purpose.'],
    ]) {
      const a = analyze(text, { clauseModel: true });
      const [fix] = fixesFor(text, a, a.findings[0]);
      assert.equal(applyEdits(text, fix.edits), expected);
      assert.deepEqual(analyze(expected, { clauseModel: true }).findings.map((f) => f.ruleId), []);
    }
  });

  it('rewrites a non-commercial grant to "for any purpose"', () => {
    const text = 'You may use and copy the Software for non-commercial purposes only.';
    const a = analyze(text);
    const [fix] = fixesFor(text, a, a.findings[0]);
    assert.equal(applyEdits(text, fix.edits), 'You may use and copy the Software for any purpose.');
  });

  it('removes a list item with its line, cleans a dangling "and" and renumbers the rest', () => {
    const text = [
      'You agree not to use the Model:',
      '',
      '1. for spam;',
      '2. for military purposes;',
      '3. for tax fraud.',
      '',
      'End.',
    ].join('\n');
    const a = analyze(text);
    const f = a.findings.find((x) => x.ruleId === 'field-of-use')!;
    const remove = fixesFor(text, a, f).find((x) => x.title.startsWith('Remove'))!;
    assert.equal(applyEdits(text, remove.edits), ['You agree not to use the Model:', '', '1. for spam;', '2. for tax fraud.', '', 'End.'].join('\n'));

    const last = 'Conditions:\n\n(a) keep notices; and\n(b) you may not sell the Software.\n';
    const la = analyze(last);
    const lf = la.findings.find((x) => x.ruleId === 'no-sale')!;
    const lremove = fixesFor(last, la, lf).find((x) => x.title.startsWith('Remove'))!;
    assert.equal(applyEdits(last, lremove.edits), 'Conditions:\n\n(a) keep notices.\n');
  });

  it('fix all leaves no error on the restricted example licence', () => {
    let text = require('node:fs').readFileSync(require('node:path').resolve(__dirname, '../../examples/acme-model.license'), 'utf8') as string;
    for (let pass = 0; pass < 3 && errors(text).length > 0; pass++) text = applyEdits(text, fixAll(text, analyze(text)));
    assert.deepEqual(errors(text), []);
  });
});
