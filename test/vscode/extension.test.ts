import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AuditReport } from '../../server/src/engine/report';
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
    // notes.md says "may not be used for military purposes", but it is no licence: it is not audited.
    await open('notes.md');
    assert.equal(await vscode.commands.executeCommand('osdLint.auditThisLicence'), undefined);
  });

  it('keeps the clean licence clean', async () => {
    await open('LICENSE');
    const [report] = await vscode.commands.executeCommand<AuditReport[]>('osdLint.auditThisLicence');
    assert.equal(report.verdict, 'meets', report.summary);
    assert.deepEqual(report.findings.map((f) => f.ruleId), []);
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
    const fix = actions.find((a) => a.isPreferred && a.command?.command === '_osdLint.applyFix');
    assert.ok(fix?.command, `no preferred fix among ${JSON.stringify(actions.map((a) => [a.title, a.isPreferred, a.kind?.value, a.command?.command]))}`);
    assert.equal(await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? [])), true);
    await waitForDiagnostics(doc.uri, (x) => !x.some((y) => codeOf(y) === 'size-threshold'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('runs every contributed command without error', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const commands = (ext.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.ok(commands.length > 0);
    await open('model.license');
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const args: Record<string, unknown[]> = { 'osdLint.explainCriterion': [6], 'osdLint.exportReport': [vscode.Uri.joinPath(folder, 'commands-report.md')] };
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

  it('audits the workspace: every licence, the use policy, a verdict each', async () => {
    const reports = await vscode.commands.executeCommand<AuditReport[]>('osdLint.auditWorkspace');
    const name = (r: AuditReport): string => vscode.workspace.asRelativePath(vscode.Uri.parse(r.file));
    const names = reports.map(name).sort();
    for (const f of ['COPYING', 'LICENSE', 'LICENSE.md', 'model.license', 'model-with-policy/LICENSE']) assert.ok(names.includes(f), `${f} audited (got ${names.join(', ')})`);
    assert.ok(!names.includes('notes.md'), 'a Markdown file that is no licence is left out');
    assert.equal(reports.find((r) => name(r) === 'LICENSE')!.verdict, 'meets');
    assert.equal(reports.find((r) => name(r) === 'model.license')!.verdict, 'fails');
    const policy = reports.find((r) => name(r) === 'model-with-policy/LICENSE')!;
    assert.ok(policy.findings.some((f) => f.source?.endsWith('USE_POLICY.md')), 'the incorporated use policy is judged');
    // Files that are not open in an editor get their problems in the Problems panel.
    const problems = vscode.languages.getDiagnostics(vscode.Uri.parse(policy.file)).filter((d) => d.source === 'osd-lint');
    assert.ok(problems.some((d) => codeOf(d) === 'acceptable-use-policy'), JSON.stringify(problems.map(codeOf)));
  });

  it('exports the audit report as Markdown, JSON and SARIF', async () => {
    await open('model.license');
    await vscode.commands.executeCommand('osdLint.auditThisLicence');
    const folder = vscode.workspace.workspaceFolders![0].uri;
    for (const ext of ['md', 'json', 'sarif']) {
      const target = vscode.Uri.joinPath(folder, `report.${ext}`);
      await vscode.commands.executeCommand('osdLint.exportReport', target);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      if (ext === 'md') assert.match(text, /Fails the OSD/);
      if (ext === 'json') assert.equal((JSON.parse(text) as AuditReport[])[0].verdict, 'fails');
      if (ext === 'sarif') assert.equal(JSON.parse(text).version, '2.1.0');
    }
  });

  it('keeps the open report on the current text: after a settings change, after Fix all, and in an export after an edit', async () => {
    const doc = await open('model.license');
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'size-threshold'));
    const reports = (): Thenable<AuditReport[]> => vscode.commands.executeCommand<AuditReport[]>('_osdLint.lastAuditReports');
    const until = async (what: string, ok: (r: AuditReport) => boolean): Promise<AuditReport> => {
      for (let i = 0; i < 100; i++) {
        const r = (await reports())[0];
        if (r && ok(r)) return r;
        await new Promise((res) => setTimeout(res, 100));
      }
      throw new Error(`the open report did not follow: ${what}`);
    };
    const rules = (r: AuditReport): string[] => r.findings.map((f) => f.ruleId);
    const first = (await vscode.commands.executeCommand<AuditReport[]>('osdLint.auditThisLicence'))[0];
    assert.ok(rules(first).includes('size-threshold'));
    const config = vscode.workspace.getConfiguration('osdLint');
    await config.update('rules', { 'size-threshold': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await until('a settings change', (r) => !rules(r).includes('size-threshold'));
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    const restored = await until('the setting reset', (r) => rules(r).includes('size-threshold'));
    const all = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, all, 'source.fixAll.osd-lint');
    const fixAll = actions.find((a) => a.kind?.value.startsWith('source.fixAll') && !a.disabled);
    assert.ok(fixAll, 'Fix all is offered');
    if (fixAll.edit) assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    if (fixAll.command) await vscode.commands.executeCommand(fixAll.command.command, ...(fixAll.command.arguments ?? []));
    await until('Fix all', (r) => r.findings.filter((f) => f.severity === 'error').length < restored.findings.filter((f) => f.severity === 'error').length);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), 'You may not sell copies of the Materials.\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'report-after-edit.json');
    await vscode.commands.executeCommand('osdLint.exportReport', target);
    const exported = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as AuditReport[];
    assert.ok(rules(exported[0]).includes('no-sale'), `the export has the edit: ${rules(exported[0]).join(', ')}`);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(doc.isDirty, false, 'the fixture is back as it was');
  });

  it('explains each criterion in a tab of its own, which the next explanation does not replace', async () => {
    const explanationTabs = (): vscode.Tab[] => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => /OSD-\d+/.test(t.label) || (t.input instanceof vscode.TabInputCustom && /OSD-\d+/.test(t.input.uri.path)));
    await vscode.commands.executeCommand('osdLint.explainCriterion', 5);
    await vscode.commands.executeCommand('osdLint.explainCriterion', 6);
    const both = (): boolean => ['OSD-5', 'OSD-6'].every((n) => explanationTabs().some((t) => t.label.includes(n)));
    for (let i = 0; i < 50 && !both(); i++) await new Promise((res) => setTimeout(res, 100));
    const tabs = explanationTabs();
    const labels = tabs.map((t) => t.label);
    assert.ok(labels.some((l) => l.includes('OSD-5')) && labels.some((l) => l.includes('OSD-6')), `both explanations are open: ${labels.join(', ')}`);
    assert.ok(tabs.every((t) => !t.isPreview), 'no explanation is a preview tab');
    await vscode.window.tabGroups.close(tabs);
  });

  it('refuses a quick fix computed for an older version of the document', async () => {
    const doc = await open('model.license');
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'size-threshold'));
    const d = diags.find((x) => codeOf(x) === 'size-threshold')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.command?.command === '_osdLint.applyFix')!;
    const before = doc.getText();
    // The user types before the fix is applied: the edit was computed for the previous version.
    const typed = new vscode.WorkspaceEdit();
    typed.insert(doc.uri, new vscode.Position(0, 0), 'x');
    assert.ok(await vscode.workspace.applyEdit(typed));
    assert.equal(await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? [])), false, 'the stale fix is refused');
    assert.equal(doc.getText(), 'x' + before, 'the text is as the user left it');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('runs the server\'s "Show OSD n" and "Suppress" actions with VS Code\'s own UI, and sees .osdlintrc.json change', async () => {
    const doc = await open('model.license');
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'acceptable-use-policy'));
    const d = diags.find((x) => codeOf(x) === 'acceptable-use-policy')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const show = actions.find((a) => a.title === 'Show OSD 6');
    assert.equal(show?.command?.command, 'osd-lint.showCriterion', JSON.stringify(actions.map((a) => [a.title, a.command?.command])));
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    const explanation = (): vscode.Tab[] => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.label.includes('OSD-6'));
    for (let i = 0; i < 50 && explanation().length === 0; i++) await new Promise((res) => setTimeout(res, 100));
    assert.equal(explanation().length, 1, 'the explanation opened in a tab (the client\'s view, not a message)');
    await vscode.window.tabGroups.close(explanation());

    const suppress = actions.find((a) => a.command?.command === 'osd-lint.suppress');
    assert.ok(suppress?.command);
    const config = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.osdlintrc.json');
    try {
      await vscode.commands.executeCommand(suppress.command.command, ...(suppress.command.arguments ?? []));
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(config)), /"rule": "acceptable-use-policy"/);
      // The server's own file watcher registration tells it the file changed.
      await waitForDiagnostics(doc.uri, (x) => x.some((y) => codeOf(y) === 'size-threshold') && !x.some((y) => codeOf(y) === 'acceptable-use-policy'));
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await waitForDiagnostics(doc.uri, (x) => x.some((y) => codeOf(y) === 'acceptable-use-policy'));
  });
});
