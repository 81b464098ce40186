import * as assert from 'node:assert/strict';
import { analyze, type AnalyzeOptions, applyEdits, draftStyle, fixAll, fixAllReport, fixesFor, MODEL_ONLY_RULES, RULES } from '../../server/src/engine';

const errors = (text: string, options: AnalyzeOptions = {}): string[] => analyze(text, options).findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.matched}`);

const MODEL: AnalyzeOptions = { clauseModel: true };

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

  /** The preferred fix of the finding of `ruleId` (the first finding when none is named), applied. */
  const preferred = (text: string, ruleId?: string): string => {
    const a = analyze(text, MODEL);
    const finding = a.findings.find((f) => !ruleId || f.ruleId === ruleId);
    assert.ok(finding, `a finding${ruleId ? ` of ${ruleId}` : ''} on: ${text}`);
    const fix = fixesFor(text, a, finding).find((f) => f.preferred);
    assert.ok(fix, `a preferred fix for ${finding.ruleId} on: ${text}`);
    return applyEdits(text, fix.edits);
  };

  it('rewrites the fewest words, in the clause\'s own words', () => {
    for (const [text, rule, expected] of [
      ['The Model and any derivative of it may not be sold.', 'no-sale', 'The Model and any derivative of it may be sold.'],
      ['Copies of this toolkit may not be sold, rented or leased to anyone.', 'no-sale', 'Copies of this toolkit may be sold, rented or leased to anyone.'],
      ['The Package shall only be redistributed free of charge.', 'no-sale', 'The Package may be redistributed free of charge or for a fee.'],
      ['The toolkit is distributed solely in compiled form.', 'source-withheld', 'The toolkit is distributed in source code and compiled form.'],
      ['Licensees may not alter, adapt or translate the Software in any way.', 'no-modification', 'Licensees may alter, adapt or translate the Software in any way.'],
      ['You may copy the Score freely, but you have no right to make adaptations of it.', 'no-modification', 'You may copy the Score freely.'],
      ['Changes to the kernel may be shared solely as patch files.', 'patch-only-no-binaries', 'Changes to the kernel may be shared as patch files.'],
      ['The Author grants you a personal, non-transferable licence to use the Engine.', 'non-transferable', 'The Author grants you a licence to use the Engine.'],
      ['You may distribute the Fonts only on physical media.', 'platform-specific', 'You may distribute the Fonts.'],
      ['The Licensor grants to each Licensee (other than a Licensee that, together with its Affiliates, employs more than five hundred persons) a perpetual, worldwide license to use, copy and modify the Work.', 'excluded-group', 'The Licensor grants to each Licensee a perpetual, worldwide license to use, copy and modify the Work.'],
      ['Redistribution of the Program, in source or binary form, is permitted only after the distributor has paid the annual Redistribution Fee set out in Schedule B.', 'royalty-or-fee', 'Redistribution of the Program, in source or binary form, is permitted.'],
      ['The Software may be used solely for academic research, and not for any commercial purpose or in any commercial product.', 'limited-purpose', 'The Software may be used for any purpose.'],
      ['By clicking "Accept" on the download page, or by using or distributing any part of the Acme Materials, you agree to be bound by this Agreement.', 'click-wrap', 'By using or distributing any part of the Acme Materials, you agree to be bound by this Agreement.'],
    ] as const) {
      assert.equal(preferred(text, rule), expected);
    }
  });

  it('keeps the policy\'s name and address, the draft\'s spelling and what it calls itself', () => {
    const draft = '"Model" means the Orchid-7B weights.\n\nLicensor grants You a licence to use the Model under this Licence.\n\nYour use of the Model must comply with the Orchid Acceptable Use Policy at https://orchid.example/aup, which is incorporated into this Licence by reference.\n';
    assert.equal(
      preferred(draft, 'acceptable-use-policy').split('\n\n')[2],
      'Your use of the Model should comply with the Orchid Acceptable Use Policy at https://orchid.example/aup, which is not a condition of this Licence.\n',
    );
    const agreement = 'Acme grants you a licence to use the Acme Materials under this Agreement.\n\nYour use of the Acme Materials must comply with applicable laws and adhere to the Acceptable Use Policy, which is incorporated by reference into this Agreement.\n';
    assert.match(preferred(agreement, 'acceptable-use-policy'), /must comply with applicable laws and should adhere to the Acceptable Use Policy, which is not a condition of this Agreement\.\n$/);
    assert.equal(preferred('You agree to abide by the Usage Policy published at the link below.', 'acceptable-use-policy'), 'You should abide by the Usage Policy published at the link below; following it is not a condition of this license.');
  });

  it('reads the draft\'s style: spelling, self-reference, the work, the licensor and licensee', () => {
    const text = '"Model" means the weights. "Licensor" means Orchid Labs. Licensor grants You a licence to use the Model under this Licence. You may share the Model.';
    const a = analyze(text);
    assert.deepEqual({ ...draftStyle(text, a.definitions) }, { licence: 'Licence', capitalised: true, self: 'this Licence', work: 'the Model', licensor: 'the Licensor', licensee: 'You' });
    assert.equal(draftStyle('The software is provided under this license. You may use the software.').work, 'the software');
  });

  it('never removes a grant: it strikes the qualifier, or offers no fix and says why', () => {
    const grant = 'This license is granted to currently enrolled students and teaching staff of accredited schools and universities, and to no one else.';
    const a = analyze(grant, MODEL);
    for (const f of a.findings) assert.deepEqual(fixesFor(grant, a, f), [], f.ruleId);
    const report = fixAllReport(grant, a);
    assert.deepEqual(report.edits, []);
    assert.match(report.skipped[0].reason, /would remove a grant of rights/);
    // A removal is offered second, not preferred, and says what it removes.
    const text = 'The Model and any derivative of it may not be sold.';
    const b = analyze(text, MODEL);
    const fixes = fixesFor(text, b, b.findings.find((f) => f.ruleId === 'no-sale')!);
    assert.deepEqual(fixes.map((f) => [f.kind, f.preferred]), [['rewrite', true], ['removal', false]]);
    assert.equal(fixes[1].title, 'Remove the paragraph “The Model and any derivative of it may not be sold.”');
  });

  it('closes up dotted numbers with the items under them, and the lead-in goes with its last item', () => {
    const text = '2. Grant.\n\n2.1 You may use the Model.\n\n2.2 You shall not use the Model for military purposes.\n\n2.3 You may share the Model.\n\n2.3.1 Sharing includes hosting.\n';
    const a = analyze(text, MODEL);
    const fix = fixesFor(text, a, a.findings.find((f) => f.ruleId === 'field-of-use')!).find((f) => f.kind === 'removal')!;
    assert.equal(applyEdits(text, fix.edits), '2. Grant.\n\n2.1 You may use the Model.\n\n2.2 You may share the Model.\n\n2.2.1 Sharing includes hosting.\n');
    const list = 'You may use the Model.\n\nYou agree not to use the Model:\n\n(a) to generate spam;\n(b) to provide medical advice or diagnosis; or\n(c) for military purposes.\n\nEnd of terms.\n';
    const all = fixAllReport(list, analyze(list, MODEL));
    assert.equal(all.text, 'You may use the Model.\n\nEnd of terms.\n');
    assert.equal(all.skipped.length, 0);
    assert.equal(all.edits.length, 1, 'one edit, which no editor refuses as overlapping');
  });

  it('fix all reports what it had no time for, and never leaves a problem unmentioned', () => {
    const list = 'You may use the Model.\n\nYou agree not to use the Model:\n\n(a) to generate spam;\n(b) to provide medical advice or diagnosis; or\n(c) for military purposes.\n';
    let clock = 0;
    const partial = fixAllReport(list, analyze(list, MODEL), { budgetMs: 1, now: () => clock++ });
    const left = analyze(partial.text, MODEL).findings.filter((f) => f.severity !== 'information');
    assert.ok(left.length > 0, 'the budget stopped it');
    assert.equal(partial.skipped.length, left.length);
    assert.ok(partial.skipped.every((s) => /ran out of time/.test(s.reason)));
  });

  it('fix all leaves no error on the restricted example licence', () => {
    let text = require('node:fs').readFileSync(require('node:path').resolve(__dirname, '../../examples/acme-model.license'), 'utf8') as string;
    for (let pass = 0; pass < 3 && errors(text).length > 0; pass++) text = applyEdits(text, fixAll(text, analyze(text)));
    assert.deepEqual(errors(text), []);
  });
});
