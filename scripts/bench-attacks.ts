/**
 * The attack-string part of `npm run bench`: engine time against input size for every family in
 * test/fuzz/attacks.ts, at 10 KB, 100 KB and 1 MB. Each measurement analyses at least 1 MB in total
 * (100 copies of the 10 KB string, 10 of the 100 KB one, 1 of the 1 MB one), and enough copies for
 * 200 ms, and is the median of `runs`; linear work gives a ratio of about 10 per ×10 of size (target: at most 12).
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { analyze, type AnalyzeOptions } from '../server/src/engine';
import { startServer } from '../test/helpers/server';
import { ATTACKS, attack } from '../test/fuzz/attacks';

type Row = (...cells: string[]) => void;

const SIZES = [10_000, 100_000, 1_000_000];

// A collection before each batch, so that no batch pays for the garbage of the one before.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Milliseconds to analyse `text` once, from the median of `runs` batches of at least 1 MB and at
 * least 200 ms each (a batch of a fast family is otherwise a few milliseconds, within the noise).
 */
function perAnalysis(text: string, options: AnalyzeOptions, runs: number): number {
  const t0 = performance.now();
  analyze(text, options);
  const once = Math.max(0.01, performance.now() - t0);
  const copies = Math.max(1, Math.round(1_000_000 / text.length), Math.ceil(200 / once));
  const batches: number[] = [];
  for (let r = 0; r < runs; r++) {
    gc();
    const t0 = performance.now();
    for (let i = 0; i < copies; i++) analyze(text, options);
    batches.push((performance.now() - t0) / copies);
  }
  return median(batches);
}

export function benchAttacks(row: Row, runs: number): void {
  const options: AnalyzeOptions = { clauseModel: true };
  // The reproducer of issue 16: 40 lines of `OR "S"`, exponential before the definitions pattern was rewritten.
  const reproducer = 'OR\t"S"' + '\nOR\t"S"'.repeat(40) + 'N';
  perAnalysis(reproducer, options, 3);
  row('attacks', 'issue 16 reproducer, N = 40 (engine time)', `${perAnalysis(reproducer, options, runs).toFixed(2)} ms`, '(target < 100 ms)');
  let worst = 0;
  // An attack string is its pump repeated, so the pieces of an over-long run (sentences.ts) repeat
  // too and the per-clause reuse serves most of them. Each family is also measured with every
  // clause evaluated (`reuse: false`): that is the work itself.
  const cold: AnalyzeOptions = { ...options, reuse: false };
  let worstCold = 0;
  for (const family of ATTACKS) {
    perAnalysis(attack(family, 10_000), options, 1); // warm up
    const ms = SIZES.map((size) => perAnalysis(attack(family, size), options, runs));
    const msCold = SIZES.map((size) => perAnalysis(attack(family, size), cold, runs));
    const ratios = ms.slice(1).map((m, i) => m / ms[i]);
    const ratiosCold = msCold.slice(1).map((m, i) => m / msCold[i]);
    worst = Math.max(worst, ...ratios);
    worstCold = Math.max(worstCold, ...ratiosCold);
    const over = [...ratios, ...ratiosCold].some((r) => r > 12) ? '  OVER 12' : '';
    const sizes = (xs: number[]): string => xs.map((m, i) => `${SIZES[i] / 1000} KB ${m.toFixed(m < 10 ? 2 : 0)} ms`).join(', ');
    row('attacks', family.name, `${sizes(ms)}; every clause evaluated: ${sizes(msCold)}`, `x10 size: x${ratios.map((r) => r.toFixed(1)).join(', x')}; evaluated: x${ratiosCold.map((r) => r.toFixed(1)).join(', x')}${over}`);
  }
  row('attacks', 'largest ratio per x10 of size, all families', `x${worst.toFixed(1)}; every clause evaluated x${worstCold.toFixed(1)}`, '(target <= 12)');
}

/**
 * Edit latency of an ordinary licence in the server, alone and with a 2 MB hostile document (every
 * attack family) open and edited between its edits: the ratio says what the hostile one costs.
 */
export async function benchHostileNeighbour(row: Row, runs: number): Promise<void> {
  const { child, conn } = await startServer({ settings: () => ({}) });
  const good = 'file:///bench/ok/LICENSE';
  const bad = 'file:///bench/hostile/LICENSE';
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: good, languageId: 'license', version: 1, text: 'You may use this software.\n' } });
  let version = 1;
  const editGood = async (withHostile: boolean): Promise<number> => {
    version++;
    if (withHostile) await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: bad, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
    const t0 = performance.now();
    await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: good, version }, contentChanges: [{ text: `You may not sell the software, edit ${version}.\n` }] });
    const pulls = [conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: good } })];
    if (withHostile) pulls.unshift(conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: bad } }));
    await Promise.all(pulls);
    return performance.now() - t0;
  };
  const alone: number[] = [];
  for (let r = 0; r < runs * 3; r++) alone.push(await editGood(false));
  const hostile = ATTACKS.map((f) => attack(f, 2_000_000 / ATTACKS.length)).join('\n\n');
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: bad, languageId: 'license', version: 1, text: hostile } });
  const t0 = performance.now();
  await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: bad } });
  const firstMs = performance.now() - t0;
  const withBad: number[] = [];
  for (let r = 0; r < runs * 3; r++) withBad.push(await editGood(true));
  child.kill();
  const a = median(alone);
  const b = median(withBad);
  row('attacks', '2 MB hostile document: first diagnostics', `${firstMs.toFixed(0)} ms`, '');
  row('attacks', 'another licence: edit -> diagnostics, alone / while the hostile one is edited too', `${a.toFixed(1)} ms / ${b.toFixed(1)} ms`, `ratio ${(b / a).toFixed(1)} x`);
}
