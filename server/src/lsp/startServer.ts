import {
  type ClientCapabilities,
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  type InitializeResult,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStore } from './documentStore';
import { Analyses, effective, type Effective } from './analyses';
import { ConfigFiles, type FileAccess } from './configFiles';
import { definition, documentSymbols, foldingRanges, references } from './navigation';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { toDiagnostic, tooLargeDiagnostic, uncheckedDiagnostic } from './diagnostics';
import { hoverAt } from './hover';
import { explainCriterion } from './explain';
import { AUDIT_METHOD, EXPLAIN_CRITERION_METHOD, SARIF_METHOD, TOOL_METHOD } from '../../../common/src/protocol';
import { ToolInputError } from '../../../common/src/tools/definitions';
import { DEFAULT_SETTINGS, SETTINGS_SECTION } from '../../../common/src/settings';
import { CONFIG_FILE, EMPTY_CONFIG } from '../../../common/src/config';
import { runToolRequest } from './tools';
import { audit, type IndexLoader, KnownLicences } from './audit';
import { type Analysis, type AuditReport, onRuleError } from '../engine';
import { changeNotes } from './diagnostics';
import { NearestNotes } from './nearestNotes';
import { SettingsCache } from './settingsCache';
import { listenForRejected, onNotification, onRequest, PARAMS } from './params';
import { type ExplanationWriter, ServerCommands } from './commands';
import { SERVER_COMMANDS } from './commandIds';

/** How often config files are checked for changes when the client watches no files for the server. */
const CONFIG_POLL_MS = 2000;

/** What only some hosts can offer: files, the index of known licences, SARIF. */
export interface Host {
  files?: FileAccess;
  loadLicenceIndex?: IndexLoader;
  sarif?: (reports: AuditReport[]) => string;
  /** Where `osd-lint.showCriterion` writes an explanation for `window/showDocument`. */
  writeExplanation?: ExplanationWriter;
}

/** Wires the engine to an LSP connection. Shared by the Node (stdio/IPC) and browser servers. */
export function startServer(connection: Connection, host: Host = {}): void {
  const files = host.files;
  // When the index arrives later (browser), have diagnostics pulled again to show close variants.
  const known = new KnownLicences(host.loadLicenceIndex, (m) => connection.console.warn(m), () => refreshDiagnostics());
  // A rule that throws is a bug: its finding is missing, so say so in the log (once per rule).
  const brokenRules = new Set<string>();
  onRuleError((ruleId, error) => {
    if (brokenRules.has(ruleId)) return;
    brokenRules.add(ruleId);
    connection.console.error(`Rule ${ruleId} failed and was skipped: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  });
  const documents = new DocumentStore(connection);
  const settings = new SettingsCache(connection);
  const configs = new ConfigFiles(connection, files);
  const analyses = new Analyses();
  let pullDiagnostics = false;
  let clientCapabilities: ClientCapabilities = {};
  let workspaceFolders: string[] = [];
  const commands = new ServerCommands({
    connection,
    capabilities: () => clientCapabilities,
    workspaceFolders: () => workspaceFolders,
    documents,
    configs,
    files,
    writeExplanation: host.writeExplanation,
  });
  const pushTimers = new Map<string, ReturnType<typeof setTimeout>>();

  // Malformed params of messages vscode-languageserver handles itself (initialize, $/setTrace), set aside by guardLibraryMessages.
  listenForRejected(connection);
  connection.onInitialize((params): InitializeResult => {
    const caps = (clientCapabilities = params.capabilities);
    settings.supportsConfiguration = caps.workspace?.configuration === true;
    pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    const root = params.rootUri ?? null;
    workspaceFolders = Array.isArray(params.workspaceFolders) ? params.workspaceFolders.map((f) => f?.uri).filter((u): u is string => typeof u === 'string') : typeof root === 'string' ? [root] : [];
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: { label: 'OSD Lint' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [...SERVER_COMMANDS] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'osd-lint' },
    };
  });

  // Registrations only where the client says it takes them dynamically (Eglot warns, Neovim logs otherwise).
  onNotification(connection, 'initialized', PARAMS.initialized, () => {
    const workspace = clientCapabilities.workspace;
    if (workspace?.didChangeConfiguration?.dynamicRegistration === true) {
      // A client that cannot be asked for settings is asked to send them (`settings.osdLint`).
      const options = settings.supportsConfiguration ? undefined : { section: SETTINGS_SECTION };
      void connection.client.register(DidChangeConfigurationNotification.type, options).catch(() => undefined);
    }
    if (!files) return;
    // No watcher (or the client refused it): check the config files of the documents analysed (a stat per folder level).
    const poll = (): void => {
      if (!files.stamp) return;
      const timer = setInterval(() => {
        if (configs.changed()) refreshAll();
      }, CONFIG_POLL_MS);
      (timer as { unref?: () => void }).unref?.();
    };
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration === true) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] }).then(undefined, poll);
    } else poll();
  });
  onNotification(connection, 'workspace/didChangeWorkspaceFolders', PARAMS.didChangeWorkspaceFolders, ({ event }) => {
    const removed = new Set(event.removed.map((f) => f.uri));
    workspaceFolders = [...workspaceFolders.filter((u) => !removed.has(u)), ...event.added.map((f) => f.uri)];
  });
  onRequest(connection, 'workspace/executeCommand', PARAMS.executeCommand, (params) => commands.execute(params));

  /** Settings or a config file changed: forget cached results and have diagnostics pulled again. */
  function refreshAll(): void {
    settings.clear();
    configs.invalidate();
    analyses.clear();
    refreshDiagnostics();
  }

  function refreshDiagnostics(): void {
    nearestNotes.clear();
    if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => connection.console.error('Failed to refresh diagnostics'));
    else documents.all().forEach((d) => schedulePush(d));
  }
  onNotification(connection, 'workspace/didChangeConfiguration', PARAMS.didChangeConfiguration, (params) => {
    settings.received(params.settings);
    refreshAll();
  });
  onNotification(connection, 'workspace/didChangeWatchedFiles', PARAMS.didChangeWatchedFiles, refreshAll);

  /** What a document is analysed with: its settings over the nearest config file. */
  async function optionsFor(doc: TextDocument): Promise<Effective> {
    return effective(await settings.get(doc.uri), configs.forDocument(doc.uri));
  }

  /** The analysis of a document for hovers, actions and navigation, or undefined when disabled or too large. */
  async function analysisFor(doc: TextDocument): Promise<ReturnType<Analyses['get']>> {
    if (commands.isExplanation(doc.uri)) return undefined;
    const eff = await optionsFor(doc);
    if (!eff.enable || doc.getText().length > eff.maxFileSize) return undefined;
    return analyses.get(doc, eff);
  }

  /** Diagnostics for one document, or undefined when cancelled. */
  async function diagnose(doc: TextDocument, isCancelled?: () => boolean): Promise<Diagnostic[] | undefined> {
    if (commands.isExplanation(doc.uri)) return [];
    const eff = await optionsFor(doc);
    if (!eff.enable) return [];
    const size = doc.getText().length;
    if (size > eff.maxFileSize) return [tooLargeDiagnostic(size, eff.maxFileSize)];
    const analysis = analyses.get(doc, eff, isCancelled);
    if (!analysis) return undefined;
    return [...analysis.findings.map((f) => toDiagnostic(doc, f)), ...analysis.unchecked.map((u) => uncheckedDiagnostic(doc, u)), ...nearestNotes.diagnostics(doc, analysis.clauses)];
  }

  /** Information on clauses added to or changed from the nearest known licence, when the draft is close to one. */
  const nearestNotes = new NearestNotes({
    compute: (doc, clauses) => {
      const nearest = known.get()?.identify(doc.getText(), clauses);
      return nearest && nearest.similarity >= 0.6 ? changeNotes(doc.getText(), nearest) : [];
    },
    due: (uri) => {
      const doc = documents.get(uri);
      if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => connection.console.error('Failed to refresh diagnostics'));
      else if (doc) schedulePush(doc);
    },
  });

  onRequest(connection, 'textDocument/diagnostic', PARAMS.diagnostic, async (params, token) => {
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
  documents.onDidChangeContent((doc) => schedulePush(doc));
  documents.onDidClose((uri) => {
    nearestNotes.forget(uri);
    settings.forget(uri);
    analyses.forget(uri);
    clearTimeout(pushTimers.get(uri));
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  /** Runs a request handler on a document's analysis; never throws, answers `fallback` instead. */
  function withAnalysis<P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, handler: (doc: TextDocument, analysis: NonNullable<ReturnType<Analyses['get']>>, params: P) => R) {
    return async (params: P): Promise<R> => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return fallback;
      try {
        const analysis = await analysisFor(doc);
        return analysis ? handler(doc, analysis, params) : fallback;
      } catch (e: unknown) {
        connection.console.error(`${name} failed for ${doc.uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        return fallback;
      }
    };
  }

  onRequest(connection, 'textDocument/hover', PARAMS.hover, withAnalysis('Hover', null, (doc, a, p) => hoverAt(doc, a, p.position)));
  onRequest(connection, 'textDocument/codeAction', PARAMS.codeAction, withAnalysis('Code actions', [], (doc, a, p) => codeActions(doc, a, p)));
  onRequest(connection, 'textDocument/definition', PARAMS.definition, withAnalysis('Definition', null, (doc, a, p) => definition(doc, a, p.position)));
  onRequest(connection, 'textDocument/references', PARAMS.references, withAnalysis('References', [], (doc, a, p) => references(doc, a, p.position, p.context.includeDeclaration)));
  onRequest(connection, 'textDocument/documentSymbol', PARAMS.documentSymbol, withAnalysis('Document symbols', [], (doc, a) => documentSymbols(doc, a)));
  onRequest(connection, 'textDocument/foldingRange', PARAMS.foldingRange, withAnalysis('Folding ranges', [], (doc, a) => foldingRanges(doc, a)));

  onRequest(connection, EXPLAIN_CRITERION_METHOD, PARAMS.explainCriterion, (params) => explainCriterion(params.criterion));
  onRequest(connection, AUDIT_METHOD, PARAMS.audit, async (params) => {
    try {
      const analysed = new Map<string, Analysis | undefined>();
      for (const d of params.documents) {
        const doc = documents.get(d.uri);
        if (doc) analysed.set(doc.uri, await analysisFor(doc));
      }
      return audit(params, (uri) => documents.get(uri), (doc) => analysed.get(doc.uri), known);
    } catch (e: unknown) {
      connection.console.error(`Audit failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return [];
    }
  });
  // The VS Code language-model tools: the shared tool module on the server's analyses and index.
  onRequest(connection, TOOL_METHOD, PARAMS.tool, async (params) => {
    try {
      return await runToolRequest(params, {
        open: (uri) => documents.get(uri),
        analysisOf: analysisFor,
        optionsFor: async (uri) => (uri ? effective(await settings.get(uri), configs.forDocument(uri)) : effective(DEFAULT_SETTINGS, EMPTY_CONFIG)).options,
        known,
      });
    } catch (e: unknown) {
      if (e instanceof ToolInputError) throw new ResponseError(ErrorCodes.InvalidParams, e.message);
      connection.console.error(`Tool ${params.name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      throw new ResponseError(ErrorCodes.InternalError, `${params.name} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  onRequest(connection, SARIF_METHOD, PARAMS.sarif, (reports) => {
    if (!host.sarif) throw new ResponseError(-32601, 'SARIF export needs the desktop (Node) server.');
    return host.sarif(reports);
  });

  documents.listen();
  connection.listen();
}
