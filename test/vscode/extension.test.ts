import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, EXTENSION_ID, open, waitForDiagnostics } from './helpers';

describe('OSD Lint in VS Code', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('gives LICENSE, COPYING and *.license files the license language, and keeps LICENSE.md Markdown', async () => {
    assert.equal((await open('LICENSE')).languageId, 'license');
    assert.equal((await open('COPYING')).languageId, 'license');
    assert.equal((await open('model.license')).languageId, 'license');
    assert.equal((await open('LICENSE.md')).languageId, 'markdown');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension activated');
  });

  it('reports the Llama-style clauses with codes and criteria', async () => {
    const doc = await open('model.license');
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'size-threshold'));
    const threshold = diags.find((x) => codeOf(x) === 'size-threshold')!;
    assert.equal(threshold.severity, vscode.DiagnosticSeverity.Error);
    assert.match(doc.getText(threshold.range), /seven hundred million/);
    assert.ok(typeof threshold.code === 'object' && threshold.code.target.toString().startsWith('https://opensource.org/osd#'));
    assert.match(threshold.message, /OSD 5/);
    assert.ok(diags.some((x) => codeOf(x) === 'acceptable-use-policy' && /OSD 6/.test(x.message)));
  });

  it('reports Markdown licences and COPYING, and leaves other Markdown alone', async () => {
    const md = await open('LICENSE.md');
    await waitForDiagnostics(md.uri, (d) => d.some((x) => codeOf(x) === 'non-commercial'));
    const copying = await open('COPYING');
    await waitForDiagnostics(copying.uri, (d) => d.some((x) => codeOf(x) === 'excluded-group'));
    const notes = await open('notes.md');
    await new Promise((r) => setTimeout(r, 0));
    assert.deepEqual(vscode.languages.getDiagnostics(notes.uri).filter((x) => x.source === 'osd-lint'), []);
  });

  it('keeps the clean licence clean', async () => {
    const doc = await open('LICENSE');
    const diags = await waitForDiagnostics(doc.uri, () => true, 5000);
    assert.deepEqual(diags.filter((x) => x.severity === vscode.DiagnosticSeverity.Error).map(codeOf), []);
  });

  it('hovers a flagged clause with the criterion text', async () => {
    const doc = await open('model.license');
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'size-threshold'));
    const d = diags.find((x) => codeOf(x) === 'size-threshold')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, d.range.start.translate(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /The license must not discriminate against any person or group of persons/);
  });

  it('applies the quick fix and the diagnostic goes away', async () => {
    const doc = await open('model.license');
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'size-threshold'));
    const d = diags.find((x) => codeOf(x) === 'size-threshold')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.diagnostics?.some((x) => codeOf(x) === 'size-threshold'));
    assert.ok(fix?.edit, `no preferred fix among ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitForDiagnostics(doc.uri, (x) => !x.some((y) => codeOf(y) === 'size-threshold'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('runs every contributed command without error', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const commands = (ext.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.ok(commands.length > 0);
    const args: Record<string, unknown[]> = { 'osdLint.explainCriterion': [6] };
    for (const c of commands) await vscode.commands.executeCommand(c, ...(args[c] ?? []));
    const doc = await open('model.license');
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'size-threshold'));
  });

  it('changes severities from the settings', async () => {
    const config = vscode.workspace.getConfiguration('osdLint');
    const doc = await open('model.license');
    await config.update('rules', { 'size-threshold': 'warning' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'size-threshold' && x.severity === vscode.DiagnosticSeverity.Warning));
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'size-threshold' && x.severity === vscode.DiagnosticSeverity.Error));
  });
});
