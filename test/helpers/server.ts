import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationRequest, createProtocolConnection, InitializeRequest, type ProtocolConnection, type ServerCapabilities, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

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
}

/**
 * Spawns the built server over stdio as editors do, answers its configuration requests with
 * `settings()`, and initializes it with pull diagnostics and configuration support.
 */
export async function startServer(options: { rootUri?: string | null; settings?: () => unknown; pull?: boolean } = {}): Promise<ServerHandle> {
  if (!fs.existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run npm run build first`);
  const t0 = performance.now();
  const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => options.settings?.() ?? {}));
  conn.listen();
  const init = await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    capabilities: { textDocument: { ...(options.pull === false ? {} : { diagnostic: {} }), hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true } },
    workspaceFolders: null,
  });
  const readyMs = performance.now() - t0;
  await conn.sendNotification('initialized', {});
  return { child, conn, stderr, readyMs, capabilities: init.capabilities };
}
