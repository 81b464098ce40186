import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ApplyWorkspaceEditRequest,
  type ApplyWorkspaceEditParams,
  type ApplyWorkspaceEditResult,
  type ClientCapabilities,
  ConfigurationRequest,
  createProtocolConnection,
  InitializeRequest,
  type LogMessageParams,
  type ProtocolConnection,
  type Registration,
  RegistrationRequest,
  type ServerCapabilities,
  ShowDocumentRequest,
  type ShowDocumentParams,
  type ShowMessageParams,
  StreamMessageReader,
  StreamMessageWriter,
  type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';

export const SERVER_BUNDLE = path.resolve(__dirname, '../../server/out/server.js');

export interface ServerHandle {
  child: ChildProcess;
  conn: ProtocolConnection;
  /** What the server wrote to stderr. */
  stderr: string[];
  /** Milliseconds from spawn to the initialize response. */
  readyMs: number;
  /** What the server advertised. */
  capabilities: ServerCapabilities;
  /** What the server asked the client to register (`client/registerCapability`). */
  registrations: Registration[];
  /** `window/showMessage` notifications and `window/showDocument` requests, in order. */
  messages: ShowMessageParams[];
  documentsShown: ShowDocumentParams[];
  /** `window/logMessage` notifications. */
  logs: LogMessageParams[];
  /** When the server asked the client to pull diagnostics again (`workspace/diagnostic/refresh`), in ms since the epoch. */
  diagnosticRefreshes: number[];
}

export interface StartOptions {
  rootUri?: string | null;
  workspaceFolders?: WorkspaceFolder[] | null;
  /** Answers `workspace/configuration` (only asked when the capabilities include it). */
  settings?: () => unknown;
  pull?: boolean;
  /** The client's capabilities; by default pull diagnostics (unless `pull: false`), Markdown hovers and `workspace/configuration`. */
  capabilities?: ClientCapabilities;
  /** Answers `workspace/applyEdit`; by default not applied. */
  applyEdit?: (params: ApplyWorkspaceEditParams) => ApplyWorkspaceEditResult;
  /** Answers `window/showDocument`; by default not shown. */
  showDocument?: (params: ShowDocumentParams) => boolean;
}

/**
 * Spawns the built server over stdio as editors do, answers its configuration requests with
 * `settings()`, and initializes it (by default with pull diagnostics and configuration support).
 */
export async function startServer(options: StartOptions = {}): Promise<ServerHandle> {
  if (!fs.existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run npm run build first`);
  const t0 = performance.now();
  const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const registrations: Registration[] = [];
  const messages: ShowMessageParams[] = [];
  const documentsShown: ShowDocumentParams[] = [];
  const logs: LogMessageParams[] = [];
  const diagnosticRefreshes: number[] = [];
  conn.onRequest('workspace/diagnostic/refresh', () => {
    diagnosticRefreshes.push(Date.now());
    return null;
  });
  conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => options.settings?.() ?? {}));
  conn.onRequest(RegistrationRequest.type, (p) => {
    registrations.push(...p.registrations);
  });
  conn.onRequest(ApplyWorkspaceEditRequest.type, (p) => options.applyEdit?.(p) ?? { applied: false, failureReason: 'this test client applies no edits' });
  conn.onRequest(ShowDocumentRequest.type, (p) => {
    documentsShown.push(p);
    return { success: options.showDocument?.(p) ?? false };
  });
  conn.onNotification('window/showMessage', (p: ShowMessageParams) => void messages.push(p));
  conn.onNotification('window/logMessage', (p: LogMessageParams) => void logs.push(p));
  conn.listen();
  const capabilities: ClientCapabilities = options.capabilities ?? {
    textDocument: { ...(options.pull === false ? {} : { diagnostic: {} }), hover: { contentFormat: ['markdown'] } },
    workspace: { configuration: true },
  };
  const init = await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    capabilities,
    workspaceFolders: options.workspaceFolders ?? null,
  });
  const readyMs = performance.now() - t0;
  await conn.sendNotification('initialized', {});
  return { child, conn, stderr, readyMs, capabilities: init.capabilities, registrations, messages, documentsShown, logs, diagnosticRefreshes };
}
