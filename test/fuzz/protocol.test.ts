import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import fc from 'fast-check';
import { CancellationTokenSource, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { startServer } from '../helpers/server';
import { corpusSentences, licenceText } from './generators';

/** Sessions: small in `npm test`, 10,000 in `npm run fuzz` (FUZZ_SESSIONS). */
const SESSIONS = Number(process.env.FUZZ_SESSIONS ?? 40);

type Op =
  | { kind: 'open'; doc: number; text: string }
  | { kind: 'change'; doc: number; version: number; line: number; character: number; endLine: number; endCharacter: number; text: string; full: boolean }
  | { kind: 'close'; doc: number }
  | { kind: 'hover' | 'action' | 'pull' | 'symbols' | 'definition'; doc: number; line: number; character: number; cancel: boolean }
  | { kind: 'garbage'; method: string; params: unknown };

function ops(sentences: string[]): fc.Arbitrary<Op[]> {
  const doc = fc.integer({ min: 0, max: 2 });
  const pos = fc.integer({ min: -3, max: 400 });
  const text = fc.oneof(licenceText(sentences), fc.string({ unit: 'binary', maxLength: 200 }), fc.constant('\u0000\u0001\ud800binary\uffff'));
  return fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('open' as const), doc, text }),
      fc.record({ kind: fc.constant('change' as const), doc, version: fc.integer({ min: -1, max: 50 }), line: pos, character: pos, endLine: pos, endCharacter: pos, text: fc.oneof(text, fc.constant('')), full: fc.boolean() }),
      fc.record({ kind: fc.constant('close' as const), doc }),
      fc.record({ kind: fc.constantFrom('hover' as const, 'action' as const, 'pull' as const, 'symbols' as const, 'definition' as const), doc, line: pos, character: pos, cancel: fc.boolean() }),
      fc.record({ kind: fc.constant('garbage' as const), method: fc.constantFrom('textDocument/hover', 'textDocument/codeAction', 'textDocument/diagnostic', 'textDocument/didChange', 'osdLint/explainCriterion', 'no/such/method'), params: fc.oneof(fc.constant(null), fc.constant({}), fc.object(), fc.constant({ textDocument: {} })) }),
    ),
    { minLength: 1, maxLength: 12 },
  );
}

describe('protocol fuzzing', function () {
  this.timeout(0);
  let child: ChildProcess;
  let conn: ProtocolConnection;
  let exited = false;
  const logs: string[] = [];

  before(async () => {
    ({ child, conn } = await startServer());
    child.on('exit', () => (exited = true));
    conn.onNotification('window/logMessage', (p: { message: string }) => {
      logs.push(p.message);
    });
  });

  after(() => child.kill());

  it(`keeps answering through ${SESSIONS} random sessions, and never exits`, async () => {
    const sentences = corpusSentences();
    let session = 0;
    await fc.assert(
      fc.asyncProperty(ops(sentences), async (list) => {
        session++;
        const uri = (d: number): string => `file:///fuzz/${session}/LICENSE-${d}`;
        const pending: Array<Promise<unknown>> = [];
        for (const op of list) {
          if (op.kind === 'open') await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(op.doc), languageId: 'license', version: 1, text: op.text } });
          else if (op.kind === 'close') await conn.sendNotification('textDocument/didClose', { textDocument: { uri: uri(op.doc) } });
          else if (op.kind === 'change') {
            const change = op.full ? { text: op.text } : { range: { start: { line: op.line, character: op.character }, end: { line: op.endLine, character: op.endCharacter } }, text: op.text };
            await conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri(op.doc), version: op.version }, contentChanges: [change] });
          } else if (op.kind === 'garbage') {
            pending.push(conn.sendRequest(op.method, op.params).catch(() => undefined));
          } else {
            const source = new CancellationTokenSource();
            const position = { line: op.line, character: op.character };
            const method = { hover: 'textDocument/hover', action: 'textDocument/codeAction', pull: 'textDocument/diagnostic', symbols: 'textDocument/documentSymbol', definition: 'textDocument/definition' }[op.kind];
            const params = op.kind === 'action' ? { textDocument: { uri: uri(op.doc) }, range: { start: position, end: position }, context: { diagnostics: [] } } : { textDocument: { uri: uri(op.doc) }, position };
            // A negative position is malformed (LSP positions are unsigned): InvalidParams is the answer.
            const malformed = (op.line < 0 || op.character < 0) && op.kind !== 'pull' && op.kind !== 'symbols';
            pending.push(conn.sendRequest(method, params, source.token).catch((e: { code?: number }) => {
              if (!op.cancel && !(malformed && e.code === -32602)) throw new Error(`${method} failed: ${JSON.stringify(e)}`);
            }));
            if (op.cancel) source.cancel();
          }
        }
        await Promise.all(pending);
        for (let d = 0; d < 3; d++) await conn.sendNotification('textDocument/didClose', { textDocument: { uri: uri(d) } });
        assert.equal(exited, false, 'the server exited');
      }),
      { numRuns: SESSIONS },
    );
    // Still alive and answering after everything.
    const r = await conn.sendRequest('osdLint/explainCriterion', { criterion: 5 });
    assert.ok(r && typeof (r as { markdown: string }).markdown === 'string');
    assert.ok(logs.some((l) => /not open|ignored|clamped|failed/.test(l)), 'bad requests were logged with a message');
  });
});
