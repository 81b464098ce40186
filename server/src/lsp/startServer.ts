import {
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  type InitializeResult,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyses } from './analyses';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { toDiagnostic, tooLargeDiagnostic } from './diagnostics';
import { hoverAt } from './hover';
import { SettingsCache } from './settingsCache';

/** Wires the engine to an LSP connection. Shared by the Node (stdio/IPC) and browser servers. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsCache(connection);
  const analyses = new Analyses();
  let pullDiagnostics = false;
  const pushTimers = new Map<string, ReturnType<typeof setTimeout>>();

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    settings.supportsConfiguration = caps.workspace?.configuration === true;
    pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'osd-lint' },
    };
  });

  connection.onInitialized(() => {
    if (settings.supportsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    analyses.clear();
    if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => connection.console.error('Failed to refresh diagnostics'));
    else documents.all().forEach((d) => schedulePush(d));
  });

  /** Diagnostics for one document, or undefined when cancelled. */
  async function diagnose(doc: TextDocument, isCancelled?: () => boolean): Promise<Diagnostic[] | undefined> {
    const s = await settings.get(doc.uri);
    if (!s.enable) return [];
    const size = doc.getText().length;
    if (size > s.maxFileSize) return [tooLargeDiagnostic(size, s.maxFileSize)];
    const analysis = analyses.get(doc, s, isCancelled);
    return analysis?.findings.map((f) => toDiagnostic(doc, f));
  }

  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    try {
      const items = await diagnose(doc, () => token.isCancellationRequested);
      if (items === undefined) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded', { retriggerRequest: true });
      return { kind: DocumentDiagnosticReportKind.Full, items };
    } catch (e: unknown) {
      if (e instanceof ResponseError) throw e;
      connection.console.error(`Diagnostics failed for ${doc.uri}: ${String(e)}`);
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
  });

  /** Push mode, for clients without pull diagnostics: debounce, then publish for the latest version. */
  function schedulePush(doc: TextDocument): void {
    if (pullDiagnostics) return;
    clearTimeout(pushTimers.get(doc.uri));
    pushTimers.set(doc.uri, setTimeout(() => {
      pushTimers.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (!current) return;
      void diagnose(current).then((items) => {
        if (items && documents.get(doc.uri)?.version === current.version) {
          void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: items });
        }
      }, (e: unknown) => connection.console.error(`Diagnostics failed: ${String(e)}`));
    }, 150));
  }
  documents.onDidChangeContent((e) => schedulePush(e.document));
  documents.onDidClose((e) => {
    settings.forget(e.document.uri);
    analyses.forget(e.document.uri);
    clearTimeout(pushTimers.get(e.document.uri));
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    try {
      const s = await settings.get(doc.uri);
      if (!s.enable || doc.getText().length > s.maxFileSize) return null;
      const analysis = analyses.get(doc, s);
      return analysis ? hoverAt(doc, analysis, params.position) : null;
    } catch (e: unknown) {
      connection.console.error(`Hover failed: ${String(e)}`);
      return null;
    }
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    try {
      const s = await settings.get(doc.uri);
      if (!s.enable || doc.getText().length > s.maxFileSize) return [];
      const analysis = analyses.get(doc, s);
      return analysis ? codeActions(doc, analysis, params) : [];
    } catch (e: unknown) {
      connection.console.error(`Code actions failed: ${String(e)}`);
      return [];
    }
  });

  documents.listen(connection);
  connection.listen();
}
