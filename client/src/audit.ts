import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { AUDIT_METHOD, type AuditDocument, type AuditParams, SARIF_METHOD } from '../../common/src/protocol';
import { markdownReport } from '../../server/src/engine/markdownReport';
import type { AuditReport } from '../../server/src/engine/report';
import { reportHtml } from './reportHtml';
import { DOCUMENT_SELECTOR } from './selector';

/** Licence files as people name them, and REUSE's LICENSES/ folder. */
const NAMES = '{LICENSE,LICENCE,COPYING,UNLICENSE,License,Licence,license,licence,copying}';
export const LICENCE_GLOBS = [`**/${NAMES}`, `**/${NAMES}{.*,-*,_*}`, '**/*.{license,licence}', '**/LICENSES/*'];
const EXCLUDE = '**/{node_modules,.git,out,dist}/**';
const POLICY_NAME = /(?:acceptable[-_ ]?use|use[-_ ]?policy|usage[-_ ]?policy|prohibited[-_ ]?use)[^/]*\.(?:md|txt)$/i;

/** Holds the last reports, the Problems entries of files that are not open, and the report panel. */
export class Auditor implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private reports: AuditReport[] = [];
  /** What the last audit read: each licence's URI (and its text when it was not open). */
  private audited: AuditDocument[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly problems = vscode.languages.createDiagnosticCollection('osd-lint-audit');
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: () => BaseLanguageClient | undefined, private readonly profile: () => 'osd' | 'ai-model') {
    // An opened file gets live diagnostics from the server: drop the audit's copy.
    this.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => this.problems.delete(d.uri)));
    // The open report follows its licences: edits (a fix, Fix all), saves, and settings.
    const audits = (uri: vscode.Uri): boolean => this.audited.some((d) => d.uri === uri.toString());
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => audits(e.document.uri) && e.contentChanges.length > 0 && this.scheduleRefresh()),
      vscode.workspace.onDidSaveTextDocument((d) => audits(d.uri) && this.scheduleRefresh()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('osdLint') && this.audited.length > 0 && this.scheduleRefresh()),
    );
  }

  /** Re-audits shortly after the last change, while the report is open (an export always re-audits). */
  private scheduleRefresh(): void {
    if (!this.panel) return;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.reaudit().catch(() => undefined), 400);
  }

  /** The last audit again, on the licences' current text. */
  private async reaudit(): Promise<AuditReport[] | undefined> {
    const docs: AuditDocument[] = [];
    for (const d of this.audited) {
      const uri = vscode.Uri.parse(d.uri);
      const open = vscode.workspace.textDocuments.find((t) => t.uri.toString() === d.uri);
      const text = open?.getText() ?? (await readText(uri));
      if (text === undefined) continue;
      docs.push({ uri: d.uri, ...(open ? {} : { text }), policies: await this.policiesFor(uri, text) });
    }
    return docs.length > 0 ? this.run(docs, undefined, false) : undefined;
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.panel?.dispose();
    this.problems.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }

  /** The reports shown last (for export). */
  get last(): readonly AuditReport[] {
    return this.reports;
  }

  /** Audit This Licence: the active editor. */
  async auditActive(): Promise<AuditReport[] | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !vscode.languages.match(DOCUMENT_SELECTOR, editor.document)) {
      void vscode.window.showWarningMessage('OSD Lint: open a licence file (LICENSE, COPYING, *.license, LICENSE.md) to audit it.');
      return undefined;
    }
    const doc: AuditDocument = { uri: editor.document.uri.toString(), policies: await this.policiesFor(editor.document.uri, editor.document.getText()) };
    return this.run([doc], undefined);
  }

  /** Audit All Licences in Workspace: every licence file and every open licence draft. */
  async auditWorkspace(): Promise<AuditReport[] | undefined> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'OSD Lint: auditing licences', cancellable: true }, async (progress, token) => {
      const found = new Map<string, vscode.Uri>();
      for (const glob of LICENCE_GLOBS) {
        for (const uri of await vscode.workspace.findFiles(glob, EXCLUDE, 2000, token)) if (!/\.(?:png|jpe?g|gif|pdf|zip)$/i.test(uri.path)) found.set(uri.toString(), uri);
      }
      for (const d of vscode.workspace.textDocuments) if (d.languageId === 'license' || vscode.languages.match(DOCUMENT_SELECTOR, d)) found.set(d.uri.toString(), d.uri);
      const docs: AuditDocument[] = [];
      let n = 0;
      for (const uri of found.values()) {
        if (token.isCancellationRequested) return undefined;
        progress.report({ message: `${++n} of ${found.size}: ${vscode.workspace.asRelativePath(uri)}`, increment: 50 / Math.max(1, found.size) });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const text = open?.getText() ?? (await readText(uri));
        if (text === undefined) continue;
        docs.push({ uri: uri.toString(), ...(open ? {} : { text }), policies: await this.policiesFor(uri, text) });
      }
      if (docs.length === 0) {
        void vscode.window.showInformationMessage('OSD Lint: no licence files found in the workspace.');
        return [];
      }
      progress.report({ message: `analysing ${docs.length} licence(s)` });
      return this.run(docs, token);
    });
  }

  private async run(docs: AuditDocument[], token: vscode.CancellationToken | undefined, reveal = true): Promise<AuditReport[] | undefined> {
    const client = this.client();
    if (!client) return undefined;
    const params: AuditParams = { documents: docs, profile: this.profile() };
    // No token, no third argument: jsonrpc would send `[params, null]`, which the server refuses as two params.
    const reports = await (token ? client.sendRequest<AuditReport[]>(AUDIT_METHOD, params, token) : client.sendRequest<AuditReport[]>(AUDIT_METHOD, params));
    if (token?.isCancellationRequested) return undefined;
    this.reports = reports;
    this.audited = docs;
    this.fillProblems(reports);
    if (reveal || this.panel) this.show(reports, reveal);
    return reports;
  }

  /** Problems entries for audited files that are not open in an editor (open ones have live diagnostics). */
  private fillProblems(reports: readonly AuditReport[]): void {
    const inTabs = new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => (t.input instanceof vscode.TabInputText ? t.input.uri.toString() : '')));
    for (const r of reports) {
      const uri = vscode.Uri.parse(r.file);
      if (inTabs.has(uri.toString())) {
        this.problems.delete(uri);
        continue;
      }
      this.problems.set(uri, r.findings.filter((f) => !f.source).map((f) => {
        const d = new vscode.Diagnostic(new vscode.Range(f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1), f.message, f.severity === 'error' ? vscode.DiagnosticSeverity.Error : f.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information);
        d.source = 'osd-lint';
        d.code = f.ruleId;
        return d;
      }));
    }
  }

  /** Opens (or refreshes) the report panel; a refresh leaves the layout as it is. */
  show(reports: readonly AuditReport[], reveal = true): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('osdLint.report', 'OSD Lint Audit', vscode.ViewColumn.Beside, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m));
    }
    const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    this.panel.webview.html = reportHtml(reports, nonce, this.panel.webview.cspSource, (u) => vscode.workspace.asRelativePath(vscode.Uri.parse(u)));
    if (reveal) this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  /** Messages from the page are checked before anything is done with them. */
  private async onMessage(m: unknown): Promise<void> {
    const msg = m as { type?: unknown; uri?: unknown; line?: unknown; column?: unknown; endLine?: unknown; endColumn?: unknown };
    const ints = [msg.line, msg.column, msg.endLine, msg.endColumn];
    if (msg?.type !== 'reveal' || typeof msg.uri !== 'string' || !ints.every((n) => Number.isInteger(n) && (n as number) >= 1 && (n as number) < 10_000_000)) return;
    const known = this.reports.some((r) => r.file === msg.uri || r.findings.some((f) => f.source === msg.uri));
    if (!known) return;
    const [line, column, endLine, endColumn] = ints as number[];
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(msg.uri), { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    const range = new vscode.Range(line - 1, column - 1, endLine - 1, endColumn - 1);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Export Audit Report…: Markdown, SARIF or JSON, to a file the user picks. */
  async export(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    // Always the current text: the last audit again, or the active licence.
    let reports = this.audited.length > 0 ? (await this.reaudit()) ?? [] : [];
    if (reports.length === 0) reports = (await this.auditActive()) ?? [];
    if (reports.length === 0) return undefined;
    const uri = target ?? (await vscode.window.showSaveDialog({
      title: 'Export OSD Lint audit report',
      filters: { Markdown: ['md'], SARIF: ['sarif'], JSON: ['json'] },
      defaultUri: vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'osd-lint-report.md') : undefined,
    }));
    if (!uri) return undefined;
    let content: string;
    if (/\.sarif$/i.test(uri.path)) content = await this.client()!.sendRequest<string>(SARIF_METHOD, reports);
    else if (/\.json$/i.test(uri.path)) content = JSON.stringify(reports, null, 2) + '\n';
    else content = markdownReport(reports.map((r) => ({ ...r, file: vscode.workspace.asRelativePath(vscode.Uri.parse(r.file)) })));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
    void vscode.window.showInformationMessage(`OSD Lint: report written to ${vscode.workspace.asRelativePath(uri)}.`);
    return uri;
  }

  /** Use policies a licence incorporates: files it links to, or policy files beside it. */
  private async policiesFor(uri: vscode.Uri, text: string): Promise<Array<{ uri: string; text: string }>> {
    if (!/\b(?:use\s+polic(?:y|ies)|acceptable\s+use|prohibited\s+use)/i.test(text) || uri.scheme === 'untitled') return [];
    const dir = vscode.Uri.joinPath(uri, '..');
    const candidates = new Map<string, vscode.Uri>();
    for (const m of text.matchAll(/\]\((\.{0,2}\/?[^)\s:#]+\.(?:md|txt))\)|\b([\w.-]*(?:USE[_-]?POLICY|use[_-]?policy|Use[_-]?Policy)[\w.-]*\.(?:md|txt))\b/g)) {
      const rel = m[1] ?? m[2];
      if (rel && !rel.includes('..')) candidates.set(rel, vscode.Uri.joinPath(dir, rel));
    }
    try {
      for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) if (type === vscode.FileType.File && POLICY_NAME.test(name)) candidates.set(name, vscode.Uri.joinPath(dir, name));
    } catch {
      // not a readable folder (virtual document): only linked files
    }
    const out: Array<{ uri: string; text: string }> = [];
    for (const c of candidates.values()) {
      if (c.toString() === uri.toString()) continue;
      const t = await readText(c);
      if (t !== undefined) out.push({ uri: c.toString(), text: t });
    }
    return out;
  }
}

/** Reads a workspace text file; undefined for missing, binary or very large files. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.length > 5_000_000 || bytes.subarray(0, 8000).includes(0)) return undefined;
    return new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

/** The status bar item: errors of the active licence, or a check mark; a click runs the audit. */
export class AuditStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('osdLint.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'OSD Lint';
    this.item.command = 'osdLint.auditThisLicence';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !vscode.languages.match(DOCUMENT_SELECTOR, doc)) {
      this.item.hide();
      return;
    }
    const mine = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'osd-lint');
    const errors = mine.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = mine.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
    this.item.text = errors ? `$(error) OSD: ${count(errors, 'error')}` : warnings ? `$(warning) OSD: ${count(warnings, 'warning')}` : '$(check) OSD';
    this.item.tooltip = errors || warnings ? 'OSD Lint: this licence has problems. Click to audit it.' : 'OSD Lint: no problem found. Click to audit this licence.';
    this.item.accessibilityInformation = { label: errors ? `Open Source Definition: ${count(errors, 'error')}, ${count(warnings, 'warning')}` : warnings ? `Open Source Definition: ${count(warnings, 'warning')}` : 'Open Source Definition: no problems' };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
