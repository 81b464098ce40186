import * as assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  type FullDocumentDiagnosticReport,
  InitializeRequest,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string>; dependencies?: Record<string, string> };

const RESTRICTIVE = `Acme Source Licence

Permission is granted to use, copy and modify the Software.
The Software may not be used for commercial purposes.
`;

const MIT = `MIT License

Copyright (c) 2025 Example

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

/**
 * The environment for npm and the installed bins: without the outer npm's variables (npm test
 * sets npm_config_*), without NODE_PATH (nothing may be found outside the installed package),
 * and with a registry nobody answers, so that an install that needs the network fails.
 */
function isolatedEnv(tmp: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'NODE_PATH' && k !== 'NODE_OPTIONS') env[k] = v;
  return { ...env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_cache: path.join(tmp, 'npm-cache'), npm_config_userconfig: path.join(tmp, 'npmrc'), npm_config_update_notifier: 'false', NO_COLOR: '1' };
}

/** Starts an installed language-server command over stdio and initializes it. */
async function startInstalledServer(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, pull: boolean): Promise<{ child: ChildProcess; conn: ProtocolConnection; stderr: string[]; published: PublishDiagnosticsParams[] }> {
  const child = spawn(command, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
  const exited = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code} before answering: ${stderr.join('')}`))));
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.listen();
  const init = await Promise.race([
    conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(cwd).href,
      capabilities: { textDocument: pull ? { diagnostic: {} } : { publishDiagnostics: {} }, workspace: { configuration: true } },
      workspaceFolders: null,
    }),
    exited,
  ]);
  assert.ok(init.capabilities.textDocumentSync !== undefined, 'the server answered initialize with its capabilities');
  await conn.sendNotification('initialized', {});
  return { child, conn, stderr, published };
}

async function waitFor<T>(what: string, get: () => T | undefined, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Issue 12's first must-hold: `npm pack`, then `npm i -g` of the tarball into an empty prefix,
 * offline, and both bins work from there — nothing of the checkout, its node_modules or the
 * network is used.
 */
describe('the npm package, installed from its packed tarball', function () {
  this.timeout(180_000);
  let tmp: string;
  let tarball: string;
  let entries: string[];
  let prefix: string;
  let env: NodeJS.ProcessEnv;
  let work: string;
  const bin = (name: string): string => path.join(prefix, 'bin', name);
  const children: ChildProcess[] = [];

  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'osd-lint-package-')));
    env = isolatedEnv(tmp);
    fs.writeFileSync(path.join(tmp, 'npmrc'), '');
    const t0 = Date.now();
    // `npm pack` runs `prepare` (npm run build) first; its output comes before the JSON.
    const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
    const json = JSON.parse(packed.slice(packed.search(/^\[/m))) as Array<{ filename: string; size: number; unpackedSize: number; entryCount: number }>;
    tarball = path.join(tmp, json[0].filename);
    assert.ok(fs.existsSync(tarball), `npm pack wrote no ${tarball}`);
    entries = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((e) => e.replace(/^package\//, ''));
    const packMs = Date.now() - t0;
    prefix = path.join(tmp, 'prefix');
    fs.mkdirSync(prefix);
    const t1 = Date.now();
    execFileSync('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: tmp, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const installMs = Date.now() - t1;
    console.log(`      tarball ${json[0].filename}: ${(json[0].size / 1e6).toFixed(2)} MB packed, ${(json[0].unpackedSize / 1e6).toFixed(2)} MB unpacked, ${entries.length} files; npm pack ${packMs} ms, offline install ${installMs} ms`);
    work = path.join(tmp, 'work');
    fs.mkdirSync(path.join(work, 'restrictive'), { recursive: true });
    fs.mkdirSync(path.join(work, 'mit'), { recursive: true });
    fs.writeFileSync(path.join(work, 'restrictive/LICENSE'), RESTRICTIVE);
    fs.writeFileSync(path.join(work, 'mit/LICENSE'), MIT);
  });

  after(() => {
    for (const c of children) c.kill();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('has no runtime dependencies: everything the bins load is bundled', () => {
    assert.deepEqual(pkg.dependencies ?? {}, {}, 'bundled libraries belong in devDependencies');
    const installed = path.join(prefix, 'lib/node_modules', pkg.name);
    assert.ok(fs.existsSync(path.join(installed, 'package.json')), `not installed at ${installed}`);
    assert.ok(!fs.existsSync(path.join(installed, 'node_modules')), 'the install pulled dependencies');
  });

  it('holds the bundles, bins, index, schema, grammar, icon and docs, and no sources, tests, maps or corpus', () => {
    for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'package.nls.json', 'media/icon.png', 'language-configuration.json', 'syntaxes/license.tmLanguage.json', 'schemas/osdlintrc.schema.json', 'server/out/licences.txt', 'server/out/server.js', 'server/out/browserServer.js', 'client/out/extension.js', 'client/out/browserExtension.js', 'cli/out/cli.js', 'cli/out/mcp.js', ...Object.values(pkg.bin)]) {
      assert.ok(entries.includes(f), `the tarball lacks ${f}`);
    }
    const unwanted = entries.filter((e) => /(^|\/)(src|test|node_modules|corpus|shared|\.e2e|docs|examples|scripts)\//.test(e) || /\.(map|ts)$/.test(e) || /^\./.test(e));
    assert.deepEqual(unwanted, []);
  });

  it('osd-lint reports a restrictive licence (exit 1) and passes MIT (exit 0)', () => {
    const bad = spawnSync(bin('osd-lint'), ['restrictive/LICENSE'], { cwd: work, env, encoding: 'utf8' });
    assert.equal(bad.status, 1, `exit ${bad.status}: ${bad.stdout}${bad.stderr}`);
    assert.match(bad.stdout, /error .*non-commercial/);
    const good = spawnSync(bin('osd-lint'), ['mit/LICENSE'], { cwd: work, env, encoding: 'utf8' });
    assert.equal(good.status, 0, `exit ${good.status}: ${good.stdout}${good.stderr}`);
    assert.doesNotMatch(good.stdout, /error/);
  });

  it('osd-lint --version prints the package version', () => {
    const r = spawnSync(bin('osd-lint'), ['--version'], { cwd: work, env, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), pkg.version);
  });

  it('osd-lint-language-server --stdio answers initialize and a diagnostic pull for an opened licence', async () => {
    const { child, conn, stderr } = await startInstalledServer(bin('osd-lint-language-server'), ['--stdio'], work, env, true);
    children.push(child);
    const uri = pathToFileURL(path.join(work, 'restrictive/LICENSE')).href;
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'license', version: 1, text: RESTRICTIVE } });
    const report = (await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    assert.ok(report.items.some((d) => d.code === 'non-commercial'), `diagnostics: ${JSON.stringify(report.items)}; stderr: ${stderr.join('')}`);
    conn.dispose();
  });

  it('osd-lint --lsp (stdio by default) publishes diagnostics for an opened licence', async () => {
    const { child, conn, published, stderr } = await startInstalledServer(bin('osd-lint'), ['--lsp'], work, env, false);
    children.push(child);
    const uri = pathToFileURL(path.join(work, 'restrictive/LICENSE')).href;
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'license', version: 1, text: RESTRICTIVE } });
    const diags = await waitFor(`published diagnostics (stderr: ${stderr.join('')})`, () => published.find((p) => p.uri === uri && p.diagnostics.length > 0));
    assert.ok(diags.diagnostics.some((d) => /OSD 6/.test(typeof d.message === 'string' ? d.message : d.message.value)), JSON.stringify(diags.diagnostics));
    conn.dispose();
  });

  it('osd-lint mcp lists its tools', async () => {
    const transport = new StdioClientTransport({ command: bin('osd-lint'), args: ['mcp'], cwd: work, env: env as Record<string, string>, stderr: 'pipe' });
    const client = new Client({ name: 'osd-lint-package-test', version: '1.0.0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      assert.deepEqual(tools.map((t) => t.name).sort(), ['osd-lint_audit', 'osd-lint_check', 'osd-lint_explain']);
    } finally {
      await client.close();
    }
  });
});
