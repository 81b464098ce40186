import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, clientOptions, registerCommands, RestartPolicy } from './setup';

let client: LanguageClient | undefined;

/** The web client (vscode.dev, github.dev): the same server, in a web worker. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = Date.now();
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'server/out/browserServer.js');
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const policy = new RestartPolicy();
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, new Worker(serverMain.toString(true)), clientOptions(output, policy));
  registerCommands(context, output, policy, () => client);
  void client.start().catch((e: unknown) => output.error(`Could not start the OSD Lint server: ${String(e)}`));
  output.info(`OSD Lint activated in ${Date.now() - started} ms`);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
