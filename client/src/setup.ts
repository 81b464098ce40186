import * as vscode from 'vscode';
import { CloseAction, type CloseHandlerResult, ErrorAction, type ErrorHandlerResult, type LanguageClientOptions, RevealOutputChannelOn } from 'vscode-languageclient';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SHOW_CRITERION_COMMAND, SUPPRESS_COMMAND } from '../../server/src/lsp/commandIds';
import { addSuppression, explainCriterion, EXPLAIN_SCHEME, ExplanationProvider } from './commands';
import { DOCUMENT_SELECTOR } from './selector';
import { Auditor, AuditStatus } from './audit';
import { registerTools } from './tools';

export const CLIENT_ID = 'osdLint';
export const APPLY_FIX_COMMAND = '_osdLint.applyFix';
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
    // `.osdlintrc.json` is watched by the server's own registration (didChangeWatchedFiles).
    middleware: {
      // The server's commands (which its code actions call) with VS Code's own UI: an explanation
      // in a Markdown preview tab, a suppression written straight to the workspace's config file.
      executeCommand: async (command, args, next) => {
        if (command === SHOW_CRITERION_COMMAND) return explainCriterion(typeof args[0] === 'number' ? args[0] : undefined);
        if (command === SUPPRESS_COMMAND && args.length >= 3 && args.every((a) => typeof a === 'string')) return addSuppression(args[0] as string, args[1] as string, args[2] as string);
        return next(command, args);
      },
      // A fix is applied only to the document version it was computed for: the edit travels in a
      // command that checks the version first (the protocol converter drops edit versions).
      provideCodeActions: async (document, range, context, token, next) => {
        const version = document.version;
        const actions = await next(document, range, context, token);
        return actions?.map((a) => {
          if (!(a instanceof vscode.CodeAction) || !a.edit) return a;
          const edit = a.edit;
          a.edit = undefined;
          a.command = { title: a.title, command: APPLY_FIX_COMMAND, arguments: [document.uri.toString(), version, edit] };
          return a;
        });
      },
    },
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
    vscode.commands.registerCommand(APPLY_FIX_COMMAND, (uri: string, version: number, edit: vscode.WorkspaceEdit) => applyFix(uri, version, edit)),
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
    // For tests and tools: the reports the open audit shows now.
    vscode.commands.registerCommand('_osdLint.lastAuditReports', () => auditor.last),
    ...registerTools(client, profile),
  );
}

/** Applies a fix if the document is still at the version the fix was computed for; refuses otherwise. */
export async function applyFix(uri: string, version: number, edit: vscode.WorkspaceEdit): Promise<boolean> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!doc || doc.version !== version || !(edit instanceof vscode.WorkspaceEdit)) {
    void vscode.window.showWarningMessage('OSD Lint: the licence changed after this fix was computed, so it was not applied. Open the quick fixes again.');
    return false;
  }
  return vscode.workspace.applyEdit(edit);
}
