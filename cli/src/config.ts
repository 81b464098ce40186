import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { CONFIG_FILE, type ConfigFile, EMPTY_CONFIG, parseConfig } from '../../common/src/config';
import { DEFAULT_JUDGEMENT, DEFAULT_SETTINGS, type Judgement } from '../../common/src/settings';
import { type AnalyzeOptions, type Criterion, RULES, type SeveritySetting } from '../../server/src/engine';
import { lineStarts, position } from '../../server/src/engine/positions';

/** Finds `.osdlintrc.json` in `dir` or a folder above it, as the editor does for a document's folder. */
export function findConfig(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    const candidate = path.join(d, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

/** Loads a config file; problems are returned as `file:line:col: message` lines, the rest applies. */
export function loadConfig(file: string | undefined): { config: ConfigFile; problems: string[] } {
  if (!file) return { config: EMPTY_CONFIG, problems: [] };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e: unknown) {
    return { config: EMPTY_CONFIG, problems: [`${file}: cannot read (${(e as Error).message}); using defaults`] };
  }
  const { config, problems } = parseConfig(text, RULES.map((r) => r.id));
  const starts = lineStarts(text);
  return {
    config,
    problems: problems.map((p) => {
      const pos = position(starts, p.offset);
      return `${file}:${pos.line}:${pos.column}: ${p.message}`;
    }),
  };
}

/** Engine options from a config file. */
export function optionsFrom(config: ConfigFile): AnalyzeOptions {
  const criteria: Partial<Record<Criterion, SeveritySetting>> = {};
  for (const [k, v] of Object.entries(config.criteria)) criteria[Number(k) as Criterion] = v;
  return { rules: config.rules, criteria, suppressions: config.suppressions, clauseModel: (config.judgement ?? DEFAULT_JUDGEMENT) === 'clause-model' };
}

/** What applies to the files below one config file (or to every file, with `--config`). */
export interface Settings {
  /** The config file, if any. */
  readonly file?: string;
  readonly options: AnalyzeOptions;
  /** Longest text checked, in characters. */
  readonly maxChars: number;
  /** Whether the config's `include` patterns name this file (a path below the config's folder). */
  includes(absPath: string): boolean;
}

export interface Overrides {
  /** `--config`: one file for all. */
  readonly config?: string;
  readonly judgement?: Judgement;
  readonly maxFileSize?: number;
}

/**
 * The settings of each file: the nearest `.osdlintrc.json` above its folder (or `--config`), with
 * the command line's overrides. Each config file is read once; its problems go to `warn` once.
 */
export class ConfigResolver {
  private readonly nearest = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, Settings>();

  constructor(private readonly overrides: Overrides, private readonly warn: (line: string) => void) {}

  /** The settings for files in folder `dir` (absolute). */
  forDir(dir: string): Settings {
    const file = this.overrides.config ?? this.find(dir);
    const key = file ?? '';
    let settings = this.loaded.get(key);
    if (!settings) {
      settings = this.load(file);
      this.loaded.set(key, settings);
    }
    return settings;
  }

  forFile(absPath: string): Settings {
    return this.forDir(path.dirname(absPath));
  }

  private find(dir: string): string | undefined {
    if (this.nearest.has(dir)) return this.nearest.get(dir);
    const candidate = path.join(dir, CONFIG_FILE);
    const parent = path.dirname(dir);
    const found = fs.existsSync(candidate) ? candidate : parent === dir ? undefined : this.find(parent);
    this.nearest.set(dir, found);
    return found;
  }

  private load(file: string | undefined): Settings {
    const { config, problems } = loadConfig(file);
    for (const p of problems) this.warn(`osd-lint: ${p}\n`);
    let options = optionsFrom(config);
    if (this.overrides.judgement !== undefined) options = { ...options, clauseModel: this.overrides.judgement === 'clause-model' };
    const maxChars = this.overrides.maxFileSize ?? config.maxFileSize ?? DEFAULT_SETTINGS.maxFileSize;
    let matcher: Ignore | undefined;
    if (file && config.include && config.include.length > 0) matcher = ignore().add(config.include);
    const base = file ? path.dirname(file) : '';
    return {
      file,
      options,
      maxChars,
      includes: (absPath) => {
        if (!matcher) return false;
        const rel = path.relative(base, absPath);
        if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
        return matcher.ignores(rel.split(path.sep).join('/'));
      },
    };
  }
}
