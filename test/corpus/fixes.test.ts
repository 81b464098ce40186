import * as assert from 'node:assert/strict';
import { analyze, type AnalyzeOptions, applyEdits, fixAllReport, fixesFor, RULES } from '../../server/src/engine';
import { fixProblems } from '../helpers/fixChecks';
import { devClauses } from './clauses';
import { restrictedIndex, restrictedText } from './corpus';

/**
 * Every fix, alone and through fix all, on every failing example of the rules and on every clause
 * of the dev set that gets a finding, with the product's default judgement (the clause model):
 * it keeps every grant of rights, adds no finding, removes its own, keeps numbering continuous
 * and the draft's spelling and defined terms. Each clause is tried alone and as item 2 of a
 * numbered licence, so that removals are seen closing up the numbers.
 */
const OPTIONS: AnalyzeOptions = { clauseModel: true };

/** The clause as section 2 of a short numbered licence in British spelling. */
const numbered = (clause: string): string => `1. Definitions.\n\n   "Licensor" means Ruritania Labs.\n\n2. ${clause.replace(/\n/g, '\n   ')}\n\n3. Governing law.\n\n4. This licence is governed by the laws of Ruritania.\n`;

interface Case {
  readonly id: string;
  readonly text: string;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const rule of RULES) rule.examples.fail.forEach((text, i) => out.push({ id: `${rule.id} example ${i + 1}`, text }));
  for (const c of devClauses()) out.push({ id: c.id, text: c.text });
  return out.flatMap((c) => [c, { id: `${c.id} (numbered)`, text: numbered(c.text) }]);
}

describe('every fix on every failing example and dev clause (clause model)', function () {
  this.timeout(300_000);
  const all = cases();
  let fixesTried = 0;
  let withFinding = 0;
  let fixAllTried = 0;

  it('each single fix keeps the grants, adds no finding, removes its own, keeps numbering, spelling and terms', () => {
    const failures: string[] = [];
    for (const c of all) {
      const analysis = analyze(c.text, OPTIONS);
      if (analysis.findings.length === 0) continue;
      withFinding++;
      for (const finding of analysis.findings) {
        const fixes = fixesFor(c.text, analysis, finding);
        assert.ok(fixes.filter((f) => f.preferred).length <= 1, `${c.id}: one preferred fix at most`);
        for (const fix of fixes) {
          fixesTried++;
          const after = applyEdits(c.text, fix.edits);
          const problems = fixProblems(c.text, after, finding, OPTIONS);
          if (problems.length) failures.push(`${c.id} ${finding.ruleId} "${fix.title}": ${problems.join('; ')}\n    ${after.replace(/\s+/g, ' ').slice(0, 240)}`);
        }
      }
    }
    assert.deepEqual(failures, [], `${failures.length} fixes broke a rule:\n${failures.slice(0, 30).join('\n')}`);
    assert.ok(withFinding > 300 && fixesTried > 600, `${withFinding} texts with findings, ${fixesTried} fixes tried`);
  });

  it('fix all is never a silent no-op: what it leaves is what it reports, and it keeps everything single fixes keep', () => {
    const failures: string[] = [];
    for (const c of all) {
      const analysis = analyze(c.text, OPTIONS);
      const serious = analysis.findings.filter((f) => f.severity !== 'information');
      if (serious.length === 0) continue;
      fixAllTried++;
      const result = fixAllReport(c.text, analysis);
      const after = applyEdits(c.text, result.edits);
      assert.equal(after, result.text);
      if (result.edits.length === 0 && result.skipped.length === 0) failures.push(`${c.id}: no edit and nothing reported`);
      const left = analyze(after, OPTIONS).findings.filter((f) => f.severity !== 'information');
      if (left.length > 0 && result.skipped.length === 0) failures.push(`${c.id}: ${left.map((f) => f.ruleId).join(', ')} left but not reported`);
      const problems = fixProblems(c.text, after, undefined, OPTIONS);
      if (problems.length) failures.push(`${c.id} fix all: ${problems.join('; ')}\n    ${after.replace(/\s+/g, ' ').slice(0, 240)}`);
    }
    assert.deepEqual(failures, [], `${failures.length} fix-all results broke a rule:\n${failures.slice(0, 30).join('\n')}`);
    assert.ok(fixAllTried > 300, `${fixAllTried} texts`);
  });

  it('on the 30 restricted licences: each rule\'s fixes, and fix all, keep everything and report what they leave', () => {
    const failures: string[] = [];
    let tried = 0;
    for (const entry of restrictedIndex()) {
      const text = restrictedText(entry);
      const analysis = analyze(text, OPTIONS);
      const seen = new Set<string>();
      for (const finding of analysis.findings) {
        if (seen.has(finding.ruleId)) continue;
        seen.add(finding.ruleId);
        for (const fix of fixesFor(text, analysis, finding)) {
          tried++;
          const problems = fixProblems(text, applyEdits(text, fix.edits), finding, OPTIONS);
          if (problems.length) failures.push(`${entry.id} ${finding.ruleId} "${fix.title}": ${problems.join('; ')}`);
        }
      }
      const result = fixAllReport(text, analysis);
      const problems = fixProblems(text, result.text, undefined, OPTIONS);
      if (problems.length) failures.push(`${entry.id} fix all: ${problems.join('; ')}`);
      const left = analyze(result.text, OPTIONS).findings.filter((f) => f.severity !== 'information');
      if (left.length !== result.skipped.length) failures.push(`${entry.id} fix all: ${left.length} left, ${result.skipped.length} reported`);
    }
    assert.deepEqual(failures, []);
    assert.ok(tried > 100, `${tried} fixes`);
  });
});
