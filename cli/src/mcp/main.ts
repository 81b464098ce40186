/** `osd-lint mcp`: the MCP server over stdio. stdout carries the protocol; messages go to stderr. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { analyze } from '../../../server/src/engine';
import { JUDGEMENTS } from '../../../common/src/settings';
import { MAX_TOOL_TEXT } from '../../../common/src/tools/definitions';
import { findConfig, loadConfig, optionsFrom } from '../config';
import { loadIndex } from '../knownLicences';
import { Roots } from './files';
import { createMcpServer } from './server';

declare const OSD_LINT_VERSION: string | undefined;
const VERSION = typeof OSD_LINT_VERSION === 'string' ? OSD_LINT_VERSION : '0.0.0-dev';
const WARM_UP = 'Licensees with more than seven hundred million monthly active users may not use the Software for military purposes.';

const USAGE = `Usage: osd-lint mcp [options]

Serves OSD Lint to AI assistants over the Model Context Protocol, on stdin/stdout: the tools
osd-lint_check, osd-lint_audit and osd-lint_explain, and the resource osd-lint://osd (the text of
the Open Source Definition). Nothing leaves the machine.

Options:
  -r, --root <folder>     a folder the tools may read licence files from (repeatable;
                          default: the current folder). Files outside the roots are refused.
  -c, --config <file>     configuration file (default: the nearest .osdlintrc.json above the first root)
      --judgement <how>   clause-model (default) or rules
      --max-file-size <n> refuse files longer than n characters (default 5000000)
  -h, --help              print this help`;

/** Starts the server, or returns an exit code when the arguments are wrong. */
export async function start(argv: readonly string[], cwd: string, stderr: (s: string) => void, stdout: (s: string) => void = stderr): Promise<number | undefined> {
  let values: { root?: string[]; config?: string; judgement?: string; 'max-file-size'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: {
        root: { type: 'string', short: 'r', multiple: true },
        config: { type: 'string', short: 'c' },
        judgement: { type: 'string' },
        'max-file-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e: unknown) {
    stderr(`osd-lint mcp: ${(e as Error).message}. Try osd-lint mcp --help.\n`);
    return 2;
  }
  if (values.help) {
    stdout(USAGE + '\n');
    return 0;
  }
  let roots: Roots;
  try {
    roots = new Roots((values.root ?? [cwd]).map((r) => path.resolve(cwd, r)));
  } catch (e: unknown) {
    stderr(`osd-lint mcp: cannot use root: ${(e as Error).message}.\n`);
    return 2;
  }
  const configPath = values.config === undefined ? findConfig(roots.folders[0]) : path.resolve(cwd, values.config);
  if (values.config !== undefined && !fs.existsSync(configPath!)) {
    stderr(`osd-lint mcp: config file not found: ${values.config}.\n`);
    return 2;
  }
  const { config, problems } = loadConfig(configPath);
  for (const p of problems) stderr(`osd-lint mcp: ${p}\n`);
  let analyzeOptions = optionsFrom(config);
  if (values.judgement !== undefined) {
    if (!(JUDGEMENTS as readonly string[]).includes(values.judgement)) {
      stderr(`osd-lint mcp: unknown judgement "${values.judgement}" (use ${JUDGEMENTS.join(', ')}).\n`);
      return 2;
    }
    analyzeOptions = { ...analyzeOptions, clauseModel: values.judgement === 'clause-model' };
  }
  const maxFileSize = values['max-file-size'] === undefined ? config.maxFileSize ?? MAX_TOOL_TEXT : Number(values['max-file-size']);
  if (!Number.isFinite(maxFileSize) || maxFileSize <= 0) {
    stderr('osd-lint mcp: --max-file-size takes a positive number of characters.\n');
    return 2;
  }
  const server = createMcpServer({ roots, analyzeOptions, maxFileSize, index: loadIndex(stderr), version: VERSION });
  await server.connect(new StdioServerTransport());
  stderr(`osd-lint mcp ${VERSION}: serving on stdio; files are read below ${roots.folders.join(', ')}\n`);
  // Load what the engine loads on first use (the number-words reader, ~0.2 s) while the client is
  // still starting, so that the first answer is as quick and as complete as the next ones.
  setImmediate(() => analyze(WARM_UP, analyzeOptions));
  return undefined;
}

/** The process entry point (bin/osd-lint.js calls it for `osd-lint mcp …`). */
export function run(argv: readonly string[]): void {
  const stderr = (s: string): void => void process.stderr.write(s);
  start(argv, process.cwd(), stderr, (s) => void process.stdout.write(s)).then((code) => {
    if (code !== undefined) process.exitCode = code;
  }, (e: unknown) => {
    stderr(`osd-lint mcp: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  });
}
