/** The command line of `osd-lint`: its help text and the parsing of its options. */
import { parseArgs } from 'node:util';
import { type Judgement, JUDGEMENTS } from '../../common/src/settings';
import type { Profile } from '../../server/src/engine';

export const USAGE = `Usage: osd-lint [options] <file|folder|glob|->...

Checks licence texts against the Open Source Definition.

A folder means the licence files in it: LICENSE*, LICENCE*, COPYING*, NOTICE*, UNLICENSE*,
*.license, *.licence and the files of a LICENSES/ folder (REUSE), not code or data files
(license.ts, LICENSE.json), plus the files the "include" patterns of .osdlintrc.json name.
Markdown and text files with other names are checked only when named or matched by a glob. Files ignored by .gitignore or .osdlintignore
(gitignore syntax, from the repository root down) are left out; node_modules and hidden folders
are not searched. Each file is judged with the nearest .osdlintrc.json above it.

Options:
  -f, --format <name>        stylish (default), json, sarif, github (workflow annotations) or
                             markdown (the audit report)
  -o, --output-file <file>   write the report to a file (its folders are created) instead of stdout
  -p, --profile <name>       osd (default) or ai-model (adds the Open Source AI Definition rows)
  -c, --config <file>        use this configuration file for every file (default: the nearest
                             .osdlintrc.json above each file)
      --ignore-pattern <pat> ignore files matching a gitignore-style pattern, relative to the
                             current folder (repeatable)
      --no-ignore            do not apply .gitignore, .osdlintignore or --ignore-pattern
      --quiet                report errors only
      --max-warnings <n>     exit 1 when there are more than n warnings
      --stdin-filename <f>   the name of the text read from - (standard input): for the report,
                             for Markdown handling and to find its .osdlintrc.json
      --max-file-size <n>    skip files longer than n characters (default 5000000, as the
                             editor's osdLint.maxFileSize)
      --judgement <how>      clause-model (default: read each clause into provisions and judge
                             them) or rules (the rules' own patterns alone)
      --color, --no-color    force colours on or off (default: on for a terminal; NO_COLOR and
                             FORCE_COLOR are honoured)
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 no errors (and no more warnings than --max-warnings), 1 errors found or too many
warnings, 2 usage or input problem (a file named on the command line that cannot be checked:
missing, binary or too long).

osd-lint mcp [--root <folder>]... [--config <file>] [--judgement <how>]
  serves the OSD Lint tools to AI assistants over the Model Context Protocol (stdio); it reads
  licence files only below the roots (default: the current folder). See osd-lint mcp --help.`;

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
export const PROFILES = ['osd', 'ai-model'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  readonly format: Format;
  readonly profile: Profile;
  readonly config?: string;
  readonly outputFile?: string;
  readonly ignorePatterns: readonly string[];
  readonly ignore: boolean;
  readonly quiet: boolean;
  readonly maxWarnings?: number;
  readonly stdinFilename?: string;
  readonly maxFileSize?: number;
  readonly judgement?: Judgement;
  /** --color / --no-color, whichever came last; undefined when neither was given. */
  readonly color?: boolean;
  readonly paths: readonly string[];
}

export type Parsed = { options: CliOptions } | { exit: number; stdout?: string; stderr?: string };

const usageError = (message: string): Parsed => ({ exit: 2, stderr: `osd-lint: ${message}\n` });

/** Parses the arguments; help, version and mistakes come back as an exit code and a message. */
export function parseCommandLine(argv: readonly string[], version: string): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      tokens: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        profile: { type: 'string', short: 'p' },
        'ignore-pattern': { type: 'string', multiple: true },
        'no-ignore': { type: 'boolean' },
        quiet: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        'stdin-filename': { type: 'string' },
        'max-file-size': { type: 'string' },
        judgement: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e: unknown) {
    return usageError(`${(e as Error).message.replace(/\.$/, '')}. Try --help.`);
  }
  const { values, positionals, tokens } = parsed;
  if (values.help) return { exit: 0, stdout: USAGE + '\n' };
  if (values.version) return { exit: 0, stdout: version + '\n' };
  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) return usageError(`unknown format "${values.format}" (use ${FORMATS.join(', ')}).`);
  const profile = (values.profile ?? 'osd') as Profile;
  if (!(PROFILES as readonly string[]).includes(profile)) return usageError(`unknown profile "${values.profile}" (use ${PROFILES.join(', ')}).`);
  if (values.judgement !== undefined && !(JUDGEMENTS as readonly string[]).includes(values.judgement)) {
    return usageError(`unknown judgement "${values.judgement}" (use ${JUDGEMENTS.join(', ')}).`);
  }
  let maxFileSize: number | undefined;
  if (values['max-file-size'] !== undefined) {
    maxFileSize = Number(values['max-file-size']);
    if (!Number.isFinite(maxFileSize) || maxFileSize <= 0) return usageError('--max-file-size takes a positive number of characters.');
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\s*-?\d+\s*$/.test(values['max-warnings'])) return usageError('--max-warnings takes a whole number (-1: no limit).');
    if (maxWarnings < 0) maxWarnings = undefined;
  }
  const stdinCount = positionals.filter((p) => p === '-').length;
  if (stdinCount > 1) return usageError('- (standard input) can be named once.');
  if (values['stdin-filename'] !== undefined && stdinCount === 0) return usageError('--stdin-filename names the text read from -; add - to the files.');
  if (positionals.length === 0) return usageError('no files given. Usage: osd-lint [options] <file|folder|glob|->...');
  let color: boolean | undefined;
  for (const t of tokens) if (t.kind === 'option' && (t.name === 'color' || t.name === 'no-color')) color = t.name === 'color';
  return {
    options: {
      format,
      profile,
      config: values.config,
      outputFile: values['output-file'],
      ignorePatterns: values['ignore-pattern'] ?? [],
      ignore: !values['no-ignore'],
      quiet: values.quiet === true,
      maxWarnings,
      stdinFilename: values['stdin-filename'],
      maxFileSize,
      judgement: values.judgement as Judgement | undefined,
      color,
      paths: positionals,
    },
  };
}
