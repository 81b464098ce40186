/** The Node entry point: `node server/out/server.js --stdio` (or --node-ipc, --socket=N, --pipe=NAME). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { FileAccess } from './lsp/configFiles';
import { startServer } from './lsp/startServer';
import { guardLibraryMessages } from './lsp/params';
import { sarifLog } from '../../common/src/sarif';
import { type LicenceIndexData, parseIndex } from './engine';

declare const OSD_LINT_VERSION: string | undefined;
const VERSION = typeof OSD_LINT_VERSION === 'string' ? OSD_LINT_VERSION : '0.0.0';

const USAGE = `Usage: osd-lint-language-server --stdio
       node server/out/server.js --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The OSD Lint language server speaks the Language Server Protocol; an editor starts it and talks
to it over the transport named: --stdio (standard input and output, what most editors use),
--node-ipc (a Node parent process), --socket=PORT or --pipe=NAME.
`;

/** Which transport the arguments name (as vscode-languageserver reads them), if any. */
function transportOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--stdio' || a === '--node-ipc') return a;
    if (/^--(?:socket|pipe)=./.test(a) || ((a === '--socket' || a === '--pipe') && argv[i + 1] !== undefined)) return a.split('=')[0];
  }
  return undefined;
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
if (!transportOf(args)) {
  process.stderr.write(`osd-lint language server: no transport given${args.length ? ` (got ${args.join(' ')})` : ''}.\n\n${USAGE}`);
  process.exit(2);
}

/** The size and time of a file the server would read, or undefined when there is none. */
function statOf(p: string): fs.Stats | undefined {
  try {
    const stat = fs.statSync(p);
    return stat.isFile() && stat.size < 1_000_000 ? stat : undefined;
  } catch {
    return undefined;
  }
}

/** Reads `.osdlintrc.json` files from disk: the only file the server reads itself. */
const files: FileAccess = {
  read(p) {
    try {
      return statOf(p) ? fs.readFileSync(p, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
  stamp(p) {
    const stat = statOf(p);
    return stat && `${stat.mtimeMs}:${stat.ctimeMs}:${stat.size}:${stat.ino}`;
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

/** Explanations for `window/showDocument` go to a private temporary folder, removed on exit. */
let explanationDir: string | undefined;
function writeExplanation(name: string, markdown: string): string | undefined {
  try {
    if (!explanationDir) {
      explanationDir = fs.mkdtempSync(path.join(os.tmpdir(), 'osd-lint-'));
      const dir = explanationDir;
      process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    }
    const file = path.join(explanationDir, path.basename(name));
    fs.writeFileSync(file, markdown);
    return pathToFileURL(file).href;
  } catch {
    return undefined;
  }
}

const connection = createConnection(ProposedFeatures.all, { messageStrategy: guardLibraryMessages });
process.on('uncaughtException', (e) => connection.console.error(`Unexpected error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
startServer(connection, {
  files,
  loadLicenceIndex,
  sarif: (reports) => sarifLog(reports.map((r) => ({ uri: r.file, findings: r.findings.filter((f) => !f.source) })), VERSION),
  writeExplanation,
});
