import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME, clientOptions, registerCommands, RestartPolicy } from './setup';

let client: LanguageClient | undefined;

/** The desktop client: starts the Node language server over IPC and registers the commands. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = Date.now();
  const serverModule = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const policy = new RestartPolicy();
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions(output, policy));
  registerCommands(context, output, policy, () => client);
  // Start the server without holding up activation; diagnostics follow when it is ready.
  void client.start().catch((e: unknown) => output.error(`Could not start the OSD Lint server: ${String(e)}`));
  output.info(`OSD Lint activated in ${Date.now() - started} ms`);
}

/** Stops the language server. */
export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
