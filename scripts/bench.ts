/**
 * `npm run bench`: throughput, edit latency, start-up, sizes and memory, each figure a median of
 * several runs with min/max, and ratios against baselines measured in the same process.
 * Not part of the test suite: timings belong here, never in assertions.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { startServer } from '../test/helpers/server';
import { benchAttacks, benchHostileNeighbour } from './bench-attacks';
import { analyze, Analyzer, LicenceIndex, parseIndex, RULES } from '../server/src/engine';
import { TriggerIndex } from '../server/src/engine/triggers';
import { CORPUS_DIR } from '../test/corpus/corpus';

const ROOT = path.resolve(__dirname, '..');
const SPDX = path.join(CORPUS_DIR, 'spdx', 'text');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 7;

interface Stat { median: number; min: number; max: number; p95?: number }
function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] };
}
const f1 = (n: number): string => n.toFixed(n < 10 ? 2 : 1);
const rows: string[][] = [];
const row = (...cells: string[]): void => {
  rows.push(cells);
  console.error(cells.join('  '));
};

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

// 1. Throughput --------------------------------------------------------------------------------
const files = fs.readdirSync(SPDX).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => fs.readFileSync(path.join(SPDX, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const MB = bytes / 1e6;
// The floor for regex-based analysis in Node: one combined pattern of every word the rules look
// for (the engine's own trigger vocabulary, ~300 words). A 20-word pattern is timed too, for scale.
const BASELINE = new RegExp(new TriggerIndex(RULES).scanner.source, 'gi');
const SMALL = /\b(?:(?:may|shall|must|will|can)\s+not|only|solely|non-?commercial|military|nuclear|monthly\s+active\s+users|acceptable\s+use\s+polic(?:y|ies)|royalt(?:y|ies)|click(?:ing)?|sell|sold|source\s+code|derivative\s+works?|patch(?:es)?|government|competitors?|as\s+a\s+service|non-transferable|other\s+software)\b/gi;
let sink = 0;
// The engine as the editor and the CLI run it by default (the clause model), and the rules alone.
const MODEL = { clauseModel: true };
for (let w = 0; w < 2; w++) for (const t of texts) sink += analyze(t, MODEL).findings.length + analyze(t).findings.length; // warm up
const engineMs: number[] = [];
const rulesMs: number[] = [];
const baseMs: number[] = [];
const smallMs: number[] = [];
const scan = (re: RegExp): void => {
  for (const t of texts) {
    re.lastIndex = 0;
    while (re.exec(t)) sink++;
  }
};
for (let r = 0; r < RUNS; r++) {
  baseMs.push(time(() => scan(BASELINE)));
  smallMs.push(time(() => scan(SMALL)));
  engineMs.push(time(() => {
    for (const t of texts) sink += analyze(t, MODEL).findings.length;
  }));
  rulesMs.push(time(() => {
    for (const t of texts) sink += analyze(t).findings.length;
  }));
}
const eng = stat(engineMs);
const base = stat(baseMs);
const rulesOnly = stat(rulesMs);
row('throughput', `engine (rules alone) over the same texts`, `${f1(rulesOnly.median)} ms (min ${f1(rulesOnly.min)}, max ${f1(rulesOnly.max)})`, `${f1(MB / (rulesOnly.median / 1000))} MB/s; clause model / rules alone = ${(eng.median / rulesOnly.median).toFixed(1)} x`);
row('throughput', `engine (clause model, the default) over ${texts.length} SPDX texts (${MB.toFixed(2)} MB)`, `${f1(eng.median)} ms (min ${f1(eng.min)}, max ${f1(eng.max)})`, `${f1(MB / (eng.median / 1000))} MB/s`);
const small = stat(smallMs);
row('throughput', 'baseline: one regex of all ~300 rule words, same strings', `${f1(base.median)} ms (min ${f1(base.min)}, max ${f1(base.max)})`, `${f1(MB / (base.median / 1000))} MB/s`);
row('throughput', 'ratio engine / baseline', `${(eng.median / base.median).toFixed(1)} x`, '(target <= 10 x)');
row('throughput', 'for scale: a 20-word regex, same strings', `${f1(small.median)} ms (min ${f1(small.min)}, max ${f1(small.max)})`, `engine / 20-word regex = ${(eng.median / small.median).toFixed(1)} x`);

const cliMs: number[] = [];
for (let r = 0; r < Math.min(RUNS, 5); r++) {
  const t0 = performance.now();
  spawnSync(process.execPath, [path.join(ROOT, 'bin/osd-lint.js'), '--format', 'json', SPDX], { encoding: 'utf8', maxBuffer: 1 << 28 });
  cliMs.push(performance.now() - t0);
}
const cli = stat(cliMs);
row('throughput', 'CLI process: osd-lint --format json <spdx folder>', `${f1(cli.median)} ms (min ${f1(cli.min)}, max ${f1(cli.max)})`, '');
const licensecheck = spawnSync('sh', ['-c', 'command -v licensecheck'], { encoding: 'utf8' }).stdout.trim();
if (licensecheck) {
  const lcMs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    spawnSync(licensecheck, ['-r', '--lines', '0', SPDX], { encoding: 'utf8', maxBuffer: 1 << 28 });
    lcMs.push(performance.now() - t0);
  }
  const lc = stat(lcMs);
  row('throughput', 'licensecheck -r on the same folder', `${f1(lc.median)} ms (min ${f1(lc.min)}, max ${f1(lc.max)})`, `osd-lint CLI / licensecheck = ${(cli.median / lc.median).toFixed(2)} x`);
} else {
  row('throughput', 'licensecheck', 'not installed (apt-get install licensecheck to compare)', '');
}

// Incremental re-analysis in the engine alone (no protocol): one character typed in the middle.
const draft1m = buildDraft(1_000_000);
const analyzer = new Analyzer();
analyzer.analyze(draft1m, MODEL);
const incMs: number[] = [];
let evaluated = 0;
for (let r = 0; r < RUNS * 3; r++) {
  const at = Math.floor(draft1m.length / 2) + r * 7;
  const edited = draft1m.slice(0, at) + 'x' + draft1m.slice(at);
  incMs.push(time(() => analyzer.analyze(edited, MODEL)));
  evaluated = analyzer.lastEvaluated;
}
const inc = stat(incMs);
const fullMs = stat(Array.from({ length: 3 }, () => time(() => analyze(draft1m, MODEL))));
row('engine', '1 MB draft: full analysis / after a 1-char edit', `${f1(fullMs.median)} ms / ${f1(inc.median)} ms (p95 ${f1(inc.p95!)})`, `${evaluated} clause(s) re-evaluated`);

// Nearest-licence identification: the one-time index, then each document.
{
  const indexFile = path.join(ROOT, 'server/out/licences.txt');
  if (!fs.existsSync(indexFile)) throw new Error('server/out/licences.txt is missing: run npm run build');
  let index: LicenceIndex | undefined;
  const loadMs = time(() => {
    index = new LicenceIndex(parseIndex(fs.readFileSync(indexFile, 'utf8')));
  });
  const sample = texts.filter((_, i) => i % 7 === 0);
  const perDoc: number[] = [];
  for (const t of sample) {
    const clauses = analyze(t).clauses;
    perDoc.push(time(() => index!.identify(t, clauses)));
  }
  const s = stat(perDoc);
  row('identify', `nearest known licence: index load (once) / per document (${sample.length} SPDX texts)`, `${f1(loadMs)} ms / p50 ${f1(s.median)} ms, p95 ${f1(s.p95!)} ms (max ${f1(s.max)})`, '(target <= 20 ms per document)');
}

function buildDraft(size: number): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += texts[i % texts.length] + '\n\n';
  return out.slice(0, size);
}

// 2–4. The language server --------------------------------------------------------------------
async function server(): Promise<{ conn: ProtocolConnection; pid: number; kill: () => void; readyMs: number }> {
  const { child, conn, readyMs } = await startServer();
  return { conn, pid: child.pid!, kill: () => child.kill(), readyMs };
}

/**
 * A bilingual draft: the corpus texts with Chinese clauses between them (the helper-written Chinese
 * sets, as numbered lists, and the bilingual Mulan PSL v2), as a licence published in Chinese and
 * English side by side reads.
 */
function buildMixedDraft(size: number): string {
  const zh = fs.readFileSync(path.resolve(__dirname, '../test/fixtures/zh/clauses.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  let out = '';
  for (let i = 0; out.length < size; i++) {
    out += texts[i % texts.length] + '\n\n';
    out += zh.slice((i * 10) % zh.length, ((i * 10) % zh.length) + 10).map((t, k) => `（${numerals[k]}）${t}`).join('\n') + '\n\n';
  }
  return out.slice(0, size);
}

async function editLatency(size: number, label: string, build: (size: number) => string = buildDraft): Promise<void> {
  const { conn, kill } = await server();
  const text = build(size);
  const uri = `file:///bench/${label}.license`;
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'license', version: 1, text } });
  await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  let version = 1;
  const lines = text.split('\n').length;
  for (const [where, line] of [['start', 2], ['middle', Math.floor(lines / 2)], ['end', lines - 3]] as const) {
    const ms: number[] = [];
    for (let r = 0; r < (quick ? 10 : 30); r++) {
      version++;
      const t0 = performance.now();
      await conn.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: r % 2 ? '' : 'x' }],
      });
      if (r % 2) {
        // keep the text stable: the odd edits delete the character the even edits typed
        await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' }] });
      }
      await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      ms.push(performance.now() - t0);
    }
    const s = stat(ms);
    row('edit latency', `${label}: didChange -> diagnostics, edit at ${where}`, `p50 ${f1(s.median)} ms, p95 ${f1(s.p95!)} ms (min ${f1(s.min)}, max ${f1(s.max)})`, size > 500_000 ? '(target p95 <= 100 ms)' : '(target p95 <= 15 ms)');
  }
  kill();
}

async function main(): Promise<void> {
  if (process.argv.includes('--attacks')) {
    benchAttacks(row, RUNS);
    await benchHostileNeighbour(row, RUNS);
    print();
    return;
  }
  if (process.argv.includes('--mixed')) {
    await editLatency(100_000, '100 KB');
    await editLatency(100_000, '100 KB Chinese and English', buildMixedDraft);
    print();
    return;
  }
  await editLatency(100_000, '100 KB');
  await editLatency(100_000, '100 KB Chinese and English', buildMixedDraft);
  await editLatency(1_000_000, '1 MB');
  benchAttacks(row, RUNS);
  await benchHostileNeighbour(row, RUNS);

  const ready: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const s = await server();
    ready.push(s.readyMs);
    s.kill();
  }
  const rd = stat(ready);
  row('start-up', 'server process start -> initialize answered', `${f1(rd.median)} ms (min ${f1(rd.min)}, max ${f1(rd.max)})`, '');
  const size = (f: string): string => (fs.existsSync(path.join(ROOT, f)) ? `${(fs.statSync(path.join(ROOT, f)).size / 1024).toFixed(0)} KB` : 'missing');
  row('size', 'client/out/extension.js, server/out/server.js, server/out/browserServer.js', `${size('client/out/extension.js')}, ${size('server/out/server.js')}, ${size('server/out/browserServer.js')}`, 'minified');
  try {
    const vsix = path.join(require('node:os').tmpdir(), 'osd-lint-bench.vsix');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/package-vsix.mjs'), '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix], { cwd: ROOT, stdio: 'ignore' });
    row('size', '.vsix', `${(fs.statSync(vsix).size / 1024).toFixed(0)} KB`, '(target <= 2 MB)');
  } catch (e: unknown) {
    row('size', '.vsix', `could not package: ${(e as Error).message.split('\n')[0]}`, '');
  }

  // Memory: 100 licences open.
  const { conn, pid, kill } = await server();
  const rssBefore = rss(pid);
  for (const f of files.slice(0, 100)) {
    const uri = pathToFileURL(path.join(SPDX, f)).href;
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'license', version: 1, text: fs.readFileSync(path.join(SPDX, f), 'utf8') } });
    await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  }
  const rssAfter = rss(pid);
  await new Promise((r) => setTimeout(r, 10_000)); // V8 gives back young-generation space once allocation calms down
  row('memory', 'server RSS: idle / right after opening and diagnosing 100 licences / 10 s later', `${rssBefore} MB / ${rssAfter} MB / ${rss(pid)} MB`, '(target <= 80 MB)');
  kill();
  print();
}

function rss(pid: number): string {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return (kb / 1024).toFixed(1);
}

function print(): void {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  console.log(`\nOSD Lint benchmark (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${require('node:os').cpus().length} cores, runs ${RUNS})\n`);
  for (const r of rows) console.log('| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |');
  if (sink < 0) console.log(sink);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
