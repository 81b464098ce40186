/**
 * The settings shape shared by client and server (`osdLint.*` in VS Code), with defaults and a
 * sanitiser: a broken value never stops the linter, it falls back to the default and is reported.
 */
export type SeveritySetting = 'error' | 'warning' | 'information' | 'off';

/** How clauses are judged: by the clause model (provisions and criteria decisions) or by the rules' own patterns alone. */
export type Judgement = 'clause-model' | 'rules';
export const JUDGEMENTS: readonly Judgement[] = ['clause-model', 'rules'];
export const DEFAULT_JUDGEMENT: Judgement = 'clause-model';

export interface Settings {
  enable: boolean;
  /** Severity per rule id. */
  rules: Record<string, SeveritySetting>;
  /** Severity per criterion number ("1" … "10"). */
  criteria: Record<string, SeveritySetting>;
  /** Files larger than this many bytes are not analysed (a note says so). */
  maxFileSize: number;
  judgement: Judgement;
}

export const SETTINGS_SECTION = 'osdLint';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  rules: {},
  criteria: {},
  maxFileSize: 5_000_000,
  judgement: DEFAULT_JUDGEMENT,
});

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'off'];

/** Reads whatever the client sent into valid settings; `problems` lists what was ignored. */
export function sanitizeSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, rules: {}, criteria: {} };
  if (raw === null || raw === undefined) return { settings, problems };
  if (typeof raw !== 'object') {
    problems.push(`${SETTINGS_SECTION} must be an object; using defaults`);
    return { settings, problems };
  }
  const r = raw as Record<string, unknown>;
  if (r.enable !== undefined) {
    if (typeof r.enable === 'boolean') settings.enable = r.enable;
    else problems.push(`${SETTINGS_SECTION}.enable must be true or false`);
  }
  if (r.maxFileSize !== undefined) {
    if (typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize > 0) settings.maxFileSize = r.maxFileSize;
    else problems.push(`${SETTINGS_SECTION}.maxFileSize must be a positive number`);
  }
  if (r.judgement !== undefined) {
    if (typeof r.judgement === 'string' && (JUDGEMENTS as readonly string[]).includes(r.judgement)) settings.judgement = r.judgement as Judgement;
    else problems.push(`${SETTINGS_SECTION}.judgement must be one of ${JUDGEMENTS.join(', ')}`);
  }
  for (const key of ['rules', 'criteria'] as const) {
    const v = r[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'object' || Array.isArray(v)) {
      problems.push(`${SETTINGS_SECTION}.${key} must be an object`);
      continue;
    }
    for (const [k, sev] of Object.entries(v as Record<string, unknown>)) {
      if (typeof sev === 'string' && SEVERITIES.includes(sev)) settings[key][k] = sev as SeveritySetting;
      else problems.push(`${SETTINGS_SECTION}.${key}.${k}: "${String(sev)}" is not one of ${SEVERITIES.join(', ')}`);
    }
  }
  return { settings, problems };
}
