import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { CloseAction } from 'vscode-languageclient';
import { RestartPolicy } from '../../client/src/setup';
import { codeOf, open, waitForDiagnostics } from './helpers';

/** Process ids of running OSD Lint servers (Linux and macOS: pgrep). */
function serverPids(): number[] {
  try {
    return execFileSync('pgrep', ['-f', 'server/out/server.js'], { encoding: 'utf8' }).split('\n').filter((l) => l.trim()).map(Number);
  } catch (e: unknown) {
    if ((e as { status?: number }).status === 1) return []; // pgrep found nothing
    throw new Error(`This test needs pgrep to find the language server process: ${String(e)}`);
  }
}

describe('server crashes', () => {
  it('the restart policy restarts four times in three minutes, then stops', () => {
    const policy = new RestartPolicy();
    const actions = Array.from({ length: 5 }, () => policy.closed().action);
    assert.deepEqual(actions, [CloseAction.Restart, CloseAction.Restart, CloseAction.Restart, CloseAction.Restart, CloseAction.DoNotRestart]);
    policy.reset();
    assert.equal(policy.closed().action, CloseAction.Restart, 'Restart Server resets the count');
  });

  it('a killed server is restarted and diagnostics come back', async () => {
    const doc = await open('model.license');
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'size-threshold'));
    const before = serverPids();
    assert.ok(before.length > 0, 'the language server process is running');
    for (const pid of before) process.kill(pid, 'SIGKILL');
    // Wait (on the condition, with a deadline) for a new server process.
    const deadline = Date.now() + 30000;
    while (!serverPids().some((p) => !before.includes(p))) {
      if (Date.now() > deadline) throw new Error('the server was not restarted within 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), ' ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'size-threshold' && x.range.start.line > 0));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
