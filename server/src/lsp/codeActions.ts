import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analysis, fixAll, fixFor, type TextEdit } from '../engine';
import { type DiagnosticData, SOURCE } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

/** A versioned edit: the client refuses it if the document moved on since it was computed. */
function versionedEdit(doc: TextDocument, edits: readonly TextEdit[]): WorkspaceEdit {
  const lsp: LspTextEdit[] = edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: lsp }] };
}

function isOurs(d: Diagnostic): d is Diagnostic & { data: DiagnosticData } {
  const data = d.data as Partial<DiagnosticData> | undefined;
  return d.source === SOURCE && typeof data?.ruleId === 'string' && typeof data.clauseStart === 'number';
}

/** Quick fixes for the diagnostics in the request, and "fix all" when asked for or useful. */
export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  const text = doc.getText();
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics.filter(isOurs)) {
      const finding = analysis.findings.find((f) => f.ruleId === diagnostic.data.ruleId && f.clauseStart === diagnostic.data.clauseStart);
      if (!finding) continue; // the diagnostic belongs to an older version of the text
      const fix = fixFor(text, analysis, finding);
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: versionedEdit(doc, fix.edits) });
    }
  }
  const fixable = analysis.findings.filter((f) => f.severity !== 'information');
  if (fixable.length > 0 && (wants(FIX_ALL_KIND) && (only !== undefined || actions.length > 0))) {
    actions.push({ title: `Fix all OSD Lint problems (${fixable.length})`, kind: FIX_ALL_KIND, edit: versionedEdit(doc, fixAll(text, analysis)) });
  }
  return actions;
}
