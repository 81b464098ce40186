import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings, SETTINGS_SECTION } from '../../../common/src/settings';

/** Per-document settings, fetched with `workspace/configuration` and cached until they change. */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();
  supportsConfiguration = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<Settings> {
    if (!this.supportsConfiguration) return Promise.resolve({ ...DEFAULT_SETTINGS });
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then((raw) => this.sanitize(raw), (e: unknown) => {
          this.connection.console.error(`Could not read settings: ${String(e)}`);
          return { ...DEFAULT_SETTINGS };
        });
      this.cache.set(uri, p);
    }
    return p;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.reported.clear();
  }

  private sanitize(raw: unknown): Settings {
    const { settings, problems } = sanitizeSettings(raw);
    for (const p of problems) {
      if (this.reported.has(p)) continue;
      this.reported.add(p);
      this.connection.console.warn(`Ignoring setting: ${p}`);
      void this.connection.window.showWarningMessage(`OSD Lint: ignoring setting — ${p}.`);
    }
    return settings;
  }
}
