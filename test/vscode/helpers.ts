import * as vscode from 'vscode';

export const EXTENSION_ID = 'osd-lint.osd-lint';

/** The fixture workspace folder opened by the runner. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The integration tests need the fixture workspace open (test/fixtures/workspace).');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Waits until `predicate` holds for the diagnostics of `uri`, or fails after `ms`. */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (d: readonly vscode.Diagnostic[]) => boolean, ms = 30000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'osd-lint');
      if (predicate(d)) {
        sub.dispose();
        clearTimeout(timer);
        resolve(d);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      const now = vscode.languages.getDiagnostics(uri).map((x) => `${String(codeOf(x))}@${x.range.start.line}`);
      reject(new Error(`Timed out waiting for diagnostics on ${uri.path}; have: ${now.join(', ')}`));
    }, ms);
    check();
  });
}

/** The rule id of a diagnostic (VS Code wraps it with the link target). */
export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

/** Opens a fixture file in an editor. */
export async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}
