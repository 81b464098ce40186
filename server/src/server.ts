/** The Node entry point: `node server/out/server.js --stdio` (or --node-ipc, --socket=N). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { FileAccess } from './lsp/configFiles';
import { startServer } from './lsp/startServer';
import { guardLibraryMessages } from './lsp/params';
import { sarifLog } from '../../common/src/sarif';
import { type LicenceIndexData, parseIndex } from './engine';

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

/** The index of known licences, built at build time beside this bundle. */
function loadLicenceIndex(): LicenceIndexData | undefined {
  const file = path.join(__dirname, 'licences.txt');
  return fs.existsSync(file) ? parseIndex(fs.readFileSync(file, 'utf8')) : undefined;
}

declare const OSD_LINT_VERSION: string | undefined;

const connection = createConnection(ProposedFeatures.all, { messageStrategy: guardLibraryMessages });
process.on('uncaughtException', (e) => connection.console.error(`Unexpected error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
startServer(connection, {
  files,
  loadLicenceIndex,
  sarif: (reports) => sarifLog(reports.map((r) => ({ uri: r.file, findings: r.findings.filter((f) => !f.source) })), typeof OSD_LINT_VERSION === 'string' ? OSD_LINT_VERSION : '0.0.0'),
});
