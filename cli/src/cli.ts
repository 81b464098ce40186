import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type Analysis, type AuditReport, buildReport, isMarkdownName, markdownReport } from '../../server/src/engine';
import { type CliOptions, parseCommandLine } from './args';
import { ConfigResolver } from './config';
import { compare, decodeText, displayPath, readText, resolveTargets, type ReadResult, type Target } from './files';
import { IgnoreRules } from './ignore';
import { loadIndex } from './knownLicences';
import { useColor, writeOutputFile } from './output';
import { json } from './formats/json';
import { github } from './formats/github';
import { sarif } from './formats/sarif';
import { stylish } from './formats/stylish';
import { errorsOnly, fileReport, type FileReport } from './report';

declare const OSD_LINT_VERSION: string | undefined;
const VERSION = typeof OSD_LINT_VERSION === 'string' ? OSD_LINT_VERSION : '0.0.0-dev';

export { USAGE } from './args';

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** The environment, for NO_COLOR and FORCE_COLOR. */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colours by default). */
  isTTY: boolean;
  /** All of standard input, for `-`. */
  readStdin: () => Promise<Buffer>;
}

interface Input extends Target {
  /** The folder whose .osdlintrc.json applies. */
  readonly configDir: string;
  read(maxChars: number): Promise<ReadResult>;
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommandLine(argv, VERSION);
  if (!('options' in parsed)) {
    if (parsed.stdout) io.stdout(parsed.stdout);
    if (parsed.stderr) io.stderr(parsed.stderr);
    return parsed.exit;
  }
  const options = parsed.options;
  const configFile = options.config === undefined ? undefined : path.resolve(io.cwd, options.config);
  if (configFile !== undefined && !fs.existsSync(configFile)) {
    io.stderr(`osd-lint: config file not found: ${options.config}.\n`);
    return 2;
  }
  const configs = new ConfigResolver({ config: configFile, judgement: options.judgement, maxFileSize: options.maxFileSize }, io.stderr);
  const ignores = new IgnoreRules(options.ignore, options.ignorePatterns, io.cwd);
  let resolved;
  try {
    resolved = await resolveTargets(options.paths.filter((p) => p !== '-'), io.cwd, ignores, configs);
  } catch (e: unknown) {
    io.stderr(`osd-lint: ${(e as Error).message}.\n`);
    return 2;
  }
  for (const i of resolved.ignored) io.stderr(`osd-lint: ${i.file}: ignored by ${i.reason === '--ignore-pattern' ? i.reason : displayPath(io.cwd, i.reason)} (--no-ignore checks it).\n`);
  const inputs: Input[] = resolved.targets.map((t) => ({ ...t, configDir: path.dirname(t.abs), read: async (max) => readText(t.abs, max) }));
  if (options.paths.includes('-')) inputs.push(stdinInput(options, io));
  inputs.sort((a, b) => compare(a.file, b.file));
  if (inputs.length === 0 && resolved.ignored.length === 0) {
    io.stderr('osd-lint: no licence files found.\n');
    return 2;
  }

  const wantsAudit = options.format === 'markdown' || options.format === 'json';
  const index = wantsAudit ? loadIndex(io.stderr) : undefined;
  let reports: FileReport[] = [];
  let audits: AuditReport[] = [];
  const skipped: Array<{ file: string; problem: string }> = [];
  for (const input of inputs) {
    const settings = configs.forDir(input.configDir);
    const read = await input.read(settings.maxChars);
    if ('problem' in read) {
      io.stderr(`osd-lint: ${input.file}: ${read.problem}${input.explicit ? '; it was named, so the exit code is 2' : ''}.\n`);
      if (input.explicit) skipped.push({ file: input.file, problem: read.problem });
      continue;
    }
    const raw = analyze(read.text, { ...settings.options, markdown: isMarkdownName(input.file) });
    const analysis: Analysis = { ...raw, findings: [...raw.findings].sort((a, b) => a.start - b.start || a.end - b.end) };
    reports.push(fileReport(input.file, read.text, analysis.findings));
    for (const u of analysis.unchecked) io.stderr(`osd-lint: ${input.file}: offset ${u.start}: ${u.message}\n`);
    if (wantsAudit) audits.push(buildReport({ file: input.file, text: read.text, analysis, nearest: index?.identify(read.text, analysis.clauses), profile: options.profile }));
  }

  const errors = reports.reduce((n, r) => n + r.errorCount, 0);
  const warnings = reports.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (options.quiet) {
    reports = reports.map(errorsOnly);
    audits = audits.map((a) => ({ ...a, findings: a.findings.filter((f) => f.severity === 'error') }));
  }
  const color = useColor(options.color, options.outputFile !== undefined, io.env, io.isTTY);
  const output = {
    json: () => json(reports.map((r, i) => ({ ...r, verdict: audits[i].verdict, summary: audits[i].summary, scorecard: audits[i].scorecard, nearest: audits[i].nearest, ai: audits[i].ai }))),
    sarif: () => sarif(reports, VERSION, io.cwd),
    github: () => github(reports, skipped),
    markdown: () => markdownReport(audits),
    stylish: () => stylish(reports, { color, skipped: skipped.length, tooManyWarnings: tooManyWarnings ? options.maxWarnings : undefined }),
  }[options.format]();

  if (options.outputFile !== undefined) {
    const file = path.resolve(io.cwd, options.outputFile);
    const failed = writeOutputFile(file, output);
    if (failed) {
      io.stderr(`osd-lint: ${failed}.\n`);
      return 2;
    }
    const infos = reports.reduce((n, r) => n + r.informationCount, 0);
    io.stderr(`osd-lint: ${count(errors, 'error')}, ${count(warnings, 'warning')}${options.quiet ? '' : `, ${infos} information`} in ${count(reports.length, 'file')}; report written to ${displayPath(io.cwd, file)}.\n`);
  } else {
    io.stdout(output);
  }
  if (tooManyWarnings) io.stderr(`osd-lint: ${count(warnings, 'warning')}, more than --max-warnings ${options.maxWarnings} allows.\n`);
  if (skipped.length > 0) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `-`: standard input, reported and configured as `--stdin-filename` (or `<stdin>` in the working folder). */
function stdinInput(options: CliOptions, io: Io): Input {
  const name = options.stdinFilename;
  const abs = path.resolve(io.cwd, name ?? '<stdin>');
  return {
    file: name === undefined ? '<stdin>' : displayPath(io.cwd, abs),
    abs,
    explicit: true,
    configDir: name === undefined ? path.resolve(io.cwd) : path.dirname(abs),
    read: async (max) => decodeText(await io.readStdin(), max),
  };
}

/** All of a stream. */
async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The process entry point. */
export function run(): void {
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    readStdin: () => readAll(process.stdin),
  }).then((code) => {
    process.exitCode = code;
  }, (e: unknown) => {
    process.stderr.write(`osd-lint: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  });
}
