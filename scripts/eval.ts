/**
 * `npm run eval`: judges the engine on the shared corpus. Prints, per criterion, the annotated
 * sentences of the restricted licences hit with the right criterion (recall), the findings on
 * restricted licences outside annotated sentences (for review), and findings on OSI-approved
 * SPDX texts (errors must be zero; warnings should be rare); then the clause sets (dev.jsonl halves,
 * the blind set) for the default rules and the experimental clause model.
 */
import * as path from 'node:path';
import { analyze, ALL_CRITERIA } from '../server/src/engine';
import { evaluateRestricted, restrictedIndex, restrictedText, spdxIndex, spdxText } from '../test/corpus/corpus';
import { blindSet, devClauses, isTuningHalf, readJsonl, score, tuningSet } from '../test/corpus/clauses';

const verbose = process.argv.includes('--verbose');
const results = restrictedIndex().map((e) => evaluateRestricted(e));
const rows = ALL_CRITERIA.map((c) => {
  const anns = results.flatMap((r) => r.annotations).filter((a) => a.annotation.osd === c);
  const outside = results.flatMap((r) => r.outside).filter((f) => f.criteria.includes(c));
  return { c, total: anns.length, hit: anns.filter((a) => a.hit).length, outside: outside.length };
});
const osi = spdxIndex().filter((e) => e.isOsiApproved);
const osiFindings = osi.map((e) => ({ id: e.id, findings: analyze(spdxText(e.id)).findings }));
const osiBy = (c: number, sev: string): number => osiFindings.reduce((n, o) => n + o.findings.filter((f) => f.severity === sev && f.criteria.includes(c as never)).length, 0);

console.log('criterion  annotated  hit  recall   outside-annotations  OSI errors  OSI warnings');
for (const r of rows) {
  const recall = r.total ? `${((100 * r.hit) / r.total).toFixed(0)} %` : '  -';
  console.log(`OSD ${String(r.c).padEnd(6)} ${String(r.total).padStart(9)} ${String(r.hit).padStart(4)} ${recall.padStart(7)} ${String(r.outside).padStart(20)} ${String(osiBy(r.c, 'error')).padStart(11)} ${String(osiBy(r.c, 'warning')).padStart(13)}`);
}
const total = rows.reduce((n, r) => n + r.total, 0);
const hit = rows.reduce((n, r) => n + r.hit, 0);
const errors = osiFindings.flatMap((o) => o.findings.filter((f) => f.severity === 'error').map((f) => ({ id: o.id, f })));
const warnings = osiFindings.flatMap((o) => o.findings.filter((f) => f.severity === 'warning').map((f) => ({ id: o.id, f })));
console.log(`all        ${String(total).padStart(9)} ${String(hit).padStart(4)} ${((100 * hit) / total).toFixed(1).padStart(5)} %`);
console.log(`restricted licences with at least one error: ${results.filter((r) => r.findings.some((f) => f.severity === 'error')).length} / ${results.length}`);
console.log(`OSI-approved SPDX texts: ${osi.length}; errors ${errors.length}; warnings ${warnings.length}`);
for (const { id, f } of [...errors, ...warnings]) console.log(`  ${f.severity.padEnd(7)} ${id} [${f.ruleId}] ${f.matched.replace(/\s+/g, ' ').slice(0, 150)}`);
const missed = results.flatMap((r) => r.annotations).filter((a) => !a.hit);
if (missed.length) console.log('missed annotations:');
for (const m of missed) {
  console.log(`  ${m.licence} OSD ${m.annotation.osd}: ${m.annotation.quote.replace(/\s+/g, ' ').slice(0, 120)}${m.overlapping.length ? `  (found: ${m.overlapping.map((f) => `${f.ruleId}:${f.criteria}`).join(', ')})` : ''}`);
}
if (verbose) {
  console.log('findings outside annotations:');
  for (const r of results) for (const f of r.outside) console.log(`  ${r.entry.id} ${f.severity} [${f.ruleId}] ${f.matched.replace(/\s+/g, ' ').slice(0, 140)}`);
}

// Clause sets written in fresh words (see test/corpus/clauses.ts): the default rules and the
// experimental clause model side by side. Tune on the odd ids of dev.jsonl only.
const sets = [
  ['dev.jsonl odd ids (tuning)', devClauses().filter(isTuningHalf)],
  ['dev.jsonl even ids (validation)', devClauses().filter((c) => !isTuningHalf(c))],
  ['test/fixtures/blind (never tuned)', blindSet('clauses')],
  ['test/fixtures/blind/second (never tuned)', blindSet('second')],
  ['test/fixtures/blind/third (never tuned)', blindSet('third')],
  ['test/fixtures/blind/fourth (never tuned)', blindSet('fourth')],
  ['test/fixtures/blind/fifth (never tuned)', blindSet('fifth')],
  ['test/fixtures/blind/sixth (never tuned)', blindSet('sixth')],
  ['test/fixtures/blind/seventh (never tuned)', blindSet('seventh')],
  ['test/fixtures/blind/eighth (never tuned)', blindSet('eighth')],
  ['test/fixtures/blind/ninth (never tuned)', blindSet('ninth')],
  ['test/fixtures/blind/tenth (never tuned)', blindSet('tenth')],
  ['test/fixtures/blind/eleventh (never tuned)', blindSet('eleventh')],
  ['test/fixtures/blind/twelfth (never tuned)', blindSet('twelfth')],
  ['test/fixtures/blind/thirteenth (never tuned)', blindSet('thirteenth')],
  ['test/fixtures/blind/fourteenth (never tuned)', blindSet('fourteenth')],
  ['test/fixtures/blind/fifteenth (never tuned)', blindSet('fifteenth')],
  ['test/fixtures/blind/sixteenth (never tuned)', blindSet('sixteenth')],
  ['test/fixtures/blind/seventeenth (never tuned)', blindSet('seventeenth')],
  ['test/fixtures/blind/eighteenth (never tuned)', blindSet('eighteenth')],
  ['test/fixtures/blind/nineteenth (never tuned)', blindSet('nineteenth')],
  ['test/fixtures/blind/twentieth (never tuned)', blindSet('twentieth')],
  ['test/fixtures/blind/twenty-first (never tuned)', blindSet('twenty-first')],
  ['test/fixtures/blind/twenty-second (never tuned)', blindSet('twenty-second')],
  ['test/fixtures/blind/twenty-third (never tuned)', blindSet('twenty-third')],
  ['test/fixtures/zh/validation (Chinese, never tuned)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/validation.jsonl'))],
  ['test/fixtures/zh/validation2 (Chinese blind, never tuned)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/validation2.jsonl'))],
  ['test/fixtures/zh/validation3 (Chinese blind, never tuned)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/validation3.jsonl'))],
  ['test/fixtures/zh/validation4 (Chinese blind, never tuned)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/validation4.jsonl'))],
  ['test/fixtures/zh/validation5 (Chinese blind, never tuned)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/validation5.jsonl'))],
  ['test/fixtures/zh/validation6 (Chinese blind, never tuned)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/validation6.jsonl'))],
  ['test/fixtures/zh/validation7 (Chinese blind, never tuned)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/validation7.jsonl'))],
  ['test/fixtures/zh/validation8 (Chinese blind, never tuned)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/validation8.jsonl'))],
  ['test/fixtures/zh/validation9 (Chinese blind, never tuned)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/validation9.jsonl'))],
  ['test/fixtures/zh/validation10 (Chinese blind, never tuned)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/validation10.jsonl'))],
  ['test/fixtures/zh/validation11 (Chinese blind, never tuned)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/validation11.jsonl'))],
  ['test/fixtures/tuning (tuned on)', tuningSet('clauses')],
  ['test/fixtures/tuning/ideas (tuned on)', tuningSet('ideas')],
  ['test/fixtures/tuning/precision (tuned on)', tuningSet('precision')],
  ['test/fixtures/tuning/recall (tuned on)', tuningSet('recall')],
  ['test/fixtures/tuning/persons (tuned on)', tuningSet('persons')],
  ['test/fixtures/tuning/weak (tuned on)', tuningSet('weak')],
  ['test/fixtures/tuning/precision2 (tuned on)', tuningSet('precision2')],
  ['test/fixtures/tuning/precision3 (tuned on)', tuningSet('precision3')],
  ['test/fixtures/tuning/varied (tuned on)', tuningSet('varied')],
  ['test/fixtures/tuning/ai (tuned on)', tuningSet('ai')],
  ['test/fixtures/tuning/source-available (tuned on)', tuningSet('source-available')],
  ['test/fixtures/tuning/informal (tuned on)', tuningSet('informal')],
  ['test/fixtures/tuning/weak2 (tuned on)', tuningSet('weak2')],
  ['test/fixtures/tuning/precision4 (tuned on)', tuningSet('precision4')],
  ['test/fixtures/tuning/weak3 (tuned on)', tuningSet('weak3')],
  ['test/fixtures/tuning/precision5 (tuned on)', tuningSet('precision5')],
  ['test/fixtures/tuning/source3 (tuned on)', tuningSet('source3')],
  ['test/fixtures/tuning/fields2 (tuned on)', tuningSet('fields2')],
  ['test/fixtures/tuning/weak4 (tuned on)', tuningSet('weak4')],
  ['test/fixtures/tuning/precision6 (tuned on)', tuningSet('precision6')],
  ['test/fixtures/tuning/weak5 (tuned on)', tuningSet('weak5')],
  ['test/fixtures/tuning/weak6 (tuned on)', tuningSet('weak6')],
  ['test/fixtures/tuning/weak7 (tuned on)', tuningSet('weak7')],
  ['test/fixtures/tuning/weak8 (tuned on)', tuningSet('weak8')],
  ['test/fixtures/tuning/precision7 (tuned on)', tuningSet('precision7')],
  ['test/fixtures/tuning/weak9 (tuned on)', tuningSet('weak9')],
  ['test/fixtures/tuning/weak10 (tuned on)', tuningSet('weak10')],
  ['test/fixtures/tuning/precision8 (tuned on)', tuningSet('precision8')],
  ['test/fixtures/tuning/weak11 (tuned on)', tuningSet('weak11')],
  ['test/fixtures/tuning/weak12 (tuned on)', tuningSet('weak12')],
  ['test/fixtures/tuning/precision9 (tuned on)', tuningSet('precision9')],
  ['test/fixtures/tuning/weak13 (tuned on)', tuningSet('weak13')],
  ['test/fixtures/tuning/weak14 (tuned on)', tuningSet('weak14')],
  ['test/fixtures/tuning/weak15 (tuned on)', tuningSet('weak15')],
  ['test/fixtures/tuning/weak16 (tuned on)', tuningSet('weak16')],
  ['test/fixtures/tuning/precision10 (tuned on)', tuningSet('precision10')],
  ['test/fixtures/tuning/weak17 (tuned on)', tuningSet('weak17')],
  ['test/fixtures/tuning/weak18 (tuned on)', tuningSet('weak18')],
  ['test/fixtures/tuning/weak19 (tuned on)', tuningSet('weak19')],
  ['test/fixtures/tuning/weak20 (tuned on)', tuningSet('weak20')],
  ['test/fixtures/tuning/precision11 (tuned on)', tuningSet('precision11')],
  ['test/fixtures/tuning/precision12 (tuned on)', tuningSet('precision12')],
  ['test/fixtures/tuning/precision13 (tuned on)', tuningSet('precision13')],
  ['test/fixtures/tuning/weak21 (tuned on)', tuningSet('weak21')],
  ['test/fixtures/tuning/precision14 (tuned on)', tuningSet('precision14')],
  ['test/fixtures/tuning/precision15 (tuned on)', tuningSet('precision15')],
  ['test/fixtures/tuning/weak22 (tuned on)', tuningSet('weak22')],
  ['test/fixtures/zh/clauses and tuning2 (Chinese, tuned on)', [...readJsonl(path.resolve(__dirname, '../test/fixtures/zh/clauses.jsonl')), ...readJsonl(path.resolve(__dirname, '../test/fixtures/zh/tuning2.jsonl'))]],
  ['test/fixtures/zh/tuning3 (Chinese, tuned on)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/tuning3.jsonl'))],
  ['test/fixtures/zh/tuning4 (Chinese, tuned on)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/tuning4.jsonl'))],
  ['test/fixtures/zh/tuning5 (Chinese, tuned on)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/tuning5.jsonl'))],
  ['test/fixtures/zh/tuning6 (Chinese, tuned on)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/tuning6.jsonl'))],
  ['test/fixtures/zh/tuning7 (Chinese, tuned on)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/tuning7.jsonl'))],
  ['test/fixtures/zh/tuning8 (Chinese, tuned on)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/tuning8.jsonl'))],
  ['test/fixtures/zh/tuning9 (Chinese, tuned on)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/tuning9.jsonl'))],
  ['test/fixtures/zh/tuning10 (Chinese, tuned on)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/tuning10.jsonl'))],
  ['test/fixtures/zh/tuning11 (Chinese, tuned on)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/tuning11.jsonl'))],
  ['test/fixtures/zh/precision (Chinese, tuned on)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/precision.jsonl'))],
  ['test/fixtures/zh/precision2 (Chinese, tuned on)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/precision2.jsonl'))],
  ['test/fixtures/zh/precision3 (Chinese, tuned on)', readJsonl(path.resolve(__dirname, '../test/fixtures/zh/precision3.jsonl'))],
] as const;
console.log('\nclause sets                          engine        found          compliant with error / warning   per criterion');
for (const [name, set] of sets) {
  for (const [engine, options] of [['rules', {}], ['clause model', { clauseModel: true }]] as const) {
    const s = score(set, options);
    const per = [...s.byCriterion].sort((a, b) => a[0] - b[0]).map(([k, r]) => `${k}:${r.found}/${r.total}`).join(' ');
    console.log(`${name.padEnd(36)} ${engine.padEnd(13)} ${`${s.found}/${s.violating}`.padStart(7)} ${`(${((100 * s.found) / s.violating).toFixed(0)} %)`.padStart(7)}   ${`${s.compliantErrors} / ${s.compliantWarnings} of ${s.compliant}`.padStart(18)}              ${per}`);
  }
}
// The learned layer (model/learned) speaks only where no decision or rule did: what it adds on the sets never trained on.
console.log('\nlearned layer (resembles-restriction) on sets it was not trained on: violating clauses it alone found / compliant clauses it alone flagged');
for (const [name, set] of sets.filter(([n]) => /never tuned|validation|odd ids/.test(n))) {
  const s = score(set, { clauseModel: true });
  const alone = (o: (typeof s.outcomes)[number]): boolean => o.findings.some((f) => f.ruleId === 'resembles-restriction');
  console.log(`${name.padEnd(52)} ${s.outcomes.filter((o) => o.found && alone(o)).length} / ${s.outcomes.filter((o) => o.clause.osd.length === 0 && alone(o)).length}`);
}
const modelOsi = osi.map((e) => analyze(spdxText(e.id), { clauseModel: true }).findings);
const modelRestricted = restrictedIndex().map((entry) => analyze(restrictedText(entry), { clauseModel: true }).findings);
console.log(`clause model on OSI-approved SPDX texts: errors ${modelOsi.flat().filter((f) => f.severity === 'error').length}, warnings ${modelOsi.flat().filter((f) => f.severity === 'warning').length}; restricted licences with an error: ${modelRestricted.filter((f) => f.some((x) => x.severity === 'error')).length} / ${modelRestricted.length}`);
