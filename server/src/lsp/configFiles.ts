import { type Connection, type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE, type ConfigFile, EMPTY_CONFIG, parseConfig } from '../../../common/src/config';
import { RULES } from '../engine';
import { SOURCE } from './diagnostics';

/** File access the config loader needs; absent in the browser, where only settings apply. */
export interface FileAccess {
  /** The text of a file, or undefined when there is none. */
  read(path: string): string | undefined;
  /**
   * What identifies the file's current content (e.g. its mtime and size), or undefined when there is
   * no file `read` would read. Optional: without it a file is cached until `invalidate()`.
   */
  stamp?(path: string): string | undefined;
  /** `file:` URI ↔ path. */
  toPath(uri: string): string | undefined;
  toUri(path: string): string;
  dirname(path: string): string;
  join(dir: string, name: string): string;
}

interface Cached {
  config: ConfigFile;
  stamp?: string;
}

/**
 * Finds and parses the nearest `.osdlintrc.json` above a document. A broken file gets
 * diagnostics of its own, and the linter carries on with what it could read (or defaults).
 * With `FileAccess.stamp`, a cached file is checked on every lookup (a `stat`), so an edit made
 * outside the editor is seen on the next analysis even when the client watches no files; and
 * `changed()` tells a poller whether the config of any document looked up so far has changed.
 */
export class ConfigFiles {
  private readonly cache = new Map<string, Cached>();
  private readonly published = new Set<string>();
  /** Per folder looked up: the nearest config file and its stamp when last looked up ('' when none). */
  private readonly nearest = new Map<string, string>();

  constructor(private readonly connection: Connection, private readonly files: FileAccess | undefined) {}

  forDocument(uri: string): ConfigFile {
    const files = this.files;
    const start = this.folderOf(uri);
    if (!files || start === undefined) return EMPTY_CONFIG;
    let found: string | undefined;
    for (const candidate of this.candidates(start)) {
      const cached = this.cache.get(candidate);
      if (cached && !files.stamp) return cached.config;
      const stamp = files.stamp?.(candidate);
      if (stamp !== undefined) found ??= `${candidate}\n${stamp}`;
      if (cached && stamp !== undefined && cached.stamp === stamp) {
        this.nearest.set(start, found!);
        return cached.config;
      }
      if (cached) this.forget(candidate);
      const text = files.read(candidate);
      if (text !== undefined) {
        this.nearest.set(start, found ?? '');
        return this.load(candidate, text, stamp);
      }
    }
    if (files.stamp) this.nearest.set(start, found ?? '');
    return EMPTY_CONFIG;
  }

  /** The path of the config file that applies to a document, if there is one. */
  pathFor(uri: string): string | undefined {
    const start = this.folderOf(uri);
    if (!this.files || start === undefined) return undefined;
    for (const candidate of this.candidates(start)) if (this.files.read(candidate) !== undefined) return candidate;
    return undefined;
  }

  /**
   * Whether a config file that applies to a folder looked up since the last `invalidate()` was
   * created, changed or deleted since (a `stat` per folder level; needs `FileAccess.stamp`).
   */
  changed(): boolean {
    const stamp = this.files?.stamp;
    if (!stamp) return false;
    for (const [start, last] of this.nearest) {
      let now = '';
      for (const candidate of this.candidates(start)) {
        const s = stamp(candidate);
        if (s !== undefined) {
          now = `${candidate}\n${s}`;
          break;
        }
      }
      if (now !== last) return true;
    }
    return false;
  }

  /** Forgets everything: a config file was created, changed or deleted. */
  invalidate(): void {
    this.cache.clear();
    this.nearest.clear();
  }

  private folderOf(uri: string): string | undefined {
    try {
      const p = this.files?.toPath(uri);
      return p ? this.files!.dirname(p) : undefined;
    } catch {
      return undefined;
    }
  }

  /** `.osdlintrc.json` in the folder and each one above it. */
  private *candidates(start: string): Generator<string> {
    const files = this.files!;
    let dir = start;
    for (let i = 0; i < 64; i++) {
      yield files.join(dir, CONFIG_FILE);
      const parent = files.dirname(dir);
      if (parent === dir) return;
      dir = parent;
    }
  }

  /** A cached file changed or went away: drop it, and its diagnostics if it is gone. */
  private forget(path: string): void {
    this.cache.delete(path);
    const uri = this.files!.toUri(path);
    if (this.published.has(uri) && this.files!.read(path) === undefined) {
      this.published.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  private load(path: string, text: string, stamp: string | undefined): ConfigFile {
    const { config, problems } = parseConfig(text, RULES.map((r) => r.id));
    this.cache.set(path, { config, stamp });
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
