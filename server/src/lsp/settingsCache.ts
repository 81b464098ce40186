import { type Connection, MessageType } from 'vscode-languageserver';
import { showMessage } from './commands';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings, SETTINGS_SECTION } from '../../../common/src/settings';

/**
 * Per-document settings, fetched with `workspace/configuration` and cached until they change. A
 * client without `workspace/configuration` (or a plain one) may send them instead, for all
 * documents, with `workspace/didChangeConfiguration` as `{ settings: { osdLint: {…} } }`.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();
  /** The settings last sent with didChangeConfiguration, when the client cannot be asked. */
  private sent: Settings | undefined;
  supportsConfiguration = false;

  constructor(private readonly connection: Connection) {}

  /**
   * The `settings` of a didChangeConfiguration notification: used when the server cannot ask for
   * settings. An object without `osdLint` means defaults; anything else (VS Code sends null: "ask
   * again") leaves the settings as they were.
   */
  received(settings: unknown): void {
    if (this.supportsConfiguration || typeof settings !== 'object' || settings === null || Array.isArray(settings)) return;
    this.sent = this.sanitize((settings as Record<string, unknown>)[SETTINGS_SECTION]);
  }

  get(uri: string): Promise<Settings> {
    if (!this.supportsConfiguration) return Promise.resolve(this.sent ?? { ...DEFAULT_SETTINGS });
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
      showMessage(this.connection, MessageType.Warning, `OSD Lint: ignoring setting — ${p}.`);
    }
    return settings;
  }
}
