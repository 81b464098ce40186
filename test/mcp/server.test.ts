import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { analyze, LicenceIndex, parseIndex } from '../../server/src/engine';
import { parseToolInput, TOOLS } from '../../common/src/tools/definitions';
import { runTool } from '../../common/src/tools/run';
import { apacheWithCommonsClause } from '../fixtures/rider';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/osd-lint.js');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples/acme-model.license'), 'utf8');

/** The text of a tool result, and whether it is an error. */
function answer(result: unknown): { text: string; isError: boolean } {
  const r = result as CallToolResult;
  return { text: r.content.map((c) => (c.type === 'text' ? c.text : '')).join(''), isError: r.isError === true };
}

describe('osd-lint mcp (driven by the MCP SDK client)', function () {
  this.timeout(30000);
  let tmp: string;
  let client: Client;
  let transport: StdioClientTransport;
  const stderr: string[] = [];

  const call = async (name: string, args: Record<string, unknown>): Promise<{ text: string; isError: boolean }> => answer(await client.callTool({ name, arguments: args }));

  before(async () => {
    if (!fs.existsSync(path.join(ROOT, 'cli/out/mcp.js'))) throw new Error('cli/out/mcp.js is missing: run npm run build first');
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'osd-lint-mcp-')));
    fs.mkdirSync(path.join(tmp, 'drafts'));
    fs.writeFileSync(path.join(tmp, 'drafts/acme-model.license'), EXAMPLE);
    fs.writeFileSync(path.join(tmp, 'drafts/apache-with-rider.txt'), apacheWithCommonsClause());
    fs.writeFileSync(path.join(tmp, 'drafts/binary.license'), Buffer.from([0x4c, 0x49, 0, 0x43]));
    fs.writeFileSync(path.join(tmp, 'secret.txt'), 'You may not sell the Software.\n');
    transport = new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp', '--root', path.join(tmp, 'drafts')], cwd: tmp, stderr: 'pipe' });
    transport.stderr?.on('data', (d: Buffer) => stderr.push(d.toString()));
    client = new Client({ name: 'osd-lint-test', version: '1.0.0' });
    await client.connect(transport);
  });

  after(async () => {
    await client?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('lists the three tools, read-only, with the shared input schemas', async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['osd-lint_audit', 'osd-lint_check', 'osd-lint_explain']);
    for (const def of TOOLS) {
      const tool = tools.find((t) => t.name === def.name)!;
      assert.equal(tool.description, def.description);
      assert.deepEqual(tool.inputSchema.properties, def.inputSchema.properties, `${def.name} advertises the shared schema`);
      assert.deepEqual(tool.inputSchema.required, def.inputSchema.required);
      assert.equal(tool.annotations?.readOnlyHint, true);
      assert.equal(tool.annotations?.openWorldHint, false);
    }
  });

  it('osd-lint_check on the Llama-style example (by file) returns the OSD 5 and OSD 6 findings with clause, reason and fix', async () => {
    const r = await call('osd-lint_check', { file: 'acme-model.license' });
    assert.equal(r.isError, false, r.text);
    assert.match(r.text, /^OSD Lint check of acme-model\.license: \d+ findings \(\d+ errors, \d+ information\)\. Breaks OSD 5, OSD 6\./);
    assert.doesNotMatch(r.text, /Not checked/, 'every clause was checked');
    assert.match(r.text, /\d+\. error size-threshold — OSD 5 \(No Discrimination Against Persons or Groups\)\n {3}Words at 36:4-39:14, clause at 36:4-39:15 \(line:column, 1-based\): “If the products or services/);
    assert.match(r.text, /Problem: Rights depend on the size of the licensee: monthly active users\./);
    assert.match(r.text, /Why: OSD 5 forbids discriminating against any person or group\./);
    assert.match(r.text, /error field-of-use — OSD 6[^\n]*\n[^\n]*“Design, develop or operate weapons or military systems;”/);
    assert.match(r.text, /Rewrite: “[^”]*not a condition of this (?:License|Agreement)[^”]*”/);
  });

  it('gives the same answer as the shared tool module in-process: one implementation', async () => {
    const index = new LicenceIndex(parseIndex(fs.readFileSync(path.join(ROOT, 'server/out/licences.txt'), 'utf8')));
    // No time budget in-process (this process may not have loaded the engine's lazy parts yet): the server must give the complete answer.
    const host = { analyze: (l: { text: string }) => analyze(l.text, { clauseModel: true, clauseBudgetMs: 60_000 }), identify: (t: string, a: ReturnType<typeof analyze>) => index.identify(t, a.clauses) };
    for (const [name, args] of [['osd-lint_check', { text: EXAMPLE }], ['osd-lint_audit', { text: apacheWithCommonsClause() }], ['osd-lint_explain', { criterion: 7 }]] as const) {
      const expected = runTool(parseToolInput(name, args), 'text' in args ? { name: 'the text given', text: args.text } : undefined, host);
      assert.equal((await call(name, args)).text, expected, name);
    }
  });

  it('osd-lint_audit names the nearest known licence, the added clause and the AI rows', async () => {
    const rider = await call('osd-lint_audit', { file: pathToFileURL(path.join(tmp, 'drafts/apache-with-rider.txt')).href });
    assert.equal(rider.isError, false, rider.text);
    assert.match(rider.text, /Verdict: fails the Open Source Definition\. Apache-2\.0 \(\d+ % similar\) \+ 1 added clause \(OSD 1, OSD 6\)/);
    assert.match(rider.text, /Nearest known licence: Apache-2\.0 \(Apache License 2\.0, OSI-approved\), \d+ % similar\.\n {2}Added at line \d+ \(OSD 1, OSD 6\): “[^”]*the License does not grant to you, the right to Sell the Software/);
    assert.match(rider.text, /Scorecard: OSD 1 FAIL \(1 error\); OSD 2 no finding;/);
    assert.doesNotMatch(rider.text, /Open Source AI Definition/, 'no AI rows for a software licence unless asked');
    const asked = await call('osd-lint_audit', { text: 'Permission is granted to use, copy, modify and distribute this software for any purpose.', profile: 'ai-model' });
    assert.match(asked.text, /Open Source AI Definition 1\.0:\n {2}Use for any purpose: no finding/);
    const model = await call('osd-lint_audit', { file: 'acme-model.license' });
    assert.match(model.text, /Open Source AI Definition 1\.0 \(suggested[^\n]*\n {2}Use for any purpose: FAIL/);
    assert.match(model.text, /Improving other models allowed: FAIL/);
  });

  it('osd-lint_explain returns the criterion text and what breaks it', async () => {
    const r = await call('osd-lint_explain', { criterion: 5 });
    assert.equal(r.isError, false, r.text);
    assert.match(r.text, /^OSD 5: No Discrimination Against Persons or Groups\nText: The license must not discriminate against any person or group of persons\./);
    assert.match(r.text, /- size-threshold \(error\): Rights depend on the size of the licensee\./);
    assert.match(r.text, /CC BY 4\.0/);
  });

  it('serves the Open Source Definition as a resource', async () => {
    const { resources } = await client.listResources();
    assert.deepEqual(resources.map((r) => r.uri), ['osd-lint://osd']);
    const { contents } = await client.readResource({ uri: 'osd-lint://osd' });
    const text = contents.map((c) => ('text' in c ? c.text : '')).join('');
    for (const title of ['1. Free Redistribution', '6. No Discrimination Against Fields of Endeavor', '10. License Must Be Technology-Neutral']) assert.ok(text.includes(title), title);
    assert.match(text, /The license must not discriminate against any person or group of persons\./);
    assert.match(text, /Open Source Initiative, https:\/\/opensource\.org\/osd, CC BY 4\.0/);
  });

  it('answers bad arguments with a clear tool error, and keeps serving', async () => {
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['osd-lint_explain', { criterion: 11 }, /criterion/],
      ['osd-lint_explain', { criterion: 'six' }, /expected number[^\n]*criterion/],
      ['osd-lint_check', {}, /^osd-lint_check: give the licence as text \(a string\) or file \(a path\)\.$/],
      ['osd-lint_check', { text: 'x', file: 'y' }, /^osd-lint_check: give either text or file, not both\.$/],
      ['osd-lint_check', { text: '   ' }, /text is empty/],
      ['osd-lint_check', { file: 'missing.license' }, /^osd-lint_check: file "missing\.license" was not found below /],
      ['osd-lint_check', { file: '../secret.txt' }, /outside the folders this server may read .*--root/],
      ['osd-lint_audit', { file: path.join(tmp, 'secret.txt') }, /outside the folders this server may read/],
      ['osd-lint_check', { file: 'binary.license' }, /binary file/],
      ['osd-lint_audit', { text: 'x', profile: 'gpl' }, /profile/],
    ];
    for (const [name, args, message] of cases) {
      const r = await call(name, args);
      assert.equal(r.isError, true, `${name} ${JSON.stringify(args)}: ${r.text.slice(0, 200)}`);
      assert.match(r.text, message, `${name} ${JSON.stringify(args)}`);
      assert.doesNotMatch(r.text, /You may not sell/, 'nothing outside the roots is read');
    }
    let unknown: string;
    try {
      unknown = answer(await client.callTool({ name: 'osd-lint_lint', arguments: {} })).text;
    } catch (e: unknown) {
      unknown = (e as Error).message;
    }
    assert.match(unknown, /osd-lint_lint not found/);
    const after = await call('osd-lint_check', { text: 'This software may be used for non-commercial purposes only.' });
    assert.equal(after.isError, false, after.text);
    assert.match(after.text, /error non-commercial — OSD 6/);
    assert.match(after.text, /Rewrite: “[^”]*\bfor any purpose\b[^”]*”/);
  });

  it('honours the nearest .osdlintrc.json above the root, and refuses bad command-line options', async () => {
    fs.writeFileSync(path.join(tmp, '.osdlintrc.json'), JSON.stringify({ rules: { 'size-threshold': 'off' } }));
    const t = new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp', '-r', 'drafts'], cwd: tmp, stderr: 'pipe' });
    const c = new Client({ name: 'osd-lint-test', version: '1.0.0' });
    await c.connect(t);
    try {
      const r = answer(await c.callTool({ name: 'osd-lint_check', arguments: { file: 'acme-model.license' } }));
      assert.doesNotMatch(r.text, /size-threshold/);
      assert.match(r.text, /Breaks OSD 6\./);
    } finally {
      await c.close();
    }
    const bad = spawnSync(process.execPath, [BIN, 'mcp', '--root', path.join(tmp, 'nowhere')], { encoding: 'utf8', input: '' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^osd-lint mcp: cannot use root: /);
    const help = spawnSync(process.execPath, [BIN, 'mcp', '--help'], { encoding: 'utf8', input: '' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: osd-lint mcp \[options\]\n[\s\S]*osd-lint_check, osd-lint_audit and osd-lint_explain[\s\S]*--root <folder>/);
    const unknownOption = spawnSync(process.execPath, [BIN, 'mcp', '--port', '80'], { encoding: 'utf8', input: '' });
    assert.equal(unknownOption.status, 2);
    assert.match(unknownOption.stderr, /Unknown option '--port'/);
    assert.deepEqual(stderr.filter((s) => /error/i.test(s)), [], 'the first server logged no error');
  });
});
