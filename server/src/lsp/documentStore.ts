import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { onNotification, PARAMS } from './params';

/**
 * The open documents, kept in sync from didOpen/didChange/didClose. Unlike a bare TextDocuments
 * manager it checks what it is sent: malformed params (see params.ts), a change to a document that
 * is not open, a stale version or a range outside the text are logged with a clear message, and
 * the document is never corrupted (a malformed didChange is ignored as a whole).
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
    onNotification(this.connection, 'textDocument/didOpen', PARAMS.didOpen, ({ textDocument: td }) => {
      const doc = TextDocument.create(td.uri, td.languageId, td.version, td.text);
      this.docs.set(td.uri, doc);
      this.fire(doc);
    });
    onNotification(this.connection, 'textDocument/didChange', PARAMS.didChange, ({ textDocument: td, contentChanges }) => {
      const doc = this.docs.get(td.uri);
      if (!doc) return this.bad(`textDocument/didChange: ${td.uri} is not open; ignored`);
      if (td.version <= doc.version) this.connection.console.warn(`textDocument/didChange: ${doc.uri} has version ${td.version}, not after ${doc.version}; applied anyway`);
      for (const change of contentChanges) {
        if (!('range' in change) || !change.range) continue;
        const { start, end } = change.range;
        if (start.line >= doc.lineCount + 1 || end.line >= doc.lineCount + 1 || start.line > end.line || (start.line === end.line && start.character > end.character)) {
          this.connection.console.warn(`textDocument/didChange: range ${start.line}:${start.character}-${end.line}:${end.character} in ${doc.uri} is outside the text or reversed; clamped`);
        }
      }
      const updated = TextDocument.update(doc, contentChanges, Math.max(td.version, doc.version + 1));
      this.docs.set(doc.uri, updated);
      this.fire(updated);
    });
    onNotification(this.connection, 'textDocument/didClose', PARAMS.didClose, ({ textDocument: td }) => {
      if (!this.docs.delete(td.uri)) return this.bad(`textDocument/didClose: ${td.uri} is not open; ignored`);
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
