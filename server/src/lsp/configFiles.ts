import { type Connection, type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE, type ConfigFile, EMPTY_CONFIG, parseConfig } from '../../../common/src/config';
import { RULES } from '../engine';
import { SOURCE } from './diagnostics';

/** File access the config loader needs; absent in the browser, where only settings apply. */
export interface FileAccess {
  /** The text of a file, or undefined when there is none. */
  read(path: string): string | undefined;
  /** `file:` URI ↔ path. */
  toPath(uri: string): string | undefined;
  toUri(path: string): string;
  dirname(path: string): string;
  join(dir: string, name: string): string;
}

/**
 * Finds and parses the nearest `.osdlintrc.json` above a document. A broken file gets
 * diagnostics of its own, and the linter carries on with what it could read (or defaults).
 */
export class ConfigFiles {
  private readonly cache = new Map<string, ConfigFile>();
  private readonly published = new Set<string>();

  constructor(private readonly connection: Connection, private readonly files: FileAccess | undefined) {}

  forDocument(uri: string): ConfigFile {
    const files = this.files;
    if (!files) return EMPTY_CONFIG;
    let dir: string;
    try {
      const p = files.toPath(uri);
      if (!p) return EMPTY_CONFIG;
      dir = files.dirname(p);
    } catch {
      return EMPTY_CONFIG;
    }
    for (let i = 0; i < 64; i++) {
      const candidate = files.join(dir, CONFIG_FILE);
      const cached = this.cache.get(candidate);
      if (cached) return cached;
      const text = files.read(candidate);
      if (text !== undefined) return this.load(candidate, text);
      const parent = files.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return EMPTY_CONFIG;
  }

  /** Forgets everything: a config file was created, changed or deleted. */
  invalidate(): void {
    this.cache.clear();
  }

  private load(path: string, text: string): ConfigFile {
    const { config, problems } = parseConfig(text, RULES.map((r) => r.id));
    this.cache.set(path, config);
    const uri = this.files!.toUri(path);
    if (problems.length > 0 || this.published.has(uri)) {
      const doc = TextDocument.create(uri, 'json', 0, text);
      const diagnostics: Diagnostic[] = problems.map((p) => ({
        range: { start: doc.positionAt(p.offset), end: doc.positionAt(p.offset + p.length) },
        severity: /not valid JSON|must contain/.test(p.message) ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        source: SOURCE,
        message: p.message,
      }));
      if (problems.length > 0) this.published.add(uri);
      else this.published.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics });
      if (problems.length > 0) this.connection.console.warn(`${path}: ${problems.map((p) => p.message).join('; ')}`);
    }
    return config;
  }
}
