import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, type AnalyzeOptions, type AuditReport, buildReport, markdownReport, type Profile } from '../../server/src/engine';
import { loadIndex } from './knownLicences';
import { findConfig, loadConfig, optionsFrom } from './config';
import { JUDGEMENTS } from '../../common/src/settings';
import { resolveTargets, readText } from './files';
import { json } from './formats/json';
import { sarif } from './formats/sarif';
import { stylish } from './formats/stylish';
import { fileReport, type FileReport } from './report';

declare const OSD_LINT_VERSION: string | undefined;
const VERSION = typeof OSD_LINT_VERSION === 'string' ? OSD_LINT_VERSION : '0.0.0-dev';

const USAGE = `Usage: osd-lint [options] <file|folder|glob>...

Checks licence texts against the Open Source Definition.

Options:
  -f, --format <name>     stylish (default), json, sarif or markdown (the audit report)
  -p, --profile <name>    osd (default) or ai-model (adds the Open Source AI Definition rows)
  -c, --config <file>     configuration file (default: the nearest .osdlintrc.json)
      --max-file-size <n> skip files larger than n bytes (default 5000000)
      --judgement <how>   clause-model (default: read each clause into provisions and judge
                          them) or rules (the rules' own patterns alone)
      --no-color          plain output
  -v, --version           print the version
  -h, --help              print this help

Exit codes: 0 no errors, 1 errors found, 2 usage or input problem.

osd-lint mcp [--root <folder>]... [--config <file>] [--judgement <how>]
  serves the OSD Lint tools to AI assistants over the Model Context Protocol (stdio); it reads
  licence files only below the roots (default: the current folder). See osd-lint mcp --help.`;

const FORMATS = ['stylish', 'json', 'sarif', 'markdown'] as const;
const PROFILES = ['osd', 'ai-model'] as const;
type Format = (typeof FORMATS)[number];

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let values: { format?: string; profile?: string; config?: string; help?: boolean; version?: boolean; 'max-file-size'?: string; 'no-color'?: boolean; judgement?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        profile: { type: 'string', short: 'p' },
        'max-file-size': { type: 'string' },
        'no-color': { type: 'boolean' },
        judgement: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (e: unknown) {
    io.stderr(`osd-lint: ${(e as Error).message}. Try --help.\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    io.stdout(VERSION + '\n');
    return 0;
  }
  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) {
    io.stderr(`osd-lint: unknown format "${values.format}" (use ${FORMATS.join(', ')}).\n`);
    return 2;
  }
  const configPath = values.config === undefined ? findConfig(io.cwd) : path.resolve(io.cwd, values.config);
  if (values.config !== undefined && !fs.existsSync(configPath!)) {
    io.stderr(`osd-lint: config file not found: ${values.config}.\n`);
    return 2;
  }
  const { config, problems } = loadConfig(configPath);
  for (const p of problems) io.stderr(`osd-lint: ${p}\n`);
  let options: AnalyzeOptions = optionsFrom(config);
  if (values.judgement !== undefined) {
    if (!(JUDGEMENTS as readonly string[]).includes(values.judgement)) {
      io.stderr(`osd-lint: unknown judgement "${values.judgement}" (use ${JUDGEMENTS.join(', ')}).\n`);
      return 2;
    }
    options = { ...options, clauseModel: values.judgement === 'clause-model' };
  }
  const profile = (values.profile ?? 'osd') as Profile;
  if (!PROFILES.includes(profile)) {
    io.stderr(`osd-lint: unknown profile "${values.profile}" (use ${PROFILES.join(', ')}).\n`);
    return 2;
  }
  const maxBytes = values['max-file-size'] === undefined ? config.maxFileSize ?? 5_000_000 : Number(values['max-file-size']);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    io.stderr('osd-lint: --max-file-size takes a positive number of bytes.\n');
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr('osd-lint: no files given. Usage: osd-lint [options] <file|folder|glob>...\n');
    return 2;
  }
  let targets;
  try {
    targets = await resolveTargets(positionals, io.cwd);
  } catch (e: unknown) {
    io.stderr(`osd-lint: ${(e as Error).message}.\n`);
    return 2;
  }
  const reports: FileReport[] = [];
  const audits: AuditReport[] = [];
  const index = format === 'markdown' || format === 'json' ? loadIndex(io.stderr) : undefined;
  let inputProblem = false;
  for (const t of targets) {
    const read = readText(t.file, maxBytes);
    if ('problem' in read) {
      if (t.explicit) inputProblem = true;
      io.stderr(`osd-lint: ${t.file}: ${read.problem}\n`);
      continue;
    }
    const analysis = analyze(read.text, options);
    reports.push(fileReport(t.file, read.text, analysis.findings));
    for (const u of analysis.unchecked) io.stderr(`osd-lint: ${t.file}: offset ${u.start}: ${u.message}\n`);
    if (format === 'markdown' || format === 'json') audits.push(buildReport({ file: t.file, text: read.text, analysis, nearest: index?.identify(read.text, analysis.clauses), profile }));
  }
  if (targets.length === 0) {
    io.stderr('osd-lint: no licence files found.\n');
    return 2;
  }
  const output = {
    json: () => json(reports.map((r, i) => ({ ...r, verdict: audits[i].verdict, summary: audits[i].summary, scorecard: audits[i].scorecard, nearest: audits[i].nearest, ai: audits[i].ai }))),
    sarif: () => sarif(reports, VERSION),
    markdown: () => markdownReport(audits),
    stylish: () => stylish(reports, io.color && !values['no-color']),
  }[format];
  io.stdout(output());
  if (inputProblem) return 2;
  return reports.some((r) => r.errorCount > 0) ? 1 : 0;
}

/** The process entry point. */
export function run(): void {
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  }).then((code) => {
    process.exitCode = code;
  }, (e: unknown) => {
    process.stderr.write(`osd-lint: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  });
}
