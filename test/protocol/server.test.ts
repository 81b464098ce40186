import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { startServer } from '../helpers/server';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  type ProtocolConnection,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  CodeActionRequest,
  ShutdownRequest,
  ExitNotification,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type TextDocumentEdit,
  type TextEdit,
  type CodeAction,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';

const LLAMA_STYLE = fs.readFileSync(path.resolve(__dirname, '../../examples/acme-model.license'), 'utf8');

describe('language server over stdio', function () {
  this.timeout(20000);
  let child: ChildProcess;
  let conn: ProtocolConnection;
  let settings: unknown = {};
  const uri = 'file:///work/acme/LICENSE';

  before(async () => {
    const server = await startServer({ settings: () => settings });
    ({ child, conn } = server);
    assert.ok(server.capabilities.diagnosticProvider, 'advertises pull diagnostics');
    assert.ok(server.capabilities.hoverProvider);
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'license', version: 1, text: LLAMA_STYLE } });
  });

  after(async () => {
    if (child.exitCode === null) child.kill();
  });

  async function pull(): Promise<Diagnostic[]> {
    const report = (await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    assert.equal(report.kind, 'full');
    return report.items;
  }

  it('reports diagnostics with range, code, source, link and criteria', async () => {
    const items = await pull();
    const threshold = items.find((d) => d.code === 'size-threshold');
    assert.ok(threshold, `no size-threshold diagnostic in ${JSON.stringify(items.map((d) => d.code))}`);
    assert.equal(threshold.source, 'osd-lint');
    assert.equal(threshold.severity, 1);
    assert.deepEqual((threshold.data as { criteria: number[] }).criteria, [5]);
    assert.match(threshold.codeDescription!.href, /opensource\.org\/osd#no-discrimination-against-persons-or-groups/);
    const lines = LLAMA_STYLE.split('\n');
    const line = lines.findIndex((l) => l.includes('seven hundred million'));
    assert.ok(threshold.range.start.line <= line && line <= threshold.range.end.line, 'range covers the threshold sentence');
    assert.ok(threshold.range.end.line - threshold.range.start.line < 5, 'range is the clause, not the file');
    const aup = items.find((d) => d.code === 'acceptable-use-policy');
    assert.deepEqual((aup!.data as { criteria: number[] }).criteria, [6]);
  });

  it('hovers with the criterion text, the reason and a link', async () => {
    const items = await pull();
    const d = items.find((x) => x.code === 'size-threshold')!;
    const hover = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: d.range.start });
    assert.ok(hover, 'a hover');
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /OSD 5 — No Discrimination Against Persons or Groups/);
    assert.match(value, /The license must not discriminate against any person or group of persons\./);
    assert.match(value, /\*\*Why:\*\*/);
    assert.match(value, /https:\/\/opensource\.org\/osd#/);
  });

  it('offers a versioned quick fix that removes the diagnostic', async () => {
    const items = await pull();
    const d = items.find((x) => x.code === 'size-threshold')!;
    const actions = (await conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix, `no preferred quick fix in ${JSON.stringify(actions.map((a) => a.title))}`);
    const change = fix.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, 1, 'edit is tied to the version it was computed for');
    // Apply it as the client would, and check the server no longer reports the clause.
    const text = applyLspEdits(LLAMA_STYLE, change.edits as TextEdit[]);
    await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    const after = await pull();
    assert.equal(after.filter((x) => x.code === 'size-threshold').length, 0);
    assert.equal(after.filter((x) => x.severity === 1).length, items.filter((x) => x.severity === 1).length - 1, 'no new error appeared');
  });

  it('applies settings: a rule switched off disappears', async () => {
    settings = { rules: { 'acceptable-use-policy': 'off' } };
    await conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const items = await pull();
    assert.equal(items.filter((x) => x.code === 'acceptable-use-policy').length, 0);
    settings = {};
    await conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('shuts down and exits cleanly', async () => {
    await conn.sendRequest(ShutdownRequest.type);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await conn.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0);
  });
});

/** Applies LSP edits (line/character ranges) to a text. */
function applyLspEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }): number => starts[p.line] + p.character;
  return [...edits].sort((a, b) => off(b.range.start) - off(a.range.start)).reduce((t, e) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
}
