import * as assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Message, type NotificationMessage, type RequestMessage, type ResponseMessage, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { SERVER_BUNDLE } from '../helpers/server';

/**
 * A bare JSON-RPC client: the protocol connection cannot send `params: null` (it sends `[null]`),
 * and malformed requests must reach the server exactly as written here.
 */
class RawClient {
  readonly child: ChildProcess;
  readonly logs: string[] = [];
  private readonly writer: StreamMessageWriter;
  private readonly pending = new Map<number, (m: ResponseMessage) => void>();
  private nextId = 1;

  constructor() {
    if (!fs.existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run npm run build first`);
    this.child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.writer = new StreamMessageWriter(this.child.stdin!);
    new StreamMessageReader(this.child.stdout!).listen((m: Message) => this.receive(m));
  }

  /** Sends a request with exactly these params (`undefined` leaves the field out). */
  request(method: string, params: unknown): Promise<ResponseMessage> {
    const id = this.nextId++;
    const message = { jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) } as RequestMessage;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      void this.writer.write(message);
    });
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.writer.write({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) } as NotificationMessage);
  }

  private receive(m: Message): void {
    const msg = m as Partial<RequestMessage & ResponseMessage & NotificationMessage>;
    if (msg.method === undefined && typeof msg.id === 'number') {
      this.pending.get(msg.id)?.(m as ResponseMessage);
      this.pending.delete(msg.id);
    } else if (msg.method === 'window/logMessage') {
      this.logs.push(String((msg.params as { message?: unknown })?.message));
    } else if (msg.method !== undefined && msg.id !== undefined) {
      // Requests from the server (configuration, registrations): answer as a client would.
      const result = msg.method === 'workspace/configuration' ? ((msg.params as { items?: unknown[] })?.items ?? []).map(() => ({})) : null;
      void this.writer.write({ jsonrpc: '2.0', id: msg.id, result } as ResponseMessage);
    }
  }
}

const TEXT = fs.readFileSync(path.resolve(__dirname, '../../examples/acme-model.license'), 'utf8');
const uri = 'file:///work/params/LICENSE';
const td = { uri };
const pos = { line: 0, character: 0 };
const range = { start: pos, end: pos };

/** Each request the server handles, with malformed params and (a pattern for) what the message must name. */
const MALFORMED: Array<[method: string, params: unknown, names: RegExp]> = [
  ['textDocument/hover', null, /params/],
  ['textDocument/hover', {}, /textDocument/],
  ['textDocument/hover', { textDocument: td }, /position/],
  ['textDocument/hover', { textDocument: td, position: { line: '0', character: 0 } }, /position\.line/],
  ['textDocument/hover', { textDocument: { uri: 7 }, position: pos }, /textDocument\.uri/],
  ['textDocument/definition', null, /params/],
  ['textDocument/definition', { textDocument: td }, /position/],
  ['textDocument/references', null, /params/],
  ['textDocument/references', { textDocument: td, position: pos }, /context/],
  ['textDocument/documentSymbol', null, /params/],
  ['textDocument/documentSymbol', { textDocument: null }, /textDocument/],
  ['textDocument/foldingRange', null, /params/],
  ['textDocument/foldingRange', {}, /textDocument/],
  ['textDocument/codeAction', null, /params/],
  ['textDocument/codeAction', { textDocument: td, context: { diagnostics: [] } }, /range/],
  ['textDocument/codeAction', { textDocument: td, range }, /context/],
  ['textDocument/codeAction', { textDocument: td, range, context: { diagnostics: [null] } }, /diagnostics\[0\]/],
  ['textDocument/codeAction', { textDocument: td, range: { start: pos }, context: { diagnostics: [] } }, /range\.end/],
  ['textDocument/diagnostic', null, /params/],
  ['textDocument/diagnostic', {}, /textDocument/],
  ['textDocument/diagnostic', { textDocument: { uri: null } }, /textDocument\.uri/],
  ['osdLint/explainCriterion', null, /params/],
  ['osdLint/explainCriterion', { criterion: 'five' }, /criterion/],
  ['osdLint/audit', null, /params/],
  ['osdLint/audit', { documents: 'LICENSE' }, /documents/],
  ['osdLint/audit', { documents: [{ text: 'x' }] }, /documents\[0\]\.uri/],
  ['osdLint/sarif', null, /params/],
  ['osdLint/sarif', [[{ file: 1, findings: [] }]], /\.file/],
  ['osdLint/tool', null, /params/],
  ['osdLint/tool', { input: { text: 'x' } }, /params\.name is missing/],
  ['osdLint/tool', { name: 'osd-lint_check', input: {}, licence: { uri: 'file:///x' } }, /params\.licence\.name/],
  ['osdLint/tool', { name: 'osd-lint_audit', input: {}, profile: 'gpl' }, /params\.profile/],
  ['workspace/executeCommand', null, /params/],
  ['workspace/executeCommand', {}, /params\.command is missing/],
  ['workspace/executeCommand', { command: 'osdLint.explainCriterion', arguments: [6] }, /params\.command must be one of "osd-lint\.showCriterion", "osd-lint\.suppress"/],
  ['workspace/executeCommand', { command: 'osd-lint.showCriterion' }, /params\.arguments\[0\] is missing/],
  ['workspace/executeCommand', { command: 'osd-lint.showCriterion', arguments: [11] }, /params\.arguments\[0\] must be a criterion number/],
  ['workspace/executeCommand', { command: 'osd-lint.showCriterion', arguments: 6 }, /params\.arguments must be an array/],
  ['workspace/executeCommand', { command: 'osd-lint.suppress', arguments: [uri, 'no-such-rule', 'x'] }, /params\.arguments\[1\] must be a rule id/],
  ['workspace/executeCommand', { command: 'osd-lint.suppress', arguments: [uri, 'no-sale'] }, /params\.arguments\[2\] is missing/],
];

describe('language server: malformed params', function () {
  this.timeout(30000);
  let client: RawClient;

  before(async () => {
    client = new RawClient();
    // vscode-languageserver reads initialize params before the server's handler: they are checked on arrival.
    for (const [params, message] of [[null, 'initialize: params must be an object, got null'], [{ processId: null, rootUri: null }, 'initialize: params.capabilities is missing']] as const) {
      const bad = await client.request('initialize', params);
      assert.deepEqual(bad.error, { code: -32602, message }, JSON.stringify(bad));
    }
    const init = await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } } });
    assert.ok(init.result, JSON.stringify(init.error));
    await client.notify('initialized', {});
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'license', version: 1, text: TEXT } });
  });

  after(() => {
    if (client.child.exitCode === null) client.child.kill();
  });

  for (const [method, params, names] of MALFORMED) {
    it(`${method} with ${JSON.stringify(params)} is answered InvalidParams`, async () => {
      const response = await client.request(method, params);
      assert.ok(response.error, `expected an error, got ${JSON.stringify(response.result)?.slice(0, 200)}`);
      assert.equal(response.error.code, -32602, response.error.message);
      assert.ok(response.error.message.startsWith(`${method}: `), `the message names the method: ${response.error.message}`);
      assert.match(response.error.message, names);
      assert.doesNotMatch(response.error.message, /Cannot read properties|undefined \(reading/);
    });
  }

  it('ignores malformed notifications with a logged message', async () => {
    const before = client.logs.length;
    const notifications: Array<[string, unknown]> = [
      ['textDocument/didOpen', null],
      ['textDocument/didOpen', { textDocument: { uri: 'file:///work/params/OTHER', languageId: 'license', version: 1 } }],
      ['textDocument/didChange', null],
      ['textDocument/didChange', { textDocument: { uri, version: 2 } }],
      ['textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: pos }, text: 'x' }] }],
      ['textDocument/didClose', null],
      ['textDocument/didClose', { textDocument: {} }],
      ['workspace/didChangeConfiguration', null],
      ['workspace/didChangeWatchedFiles', null],
      ['workspace/didChangeWatchedFiles', { changes: [{ uri: 5, type: 1 }] }],
      ['workspace/didChangeWorkspaceFolders', { event: { added: 'file:///x', removed: [] } }],
      ['$/setTrace', null],
    ];
    for (const [method, params] of notifications) await client.notify(method, params);
    await client.notify('$/cancelRequest', null); // read by vscode-jsonrpc on arrival: survived, not logged by the server
    // A request after them is answered only once they were handled (messages are processed in order).
    await client.request('textDocument/diagnostic', { textDocument: td });
    const logged = client.logs.slice(before);
    for (const method of new Set(notifications.map(([m]) => m))) {
      assert.ok(logged.some((l) => l.startsWith(`${method}: `) && /ignored/.test(l)), `no log naming ${method} in ${JSON.stringify(logged)}`);
    }
    assert.ok(!logged.some((l) => /Cannot read properties|Cannot destructure/.test(l)), JSON.stringify(logged));
    // The malformed didOpen opened nothing (that the malformed didChanges changed nothing is checked below).
    const other = await client.request('textDocument/diagnostic', { textDocument: { uri: 'file:///work/params/OTHER' } });
    assert.deepEqual((other.result as { items: unknown[] }).items, []);
  });

  it('keeps working afterwards: a valid hover, diagnostics and code actions', async () => {
    const diagnostics = await client.request('textDocument/diagnostic', { textDocument: td });
    const items = (diagnostics.result as { items: Array<{ code: string; range: typeof range }> }).items;
    const threshold = items.find((d) => d.code === 'size-threshold');
    assert.ok(threshold, JSON.stringify(items.map((d) => d.code)));
    const hover = await client.request('textDocument/hover', { textDocument: td, position: threshold.range.start });
    assert.match((hover.result as { contents: { value: string } }).contents.value, /OSD 5/);
    const actions = await client.request('textDocument/codeAction', { textDocument: td, range: threshold.range, context: { diagnostics: [threshold] } });
    assert.ok(Array.isArray(actions.result) && actions.result.length > 0, JSON.stringify(actions));
    const explain = await client.request('osdLint/explainCriterion', { criterion: 5 });
    assert.match((explain.result as { title: string }).title, /^OSD 5/);
    assert.equal(client.child.exitCode, null, 'the server is still running');
  });

  it('reads an absent cancellation token sent as a trailing null param as no param (the VS Code client does)', async () => {
    const response = await client.request('osdLint/audit', [{ documents: [{ uri: 'file:///work/params/NEW', text: 'You may not sell the software.' }] }, null]);
    assert.equal(response.error, undefined, JSON.stringify(response.error));
    assert.ok(Array.isArray(response.result) && response.result.length === 1);
    const two = await client.request('osdLint/audit', [{ documents: [] }, { documents: [] }]);
    assert.equal(two.error?.code, -32602);
  });

  it('answers MethodNotFound for requests it does not offer', async () => {
    for (const method of ['codeAction/resolve', 'workspace/symbol']) {
      const response = await client.request(method, null);
      assert.equal(response.error?.code, -32601, `${method}: ${JSON.stringify(response)}`);
    }
  });

  it('registers every handler through the validating wrapper', () => {
    const dir = path.resolve(__dirname, '../../server/src/lsp');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'params.ts')) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      const direct = /\b(?:connection|c)\s*\.\s*(?:on(?:Request|Notification|Initialized|Hover|CodeAction\w*|Definition|References|DocumentSymbol|FoldingRanges|ExecuteCommand|Completion\w*|DidOpenTextDocument|DidChangeTextDocument|DidCloseTextDocument|DidChangeConfiguration|DidChangeWatchedFiles|DidSaveTextDocument)|languages\s*\.\s*diagnostics\s*\.\s*on)\s*\(/.exec(source);
      assert.ok(!direct, `${file} registers a handler directly: ${direct?.[0]}`);
    }
  });
});
