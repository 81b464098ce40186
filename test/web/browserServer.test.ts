import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { apacheWithCommonsClause } from '../fixtures/rider';
import { createProtocolConnection, type FullDocumentDiagnosticReport, type MessageReader, type MessageWriter } from 'vscode-languageserver-protocol/node';

// The jsonrpc browser transport (postMessage), as the VS Code web client uses it. Its package
// exports it only under the "browser" condition, so it is loaded by file here.
const browserRpc = require(path.join(path.dirname(require.resolve('vscode-jsonrpc')), '../browser/main.js')) as {
  BrowserMessageReader: new (port: unknown) => MessageReader;
  BrowserMessageWriter: new (port: unknown) => MessageWriter;
};

const BUNDLE = path.resolve(__dirname, '../../server/out/browserServer.js');

describe('browser server bundle in a worker', function () {
  this.timeout(20000);

  it('starts, answers initialize and returns diagnostics for a licence', async () => {
    if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build`);
    const source = fs.readFileSync(BUNDLE, 'utf8');
    assert.doesNotMatch(source, /require\("(?:fs|node:fs|child_process|node:child_process|path|node:path)"\)/, 'the browser bundle loads no Node modules');
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(path.join(__dirname, 'worker-host.js'), { workerData: { port: port2, bundle: BUNDLE }, transferList: [port2] });
    try {
      const conn = createProtocolConnection(new browserRpc.BrowserMessageReader(port1), new browserRpc.BrowserMessageWriter(port1));
      let signal: () => void = () => undefined;
      let refreshed = new Promise<void>((r) => (signal = r));
      conn.onRequest('workspace/diagnostic/refresh', () => {
        signal();
        refreshed = new Promise<void>((r) => (signal = r));
        return null;
      });
      conn.listen();
      const init = await conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } });
      assert.ok((init as { capabilities: { diagnosticProvider?: unknown } }).capabilities.diagnosticProvider);
      await conn.sendNotification('initialized', {});
      const uri = 'untitled:LICENSE';
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'license', version: 1, text: 'Use of the Software for military purposes is prohibited.\nYou may not sell copies of the Software.\n' } });
      const report = (await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport;
      assert.deepEqual(report.items.map((d) => d.code).sort(), ['field-of-use', 'no-sale']);

      // The index of known licences is fetched beside the bundle; when it arrives the server asks
      // for diagnostics again, and a close variant of Apache-2.0 shows its added clause.
      const variant = 'untitled:LICENSE-2';
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: variant, languageId: 'license', version: 1, text: apacheWithCommonsClause() } });
      const codes = async (): Promise<unknown[]> => ((await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: variant } })) as FullDocumentDiagnosticReport).items.map((d) => d.code);
      const deadline = Date.now() + 10000;
      while (!(await codes()).includes('added-clause')) {
        if (Date.now() > deadline) throw new Error('no added-clause diagnostic: the index was not fetched');
        await Promise.race([refreshed, new Promise((r) => setTimeout(r, 250))]); // the server's refresh request, or a short wait
      }
      conn.dispose();
    } finally {
      port1.close();
      await worker.terminate();
    }
  });
});
