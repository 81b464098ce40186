import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  CodeActionRequest,
  type CodeAction,
  CodeActionTriggerKind,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type Diagnostic,
  DocumentDiagnosticRequest,
  type FullDocumentDiagnosticReport,
  type ProtocolConnection,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../helpers/server';

/** Issue 15, point 3: fix all on fixes that overlap (a list of prohibited uses) was a silent no-op. */
const DRAFT = [
  'Orchid Model Licence',
  '',
  '1. Licensor grants You a worldwide, royalty-free licence to use, copy and modify the Model for non-commercial research purposes only.',
  '',
  '2. You agree not to use the Model:',
  '',
  '   (a) to generate spam;',
  '   (b) to provide medical advice or diagnosis; or',
  '   (c) for military purposes.',
  '',
  '3. This Licence is governed by the laws of Ruritania.',
  '',
].join('\n');

const STUCK = 'This license is granted to currently enrolled students and teaching staff of accredited schools and universities, and to no one else.\n';

describe('language server: fix all', function () {
  this.timeout(20000);
  let child: ChildProcess;
  let conn: ProtocolConnection;

  before(async () => {
    ({ child, conn } = await startServer());
  });
  after(() => child.kill());

  async function open(uri: string, text: string): Promise<Diagnostic[]> {
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'license', version: 1, text } });
    return ((await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
  }

  it('applies every fix in one edit, renumbering and removing the emptied lead-in, and the result is clean', async () => {
    const uri = 'file:///w/fixall/model.license';
    const items = await open(uri, DRAFT);
    assert.ok(items.filter((d) => d.severity === 1).length >= 4, JSON.stringify(items.map((d) => d.code)));
    const actions = (await conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: [`${CodeActionKind.SourceFixAll}.osd-lint`], triggerKind: CodeActionTriggerKind.Automatic },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.match(actions[0].title, /^Fix all OSD Lint problems \(\d+\)$/);
    const change = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.edits.length, 1, 'one edit: editors refuse overlapping ones');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'license', 1, DRAFT), change.edits as TextEdit[]);
    assert.equal(fixed, ['Orchid Model Licence', '', '1. Licensor grants You a worldwide, royalty-free licence to use, copy and modify the Model for any purpose.', '', '2. This Licence is governed by the laws of Ruritania.', ''].join('\n'));
    await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = ((await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
    assert.deepEqual(after.filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code), []);
  });

  it('says which problems it leaves and why, and is shown disabled when it can fix nothing', async () => {
    const uri = 'file:///w/fixall/students.license';
    const items = await open(uri, STUCK);
    const d = items.find((x) => x.severity === 1)!;
    const actions = (await conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const fixAll = actions.find((a) => a.kind === 'source.fixAll.osd-lint')!;
    assert.ok(fixAll.disabled, JSON.stringify(fixAll));
    assert.match(fixAll.disabled.reason, /No automatic fix: .*line 1.*would remove a grant of rights/);
    assert.ok(!actions.some((a) => a.kind === 'quickfix' && a.edit), 'no quick fix removes the grant');
    const onSave = (await conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [], only: ['source.fixAll.osd-lint'], triggerKind: CodeActionTriggerKind.Automatic },
    })) as CodeAction[];
    assert.deepEqual(onSave, [], 'nothing to do on save');
  });
});
