import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { startServer } from '../helpers/server';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  type CodeAction,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  type Diagnostic,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  type DocumentSymbol,
  FoldingRangeRequest,
  type FullDocumentDiagnosticReport,
  type Location,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  ReferencesRequest,
  HoverRequest,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';

const TEXT = fs.readFileSync(path.resolve(__dirname, '../../examples/acme-model.license'), 'utf8');

describe('language server: authoring features', function () {
  this.timeout(20000);
  let child: ChildProcess;
  let conn: ProtocolConnection;
  let dir: string;
  let uri: string;
  const published: PublishDiagnosticsParams[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'osd-lint-ws-'));
    fs.writeFileSync(path.join(dir, 'LICENSE'), TEXT);
    uri = pathToFileURL(path.join(dir, 'LICENSE')).href;
    ({ child, conn } = await startServer({ rootUri: pathToFileURL(dir).href }));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      published.push(p);
    });
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'license', version: 1, text: TEXT } });
  });

  after(() => {
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const pos = (needle: string, delta = 1): { line: number; character: number } => {
    const i = TEXT.indexOf(needle) + delta;
    const before = TEXT.slice(0, i).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  const pull = async (): Promise<Diagnostic[]> => ((await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;

  it('goes to the definition of a defined term and finds its references', async () => {
    const loc = (await conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: pos('Acceptable Use Policy, which') })) as Location;
    assert.equal(loc.range.start.line, pos('"Acceptable Use Policy" means').line);
    const refs = (await conn.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: pos('Acme Materials'), context: { includeDeclaration: true } })) as Location[];
    assert.ok(refs.length >= 5, `only ${refs.length} references`);
  });

  it('hovers a defined term with its definition, and "OSD n" with the criterion', async () => {
    const h = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: pos('Licensee" or') });
    assert.match((h!.contents as MarkupContent).value, /person or entity exercising rights/);
  });

  it('outlines sections and definitions, and folds sections', async () => {
    const symbols = (await conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const defs = symbols.find((s) => s.name === '1. Definitions')!;
    assert.deepEqual(defs.children!.map((c) => c.name), ['Acme Materials', 'Acceptable Use Policy', 'Licensee']);
    const folds = (await conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }))!;
    assert.ok(folds.some((f) => f.startLine === pos('1. Definitions', 0).line && f.endLine > f.startLine));
  });

  it('offers fixes, "Show OSD n" and a suppression that stays out of the licence', async () => {
    const d = (await pull()).find((x) => x.code === 'acceptable-use-policy')!;
    const actions = (await conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.equal(actions.filter((a) => a.isPreferred).length, 1);
    assert.equal(actions.find((a) => a.isPreferred)!.title, 'Make the use policy a non-binding request');
    assert.ok(titles.some((t) => /^Remove item c “Your use of the Acme Materials must comply/.test(t)), JSON.stringify(titles));
    assert.ok(actions.some((a) => a.command?.command === 'osd-lint.showCriterion' && a.command.arguments?.[0] === 6));
    assert.ok(actions.some((a) => a.command?.command === 'osd-lint.suppress' && a.command.arguments?.[1] === 'acceptable-use-policy'));
    assert.ok(!titles.some((t) => /comment/.test(t)), 'no HTML comment offered for a plain-text licence');
    assert.ok(actions.some((a) => a.kind === 'source.fixAll.osd-lint'));
  });

  it('reads .osdlintrc.json, reports a broken one on the file, and keeps linting with defaults', async () => {
    const config = path.join(dir, '.osdlintrc.json');
    fs.writeFileSync(config, '{ "rules": { "acceptable-use-policy": "off" } }');
    await conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: 1 }] });
    assert.ok(!(await pull()).some((x) => x.code === 'acceptable-use-policy'), 'the config file switched the rule off');

    fs.writeFileSync(config, '{ "rules": { "acceptable-use-policy": "off" ');
    await conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const items = await pull();
    assert.ok(items.some((x) => x.code === 'acceptable-use-policy'), 'defaults apply while the file is broken');
    const onConfig = published.filter((p) => p.uri === pathToFileURL(config).href).pop();
    assert.ok(onConfig && onConfig.diagnostics.some((d) => /not valid JSON/.test(typeof d.message === 'string' ? d.message : d.message.value)), 'the broken file gets a diagnostic');

    fs.writeFileSync(config, '{}');
    await conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    await pull();
    assert.deepEqual(published.filter((p) => p.uri === pathToFileURL(config).href).pop()!.diagnostics, [], 'fixed file: diagnostics cleared');
  });
});
