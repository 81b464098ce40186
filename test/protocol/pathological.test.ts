import * as assert from 'node:assert/strict';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type Diagnostic,
  DocumentDiagnosticRequest,
  type FullDocumentDiagnosticReport,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { ATTACKS, attack } from '../fuzz/attacks';
import { type ServerHandle, startServer } from '../helpers/server';

/**
 * One pathological document open — 2 MB of every attack-string family — must not stop the server
 * from answering for the others: their edits get fresh diagnostics, the pathological document gets
 * its own, and the server is still alive after it is edited. Latency is measured in `npm run bench`.
 */
describe('language server: a pathological document open', function () {
  this.timeout(120_000);
  let server: ServerHandle;
  let conn: ProtocolConnection;
  const bad = 'file:///work/hostile/LICENSE';
  const good = 'file:///work/ok/LICENSE';
  const hostile = ATTACKS.map((f) => attack(f, 2_000_000 / ATTACKS.length)).join('\n\n');

  before(async () => {
    server = await startServer({ settings: () => ({}) });
    ({ conn } = server);
  });
  after(() => {
    if (server.child.exitCode === null) server.child.kill();
  });

  const pull = async (uri: string): Promise<Diagnostic[]> => ((await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;

  it('diagnoses the hostile document', async () => {
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: bad, languageId: 'license', version: 1, text: hostile } });
    const items = await pull(bad);
    assert.ok(Array.isArray(items));
  });

  it('keeps answering edits of another document, with the right findings', async () => {
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: good, languageId: 'license', version: 1, text: 'Permission is granted to use this software.\n' } });
    assert.deepEqual(await pull(good), []);
    const clauses = ['You may not sell the software.', 'The software may not be used for military purposes.', 'Permission is granted to anyone.'];
    let version = 1;
    for (const clause of clauses) {
      version++;
      // The hostile document changes too, between the edits of the good one.
      await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: bad, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
      await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: good, version }, contentChanges: [{ text: `${clause}\n` }] });
      const [badItems, goodItems] = await Promise.all([pull(bad), pull(good)]);
      assert.ok(Array.isArray(badItems));
      const codes = goodItems.map((d) => d.code);
      if (clause.startsWith('Permission')) assert.deepEqual(codes, []);
      else assert.ok(codes.length > 0, `a finding on "${clause}"`);
    }
    assert.equal(server.child.exitCode, null, 'server alive');
  });
});
