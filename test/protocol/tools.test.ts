import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ResponseError, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { startServer } from '../helpers/server';
import { analyze, LicenceIndex, parseIndex } from '../../server/src/engine';
import { parseToolInput } from '../../common/src/tools/definitions';
import { runTool } from '../../common/src/tools/run';
import { apacheWithCommonsClause } from '../fixtures/rider';

const WS = path.resolve(__dirname, '../fixtures/workspace');
const uri = (f: string): string => pathToFileURL(path.join(WS, f)).href;

/** `osdLint/tool`: what the VS Code language-model tools ask the server. */
describe('language server: AI-assistant tools', function () {
  this.timeout(30000);
  let child: ChildProcess;
  let conn: ProtocolConnection;
  let rules: Record<string, string> = {};

  before(async () => {
    ({ child, conn } = await startServer({ rootUri: pathToFileURL(WS).href, settings: () => ({ rules }) }));
  });
  after(() => child.kill());

  it('answers with the shared tool module: the same text osd-lint mcp gives', async () => {
    const index = new LicenceIndex(parseIndex(fs.readFileSync(path.resolve(__dirname, '../../server/out/licences.txt'), 'utf8')));
    const host = { analyze: (l: { text: string }) => analyze(l.text, { clauseModel: true, clauseBudgetMs: 60_000 }), identify: (t: string, a: ReturnType<typeof analyze>) => index.identify(t, a.clauses) };
    const text = apacheWithCommonsClause();
    for (const name of ['osd-lint_check', 'osd-lint_audit']) {
      const got = await conn.sendRequest('osdLint/tool', { name, input: { text } });
      assert.equal(got, runTool(parseToolInput(name, { text }), { name: 'the text given', text }, host), name);
    }
    assert.match((await conn.sendRequest('osdLint/tool', { name: 'osd-lint_audit', input: { text } })) as string, /Nearest known licence: Apache-2\.0/);
    assert.match((await conn.sendRequest('osdLint/tool', { name: 'osd-lint_explain', input: { criterion: 9 } })) as string, /^OSD 9: License Must Not Restrict Other Software/);
  });

  it('judges an open document by the analysis behind its diagnostics, with its settings and the profile', async () => {
    rules = { 'non-commercial': 'warning' };
    await conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const draft = { uri: uri('draft.license'), name: 'draft.license', text: 'The Model may be used for non-commercial purposes only.\n' };
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: draft.uri, languageId: 'license', version: 1, text: draft.text } });
    const check = (await conn.sendRequest('osdLint/tool', { name: 'osd-lint_check', input: { file: 'draft.license' }, licence: draft })) as string;
    assert.match(check, /^OSD Lint check of draft\.license: 1 finding \(1 warning\)\./);
    assert.match(check, /1\. warning non-commercial — OSD 6/, 'the workspace setting applies');
    const audit = (await conn.sendRequest('osdLint/tool', { name: 'osd-lint_audit', input: { file: 'draft.license' }, licence: draft, profile: 'ai-model' })) as string;
    assert.match(audit, /Open Source AI Definition 1\.0:\n/, 'the profile setting applies: the rows are not merely suggested');
    assert.match(audit, /Verdict: needs human review\./);
    rules = {};
    await conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const after = (await conn.sendRequest('osdLint/tool', { name: 'osd-lint_check', input: { file: 'draft.license' }, licence: draft })) as string;
    assert.match(after, /1\. error non-commercial/, 'and follows a settings change');
  });

  it('answers a bad tool input InvalidParams with the message for the model', async () => {
    for (const [params, message] of [
      [{ name: 'osd-lint_explain', input: { criterion: 12 } }, /^osd-lint_explain: criterion must be a whole number from 1 to 10/],
      [{ name: 'osd-lint_check', input: { file: 'LICENSE' } }, /^osd-lint_check: the client sent no text for file LICENSE$/],
      [{ name: 'osd-lint_run', input: {} }, /^Unknown tool "osd-lint_run"/],
    ] as const) {
      const error = await conn.sendRequest('osdLint/tool', params).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof ResponseError, `${JSON.stringify(params)} was answered`);
      assert.equal(error.code, -32602);
      assert.match(error.message, message);
    }
    assert.match((await conn.sendRequest('osdLint/tool', { name: 'osd-lint_check', input: { text: 'You may not sell the Software.' } })) as string, /error no-sale — OSD 1/);
  });
});
