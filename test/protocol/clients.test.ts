import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type CreateFile,
  type Diagnostic,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  type FullDocumentDiagnosticReport,
  type PublishDiagnosticsParams,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { SERVER_BUNDLE, type ServerHandle, startServer, type StartOptions } from '../helpers/server';

/**
 * What a client other than VS Code needs from the server: settings sent with didChangeConfiguration,
 * config files seen without a file watcher, registrations only where advertised, and the server's
 * own commands (`workspace/executeCommand`) for the code actions' "Show OSD n" and "Suppress".
 */
const TEXT = fs.readFileSync(path.resolve(__dirname, '../../examples/acme-model.license'), 'utf8');
const AUP = 'acceptable-use-policy';

/** Whatever the server is asked to apply, applied to the files on disk as an editor that saves would. */
function applyToDisk(params: ApplyWorkspaceEditParams): { applied: boolean } {
  const write = (uri: string, edits: TextDocumentEdit['edits']): void => {
    const file = fileURLToPath(uri);
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    fs.writeFileSync(file, TextDocument.applyEdits(TextDocument.create(uri, 'json', 0, text), edits as never));
  };
  for (const change of params.edit.documentChanges ?? []) {
    if ('kind' in change) {
      assert.equal(change.kind, 'create');
      if (!fs.existsSync(fileURLToPath((change as CreateFile).uri))) fs.writeFileSync(fileURLToPath((change as CreateFile).uri), '');
    } else write(change.textDocument.uri, change.edits);
  }
  for (const [uri, edits] of Object.entries(params.edit.changes ?? {})) write(uri, edits);
  return { applied: true };
}

describe('language server in other clients', function () {
  this.timeout(30000);
  let dir: string;
  const servers: ServerHandle[] = [];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'osd-lint-clients-'));
  });
  afterEach(() => {
    for (const s of servers.splice(0)) if (s.child.exitCode === null) s.child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function start(options: StartOptions): Promise<ServerHandle> {
    const server = await startServer(options);
    servers.push(server);
    return server;
  }

  /** Opens a licence at `rel` (inside the temporary folder) and returns its URI. */
  async function open(server: ServerHandle, rel: string, text = TEXT): Promise<string> {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'license', version: 1, text } });
    return uri;
  }

  async function pull(server: ServerHandle, uri: string): Promise<Diagnostic[]> {
    return ((await server.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
  }

  const codes = (items: Diagnostic[]): unknown[] => items.map((d) => d.code);

  it('takes settings from didChangeConfiguration when the client has no workspace/configuration', async () => {
    const server = await start({ capabilities: { textDocument: { diagnostic: {} } } });
    const uri = await open(server, 'LICENSE');
    assert.ok(codes(await pull(server, uri)).includes(AUP));
    await server.conn.sendNotification('workspace/didChangeConfiguration', { settings: { osdLint: { rules: { [AUP]: 'off' }, criteria: { 5: 'warning' } } } });
    const items = await pull(server, uri);
    assert.ok(!codes(items).includes(AUP), 'the rule switched off in the settings sent');
    assert.equal(items.find((d) => d.code === 'size-threshold')?.severity, 2, 'criterion 5 as a warning');
    // null ("ask again", as VS Code sends it) keeps them; settings without osdLint mean the defaults.
    await server.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok(!codes(await pull(server, uri)).includes(AUP));
    await server.conn.sendNotification('workspace/didChangeConfiguration', { settings: { otherServer: {} } });
    assert.ok(codes(await pull(server, uri)).includes(AUP));
    // A broken value is ignored with a warning, as with workspace/configuration.
    await server.conn.sendNotification('workspace/didChangeConfiguration', { settings: { osdLint: { rules: { [AUP]: 'loud' } } } });
    assert.ok(codes(await pull(server, uri)).includes(AUP));
    assert.ok(server.messages.some((m) => m.type === 2 && /ignoring setting/.test(m.message)), JSON.stringify(server.messages));
    assert.deepEqual(server.registrations, [], 'nothing registered: the client advertised no dynamic registration');
  });

  it('registers didChangeConfiguration and a watcher for .osdlintrc.json only where the client takes them dynamically', async () => {
    const none = await start({ capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, didChangeWatchedFiles: { dynamicRegistration: false } } } });
    await pull(none, await open(none, 'LICENSE')); // a round trip: any registration would have come first
    assert.deepEqual(none.registrations, []);

    const both = await start({ capabilities: { textDocument: { diagnostic: {} }, workspace: { didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } } } });
    await pull(both, await open(both, 'LICENSE'));
    const byMethod = new Map(both.registrations.map((r) => [r.method, r.registerOptions]));
    assert.deepEqual([...byMethod.keys()].sort(), ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
    assert.deepEqual(byMethod.get('workspace/didChangeWatchedFiles'), { watchers: [{ globPattern: '**/.osdlintrc.json' }] });
    assert.deepEqual(byMethod.get('workspace/didChangeConfiguration'), { section: 'osdLint' }, 'a client that cannot be asked is asked to send osdLint');
  });

  it('sees .osdlintrc.json edited on disk without didChangeWatchedFiles: on the next pull, and pushed by itself', async () => {
    const pulled = await start({ rootUri: pathToFileURL(dir).href });
    const uri = await open(pulled, 'sub/LICENSE');
    assert.ok(codes(await pull(pulled, uri)).includes(AUP));
    const config = path.join(dir, '.osdlintrc.json');
    fs.writeFileSync(config, `{ "rules": { "${AUP}": "off" } }`);
    assert.ok(!codes(await pull(pulled, uri)).includes(AUP), 'a new file is read');
    fs.writeFileSync(config, `{ "rules": { "${AUP}": "warning" } }`);
    assert.equal((await pull(pulled, uri)).find((d) => d.code === AUP)?.severity, 2, 'a changed file is read again');
    fs.rmSync(config);
    assert.equal((await pull(pulled, uri)).find((d) => d.code === AUP)?.severity, 1, 'a deleted file no longer applies');

    // Push diagnostics and no watcher (Neovim 0.7): the server notices the change and publishes again.
    const pushed = await start({ capabilities: { workspace: { configuration: true } } });
    const published: PublishDiagnosticsParams[] = [];
    pushed.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void published.push(p));
    const pushUri = await open(pushed, 'push/LICENSE');
    const latest = async (test: (codes: unknown[]) => boolean, what: string): Promise<void> => {
      const deadline = Date.now() + 8000;
      for (;;) {
        const last = published.filter((p) => p.uri === pushUri).pop();
        if (last && test(codes(last.diagnostics))) return;
        if (Date.now() > deadline) throw new Error(`${what}: last published ${JSON.stringify(last && codes(last.diagnostics))}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await latest((c) => c.includes(AUP), 'first diagnostics');
    fs.writeFileSync(path.join(dir, 'push/.osdlintrc.json'), `{ "suppressions": [{ "rule": "${AUP}", "clause": "Acceptable Use Policy" }] }`);
    await latest((c) => !c.includes(AUP) && c.includes('size-threshold'), 'diagnostics after the config file was written');
  });

  describe('executeCommand', () => {
    const editCaps: ClientCapabilities = {
      textDocument: { diagnostic: {} },
      workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
      window: { showDocument: { support: true } },
    };

    it('advertises its commands, none of the VS Code client\'s ids', async () => {
      const server = await start({});
      assert.deepEqual(server.capabilities.executeCommandProvider?.commands, ['osd-lint.showCriterion', 'osd-lint.suppress']);
      const contributed = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command);
      for (const c of server.capabilities.executeCommandProvider!.commands) assert.ok(!contributed.includes(c), `${c} is also a contributed command`);
    });

    it('osd-lint.showCriterion returns the explanation and opens it as a document, or shows it as a message', async () => {
      const server = await start({ capabilities: editCaps, showDocument: () => true });
      const result = (await server.conn.sendRequest(ExecuteCommandRequest.type, { command: 'osd-lint.showCriterion', arguments: [6] })) as { title: string; markdown: string };
      assert.match(result.title, /^OSD 6: No Discrimination Against Fields of Endeavor/);
      assert.match(result.markdown, /^# OSD 6/);
      const [shown] = server.documentsShown;
      assert.ok(shown, 'window/showDocument was asked');
      assert.match(shown.uri, /^file:.*OSD-6\.md$/);
      assert.equal(fs.readFileSync(fileURLToPath(shown.uri), 'utf8'), result.markdown);
      // Opened in the editor, the explanation (with its failing examples) is no licence: no diagnostics.
      await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: shown.uri, languageId: 'markdown', version: 1, text: result.markdown } });
      assert.deepEqual(await pull(server, shown.uri), []);
      assert.equal(server.messages.length, 0);

      const plain = await start({ capabilities: { workspace: { configuration: true } } });
      const again = (await plain.conn.sendRequest(ExecuteCommandRequest.type, { command: 'osd-lint.showCriterion', arguments: [5] })) as { markdown: string };
      assert.deepEqual(plain.documentsShown, [], 'no showDocument to a client that did not advertise it');
      assert.ok(plain.messages.some((m) => m.type === 3 && m.message === again.markdown), 'shown as a message instead');
    });

    it('osd-lint.suppress creates .osdlintrc.json in the workspace folder through applyEdit, then appends to it keeping comments', async () => {
      const edits: ApplyWorkspaceEditParams[] = [];
      const server = await start({ capabilities: editCaps, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }], applyEdit: (p) => (edits.push(p), applyToDisk(p)) });
      const uri = await open(server, 'licences/LICENSE');
      const d = (await pull(server, uri)).find((x) => x.code === AUP)!;
      const actions = (await server.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as Array<{ command?: { command: string; arguments: unknown[] } }>;
      const suppress = actions.find((a) => a.command?.command === 'osd-lint.suppress')!.command!;
      const result = await server.conn.sendRequest(ExecuteCommandRequest.type, suppress);
      const config = path.join(dir, '.osdlintrc.json');
      assert.deepEqual(result, { uri: pathToFileURL(config).href, created: true });
      assert.equal(edits.length, 1);
      const [create, write] = edits[0].edit.documentChanges!;
      assert.deepEqual(create, { kind: 'create', uri: pathToFileURL(config).href, options: { ignoreIfExists: true } });
      assert.equal((write as TextDocumentEdit).textDocument.uri, pathToFileURL(config).href);
      const written = JSON.parse(fs.readFileSync(config, 'utf8')) as { suppressions: Array<{ rule: string; clause: string }> };
      assert.equal(written.suppressions.length, 1);
      assert.equal(written.suppressions[0].rule, AUP);
      assert.ok(!codes(await pull(server, uri)).includes(AUP), 'the suppression applies');
      assert.ok(server.messages.some((m) => m.type === 3 && /suppressed/.test(m.message)));

      // An existing file (with a comment) is edited in place, with a versionless document edit.
      fs.writeFileSync(config, '{\n  // kept\n  "rules": {}\n}\n');
      const size = (await pull(server, uri)).find((x) => x.code === 'size-threshold')!;
      await server.conn.sendRequest(ExecuteCommandRequest.type, { command: 'osd-lint.suppress', arguments: [uri, 'size-threshold', 'seven hundred million monthly active users'] });
      assert.equal(edits.length, 2);
      assert.ok(edits[1].edit.documentChanges!.every((c) => !('kind' in c)), 'no file created');
      const text = fs.readFileSync(config, 'utf8');
      assert.match(text, /\/\/ kept/);
      assert.match(text, /"rule": "size-threshold"/);
      assert.ok(size && !codes(await pull(server, uri)).includes('size-threshold'));
    });

    it('osd-lint.suppress edits the config file that applies, with plain changes for a client without documentChanges', async () => {
      const edits: ApplyWorkspaceEditParams[] = [];
      const server = await start({ capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, applyEdit: true } }, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }], applyEdit: (p) => (edits.push(p), applyToDisk(p)) });
      const nearest = path.join(dir, 'a/.osdlintrc.json');
      fs.mkdirSync(path.dirname(nearest));
      fs.writeFileSync(nearest, '{ "suppressions": [] }');
      const uri = await open(server, 'a/b/LICENSE');
      await server.conn.sendRequest(ExecuteCommandRequest.type, { command: 'osd-lint.suppress', arguments: [uri, AUP, 'Acceptable Use Policy'] });
      assert.deepEqual(Object.keys(edits[0].edit.changes ?? {}), [pathToFileURL(nearest).href]);
      assert.deepEqual(JSON.parse(fs.readFileSync(nearest, 'utf8')), { suppressions: [{ rule: AUP, clause: 'Acceptable Use Policy' }] });
      assert.ok(!fs.existsSync(path.join(dir, '.osdlintrc.json')));
    });

    it('osd-lint.suppress explains what to do where the client cannot create files or apply edits', async () => {
      const noCreate = await start({ capabilities: { workspace: { configuration: true, applyEdit: true } }, rootUri: pathToFileURL(dir).href });
      const uri = await open(noCreate, 'LICENSE');
      await assert.rejects(noCreate.conn.sendRequest(ExecuteCommandRequest.type, { command: 'osd-lint.suppress', arguments: [uri, AUP, 'x'] }), (e: Error & { code?: number }) => {
        assert.equal(e.code, -32803);
        assert.match(e.message, /cannot create files.*create .*\.osdlintrc\.json containing \{"suppressions":\[\{"rule":"acceptable-use-policy","clause":"x"\}\]\}/);
        return true;
      });
      assert.ok(noCreate.messages.some((m) => m.type === 1 && /cannot create files/.test(m.message)), 'and the user is told');

      const noEdit = await start({ capabilities: { workspace: { configuration: true } } });
      const uri2 = await open(noEdit, 'other/LICENSE');
      await assert.rejects(noEdit.conn.sendRequest(ExecuteCommandRequest.type, { command: 'osd-lint.suppress', arguments: [uri2, AUP, 'x'] }), /cannot apply edits/);
      assert.ok(!fs.existsSync(path.join(dir, '.osdlintrc.json')) && !fs.existsSync(path.join(dir, 'other/.osdlintrc.json')));
    });
  });

  it('prints its usage and exits 2 when started without a transport', () => {
    const r = spawnSync(process.execPath, [SERVER_BUNDLE], { encoding: 'utf8', timeout: 10000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no transport given/);
    assert.match(r.stderr, /Usage: osd-lint-language-server --stdio/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    const help = spawnSync(process.execPath, [SERVER_BUNDLE, '--help'], { encoding: 'utf8', timeout: 10000 });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--stdio/);
  });
});
