import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { type Judgement, JUDGEMENTS, type SeveritySetting } from './settings';

/** The workspace configuration file, read by the extension and the CLI alike. */
export const CONFIG_FILE = '.osdlintrc.json';

export interface Suppression {
  rule: string;
  clause: string;
}

export interface ConfigFile {
  rules: Record<string, SeveritySetting>;
  criteria: Record<string, SeveritySetting>;
  suppressions: Suppression[];
  maxFileSize?: number;
  judgement?: Judgement;
  /**
   * Files the CLI checks in a folder besides the licence-named ones (gitignore-style patterns,
   * relative to the folder of the config file), e.g. a licence drafted in Markdown. The editor ignores it.
   */
  include?: string[];
}

export interface ConfigProblem {
  message: string;
  /** Offset and length in the file, when known. */
  offset: number;
  length: number;
}

const SEVERITIES = ['error', 'warning', 'information', 'off'];

export const EMPTY_CONFIG: Readonly<ConfigFile> = Object.freeze({ rules: {}, criteria: {}, suppressions: [] });

/**
 * Parses `.osdlintrc.json` (comments and trailing commas allowed). Whatever is wrong is listed in
 * `problems` with its position and skipped; the rest of the file still applies.
 */
export function parseConfig(text: string, knownRules: readonly string[]): { config: ConfigFile; problems: ConfigProblem[] } {
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = errors.map((e) => ({ message: `${CONFIG_FILE}: ${printParseErrorCode(e.error)}`, offset: e.offset, length: Math.max(1, e.length) }));
  const config: ConfigFile = { rules: {}, criteria: {}, suppressions: [] };
  if (errors.length > 0) {
    problems.push({ message: `${CONFIG_FILE} is not valid JSON; OSD Lint uses its defaults until it is fixed.`, offset: 0, length: 1 });
    return { config, problems };
  }
  const at = (needle: string): number => Math.max(0, text.indexOf(needle));
  if (raw === undefined) return { config, problems };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ message: `${CONFIG_FILE} must contain an object.`, offset: 0, length: 1 });
    return { config, problems };
  }
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!['$schema', 'rules', 'criteria', 'suppressions', 'maxFileSize', 'judgement', 'include'].includes(key)) {
      problems.push({ message: `Unknown key "${key}" in ${CONFIG_FILE}.`, offset: at(`"${key}"`), length: key.length + 2 });
    }
  }
  for (const key of ['rules', 'criteria'] as const) {
    const v = r[key];
    if (v === undefined) continue;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      problems.push({ message: `"${key}" must be an object.`, offset: at(`"${key}"`), length: key.length + 2 });
      continue;
    }
    for (const [k, sev] of Object.entries(v as Record<string, unknown>)) {
      if (key === 'rules' && !knownRules.includes(k)) {
        problems.push({ message: `Unknown rule "${k}".`, offset: at(`"${k}"`), length: k.length + 2 });
        continue;
      }
      if (key === 'criteria' && !/^(10|[1-9])$/.test(k)) {
        problems.push({ message: `Criteria are numbered "1" to "10", not "${k}".`, offset: at(`"${k}"`), length: k.length + 2 });
        continue;
      }
      if (typeof sev !== 'string' || !SEVERITIES.includes(sev)) {
        problems.push({ message: `"${k}": use one of ${SEVERITIES.join(', ')}.`, offset: at(`"${k}"`), length: k.length + 2 });
        continue;
      }
      config[key][k] = sev as SeveritySetting;
    }
  }
  if (r.suppressions !== undefined) {
    if (!Array.isArray(r.suppressions)) {
      problems.push({ message: '"suppressions" must be an array.', offset: at('"suppressions"'), length: 14 });
    } else {
      for (const s of r.suppressions as unknown[]) {
        const e = s as Partial<Suppression> | null;
        if (e && typeof e === 'object' && typeof e.rule === 'string' && typeof e.clause === 'string' && e.clause.trim().length > 0) {
          config.suppressions.push({ rule: e.rule, clause: e.clause });
        } else {
          problems.push({ message: 'Each suppression needs a "rule" and a non-empty "clause".', offset: at('"suppressions"'), length: 14 });
        }
      }
    }
  }
  if (r.maxFileSize !== undefined) {
    if (typeof r.maxFileSize === 'number' && r.maxFileSize > 0) config.maxFileSize = r.maxFileSize;
    else problems.push({ message: '"maxFileSize" must be a positive number.', offset: at('"maxFileSize"'), length: 13 });
  }
  if (r.judgement !== undefined) {
    if (typeof r.judgement === 'string' && (JUDGEMENTS as readonly string[]).includes(r.judgement)) config.judgement = r.judgement as Judgement;
    else problems.push({ message: `"judgement" must be one of ${JUDGEMENTS.map((j) => `"${j}"`).join(', ')}.`, offset: at('"judgement"'), length: 11 });
  }
  if (r.include !== undefined) {
    if (Array.isArray(r.include) && r.include.every((g) => typeof g === 'string' && g.trim().length > 0)) config.include = r.include as string[];
    else problems.push({ message: '"include" must be an array of non-empty glob patterns.', offset: at('"include"'), length: 9 });
  }
  return { config, problems };
}
