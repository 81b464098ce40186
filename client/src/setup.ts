import * as vscode from 'vscode';
import { CloseAction, type CloseHandlerResult, ErrorAction, type ErrorHandlerResult, type LanguageClientOptions, RevealOutputChannelOn } from 'vscode-languageclient';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CONFIG_FILE } from '../../common/src/config';
import { addSuppression, explainCriterion, EXPLAIN_SCHEME, ExplanationProvider } from './commands';
import { DOCUMENT_SELECTOR } from './selector';
import { Auditor, AuditStatus } from './audit';

export const CLIENT_ID = 'osdLint';
export const CLIENT_NAME = 'OSD Lint';
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

/** Restarts the server after a crash, at most 4 times in 3 minutes, and tells the user once. */
export class RestartPolicy {
  private readonly restarts: number[] = [];
  private toldUser = false;

  reset(): void {
    this.restarts.length = 0;
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    while (this.restarts.length > 0 && now - this.restarts[0] > RESTART_WINDOW_MS) this.restarts.shift();
    this.restarts.push(now);
    if (this.restarts.length <= MAX_RESTARTS) {
      if (!this.toldUser) {
        this.toldUser = true;
        void vscode.window.showWarningMessage('OSD Lint: the language server stopped unexpectedly and was restarted. See the OSD Lint output for details.');
      }
      return { action: CloseAction.Restart, handled: true };
    }
    return { action: CloseAction.DoNotRestart, message: 'OSD Lint: the language server stopped 5 times in 3 minutes and will not be restarted. Run "OSD Lint: Restart Server" to try again.' };
  }
}

/** Client options shared by the desktop and web clients. */
export function clientOptions(output: vscode.LogOutputChannel, policy: RestartPolicy): LanguageClientOptions {
  return {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: false },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`) },
    errorHandler: {
      error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
      closed: (): CloseHandlerResult => policy.closed(),
    },
  };
}

/** Registers the commands and the explanation provider, for either client. */
export function registerCommands(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, policy: RestartPolicy, client: () => BaseLanguageClient | undefined): void {
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('osdLint.restartServer', async () => {
      policy.reset();
      const c = client();
      if (c?.isRunning()) await c.stop();
      await c?.start();
    }),
    vscode.commands.registerCommand('osdLint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('osdLint.explainCriterion', (n?: number) => explainCriterion(n)),
    vscode.commands.registerCommand('_osdLint.addSuppression', (uri: string, rule: string, clause: string) => addSuppression(uri, rule, clause)),
    vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, new ExplanationProvider(client)),
  );
  const profile = (): 'osd' | 'ai-model' => (vscode.workspace.getConfiguration('osdLint').get<string>('profile') === 'ai-model' ? 'ai-model' : 'osd');
  const auditor = new Auditor(client, profile);
  context.subscriptions.push(
    auditor,
    new AuditStatus(),
    vscode.commands.registerCommand('osdLint.auditThisLicence', () => auditor.auditActive()),
    vscode.commands.registerCommand('osdLint.auditWorkspace', () => auditor.auditWorkspace()),
    vscode.commands.registerCommand('osdLint.exportReport', (target?: vscode.Uri) => auditor.export(target)),
  );
}
