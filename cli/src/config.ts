import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE, type ConfigFile, EMPTY_CONFIG, parseConfig } from '../../common/src/config';
import { DEFAULT_JUDGEMENT } from '../../common/src/settings';
import { type AnalyzeOptions, type Criterion, RULES, type SeveritySetting } from '../../server/src/engine';
import { lineStarts, position } from '../../server/src/engine/positions';

/** Finds `.osdlintrc.json` in `cwd` or a folder above it. */
export function findConfig(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
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
