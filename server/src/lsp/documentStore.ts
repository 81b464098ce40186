import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The open documents, kept in sync from didOpen/didChange/didClose. Unlike a bare TextDocuments
 * manager it checks what it is sent: a change to a document that is not open, a stale version or
 * a range outside the text is logged with a clear message, and the document is never corrupted.
 */
export class DocumentStore {
  private readonly docs = new Map<string, TextDocument>();
  private readonly changeListeners: Array<(doc: TextDocument) => void> = [];
  private readonly closeListeners: Array<(uri: string) => void> = [];

  constructor(private readonly connection: Connection) {}

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }

  onDidChangeContent(listener: (doc: TextDocument) => void): void {
    this.changeListeners.push(listener);
  }

  onDidClose(listener: (uri: string) => void): void {
    this.closeListeners.push(listener);
  }

  listen(): void {
    const c = this.connection;
    c.onDidOpenTextDocument(({ textDocument: td }) => {
      if (typeof td?.uri !== 'string' || typeof td.text !== 'string') return this.bad('didOpen without a uri and text');
      const doc = TextDocument.create(td.uri, String(td.languageId ?? 'license'), Number.isInteger(td.version) ? td.version : 0, td.text);
      this.docs.set(td.uri, doc);
      this.fire(doc);
    });
    c.onDidChangeTextDocument(({ textDocument: td, contentChanges }) => {
      const doc = typeof td?.uri === 'string' ? this.docs.get(td.uri) : undefined;
      if (!doc) return this.bad(`didChange for a document that is not open (${String(td?.uri)}); ignored`);
      if (!Array.isArray(contentChanges)) return this.bad(`didChange for ${doc.uri} without contentChanges; ignored`);
      const version = Number.isInteger(td.version) ? (td.version as number) : doc.version + 1;
      if (version <= doc.version) this.connection.console.warn(`didChange for ${doc.uri} has version ${version}, not after ${doc.version}; applied anyway`);
      const valid: TextDocumentContentChangeEvent[] = [];
      for (const change of contentChanges) {
        if (typeof change?.text !== 'string') {
          this.bad(`didChange for ${doc.uri}: a change without text was ignored`);
          continue;
        }
        if ('range' in change && change.range) {
          const { start, end } = change.range;
          const ok = [start, end].every((p) => p && Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0);
          if (!ok) {
            this.bad(`didChange for ${doc.uri}: a change with an invalid range was ignored`);
            continue;
          }
          if (start.line >= doc.lineCount + 1 || end.line >= doc.lineCount + 1 || start.line > end.line || (start.line === end.line && start.character > end.character)) {
            this.connection.console.warn(`didChange for ${doc.uri}: range ${start.line}:${start.character}-${end.line}:${end.character} is outside the text or reversed; clamped`);
          }
        }
        valid.push(change);
      }
      const updated = TextDocument.update(doc, valid, Math.max(version, doc.version + 1));
      this.docs.set(doc.uri, updated);
      this.fire(updated);
    });
    c.onDidCloseTextDocument(({ textDocument: td }) => {
      if (typeof td?.uri !== 'string' || !this.docs.delete(td.uri)) return this.bad(`didClose for a document that is not open (${String(td?.uri)}); ignored`);
      for (const l of this.closeListeners) l(td.uri);
    });
  }

  private fire(doc: TextDocument): void {
    for (const l of this.changeListeners) l(doc);
  }

  private bad(message: string): void {
    this.connection.console.warn(message);
  }
}
