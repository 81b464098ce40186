/** The Node entry point: `node server/out/server.js --stdio` (or --node-ipc, --socket=N). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { FileAccess } from './lsp/configFiles';
import { startServer } from './lsp/startServer';

/** Reads `.osdlintrc.json` files from disk: the only file the server reads itself. */
const files: FileAccess = {
  read(p) {
    try {
      const stat = fs.statSync(p);
      return stat.isFile() && stat.size < 1_000_000 ? fs.readFileSync(p, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
  toPath: (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined),
  toUri: (p) => pathToFileURL(p).href,
  dirname: (p) => path.dirname(p),
  join: (dir, name) => path.join(dir, name),
};

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`Unexpected error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
startServer(connection, files);
