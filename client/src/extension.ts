import * as vscode from 'vscode';
import {
  CloseAction,
  type CloseHandlerResult,
  ErrorAction,
  type ErrorHandlerResult,
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { CONFIG_FILE } from '../../common/src/config';
import { addSuppression, explainCriterion, EXPLAIN_SCHEME, ExplanationProvider } from './commands';
import { DOCUMENT_SELECTOR } from './selector';

export const CLIENT_ID = 'osdLint';
const CLIENT_NAME = 'OSD Lint';
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

let client: LanguageClient | undefined;

/** Starts the language server and registers the commands. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const restarts: number[] = [];
  let toldUser = false;
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: false },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`) },
    errorHandler: {
      error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
      closed: (): CloseHandlerResult => {
        const now = Date.now();
        while (restarts.length > 0 && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
        restarts.push(now);
        if (restarts.length <= MAX_RESTARTS) {
          if (!toldUser) {
            toldUser = true;
            void vscode.window.showWarningMessage('OSD Lint: the language server stopped unexpectedly and was restarted. See the OSD Lint output for details.');
          }
          return { action: CloseAction.Restart, handled: true };
        }
        return { action: CloseAction.DoNotRestart, message: 'OSD Lint: the language server stopped 5 times in 3 minutes and will not be restarted. Run "OSD Lint: Restart Server" to try again.' };
      },
    },
  };
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('osdLint.restartServer', async () => {
      restarts.length = 0;
      await client?.restart();
    }),
    vscode.commands.registerCommand('osdLint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('osdLint.explainCriterion', (n?: number) => explainCriterion(n)),
    vscode.commands.registerCommand('_osdLint.addSuppression', (uri: string, rule: string, clause: string) => addSuppression(uri, rule, clause)),
    vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, new ExplanationProvider(() => client)),
  );
  await client.start();
}

/** Stops the language server. */
export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
