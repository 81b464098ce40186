import * as vscode from 'vscode';
import { applyEdits, modify, parse } from 'jsonc-parser';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CONFIG_FILE } from '../../common/src/config';
import { EXPLAIN_CRITERION_METHOD, type ExplainCriterionResult } from '../../common/src/protocol';

export const EXPLAIN_SCHEME = 'osd-lint';
const CRITERIA_TITLES = [
  'Free Redistribution', 'Source Code', 'Derived Works', "Integrity of The Author's Source Code",
  'No Discrimination Against Persons or Groups', 'No Discrimination Against Fields of Endeavor',
  'Distribution of License', 'License Must Not Be Specific to a Product',
  'License Must Not Restrict Other Software', 'License Must Be Technology-Neutral',
];

/** Serves explanations as read-only Markdown documents (`osd-lint:/OSD-6.md`). */
export class ExplanationProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly client: () => BaseLanguageClient | undefined) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const n = Number(/OSD-(\d+)/.exec(uri.path)?.[1]);
    if (!Number.isInteger(n)) return `No explanation for ${uri.path}.`;
    const result = await this.client()?.sendRequest<ExplainCriterionResult | null>(EXPLAIN_CRITERION_METHOD, { criterion: n });
    return result?.markdown ?? `No explanation for ${uri.path}.`;
  }
}

/** "Explain a Criterion…": opens the explanation of a criterion, asking which one when not given. */
export async function explainCriterion(criterion?: number): Promise<void> {
  let n = typeof criterion === 'number' ? criterion : undefined;
  if (n === undefined) {
    const pick = await vscode.window.showQuickPick(
      CRITERIA_TITLES.map((title, i) => ({ label: `OSD ${i + 1}`, description: title, n: i + 1 })),
      { title: 'Explain an Open Source Definition criterion', placeHolder: 'Pick a criterion' },
    );
    if (!pick) return;
    n = pick.n;
  }
  if (!Number.isInteger(n) || n < 1 || n > 10) {
    void vscode.window.showErrorMessage(`OSD Lint: there is no criterion ${String(n)}; the OSD has ten.`);
    return;
  }
  const uri = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/OSD-${n}.md` });
  // A tab of its own: as a preview tab, the next explanation (or any file opened) replaced it.
  await vscode.commands.executeCommand('vscode.openWith', uri, 'vscode.markdown.preview.editor', { preview: false, viewColumn: vscode.ViewColumn.Beside });
}

/**
 * Adds a suppression to the workspace `.osdlintrc.json` (created if needed), keeping its
 * formatting and comments, so nothing is written into the published licence.
 */
export async function addSuppression(docUri: string, rule: string, clause: string): Promise<void> {
  const uri = vscode.Uri.parse(docUri);
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) {
    void vscode.window.showWarningMessage(`OSD Lint: open a folder to keep suppressions in ${CONFIG_FILE}.`);
    return;
  }
  const file = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
  let text = '{\n}\n';
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  } catch {
    // no file yet: start from an empty object
  }
  const current = parse(text) as { suppressions?: unknown[] } | undefined;
  if (current === undefined || typeof current !== 'object' || current === null) {
    void vscode.window.showErrorMessage(`OSD Lint: ${CONFIG_FILE} is not a JSON object; fix it before adding suppressions.`);
    return;
  }
  const index = Array.isArray(current.suppressions) ? current.suppressions.length : 0;
  const path = Array.isArray(current.suppressions) ? ['suppressions', index] : ['suppressions'];
  const value = Array.isArray(current.suppressions) ? { rule, clause } : [{ rule, clause }];
  const edits = modify(text, path, value, { formattingOptions: { insertSpaces: true, tabSize: 2 } });
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(applyEdits(text, edits)));
  void vscode.window.showInformationMessage(`OSD Lint: ${rule} is suppressed for that clause in ${CONFIG_FILE}.`);
}
