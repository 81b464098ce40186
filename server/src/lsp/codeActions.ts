import { type CodeAction, CodeActionKind, type CodeActionParams, CodeActionTriggerKind, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analysis, type FixAllResult, fixAllReport, fixesFor, type TextEdit } from '../engine';
import { type DiagnosticData, SOURCE } from './diagnostics';
import { SHOW_CRITERION_COMMAND, SUPPRESS_COMMAND } from './commandIds';

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

const isMarkdown = (doc: TextDocument): boolean => doc.languageId === 'markdown' || /\.md$/i.test(doc.uri);

/**
 * For each diagnostic: its fixes (the reviewer's preferred one first), "show criterion", and
 * suppressions that keep the published licence clean; then "fix all" when useful.
 */
export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  const text = doc.getText();
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics.filter(isOurs)) {
      const finding = analysis.findings.find((f) => f.ruleId === diagnostic.data.ruleId && f.clauseStart === diagnostic.data.clauseStart);
      if (!finding) continue; // the diagnostic belongs to an older version of the text
      for (const fix of fixesFor(text, analysis, finding)) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: versionedEdit(doc, fix.edits) });
      }
      for (const c of finding.criteria) {
        actions.push({ title: `Show OSD ${c}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: `Show OSD ${c}`, command: SHOW_CRITERION_COMMAND, arguments: [c] } });
      }
      const clause = text.slice(finding.clauseStart, finding.clauseEnd).replace(/\s+/g, ' ').trim().slice(0, 120);
      actions.push({
        title: `Suppress ${finding.ruleId} for this clause in .osdlintrc.json`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Suppress in .osdlintrc.json', command: SUPPRESS_COMMAND, arguments: [doc.uri, finding.ruleId, clause] },
      });
      if (isMarkdown(doc)) {
        const lineStart = doc.offsetAt({ line: doc.positionAt(finding.clauseStart).line, character: 0 });
        const indent = /^[ \t>]*/.exec(text.slice(lineStart))?.[0] ?? '';
        actions.push({
          title: `Disable ${finding.ruleId} for the next line (comment)`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: versionedEdit(doc, [{ start: lineStart, end: lineStart, newText: `${indent}<!-- osd-lint-disable-next-line ${finding.ruleId} -->\n` }]),
        });
      }
    }
  }
  const fixable = analysis.findings.filter((f) => f.severity !== 'information');
  if (fixable.length > 0 && wants(FIX_ALL_KIND) && (only !== undefined || actions.length > 0)) {
    const action = fixAllAction(doc, analysis, only !== undefined, only !== undefined && params.context.triggerKind === CodeActionTriggerKind.Automatic);
    if (action) actions.push(action);
  }
  return actions;
}

/** Fix all is computed once per analysis (document version and options), and again with more time when asked for. */
const fixAllResults = new WeakMap<Analysis, { result: FixAllResult; asked: boolean }>();
/** Fix all offered beside quick fixes (the light bulb) may take this long; asked for (or on save), FIX_ALL_BUDGET_MS. */
const OFFERED_BUDGET_MS = 300;

/**
 * "Fix all": one edit that applies every fix that passed the re-check, in rounds. Its title says
 * how many problems it fixes and which it leaves, and why; when it can fix nothing it is shown
 * disabled with the reason (and left out of an automatic request such as fix-on-save).
 */
function fixAllAction(doc: TextDocument, analysis: Analysis, asked: boolean, automatic: boolean): CodeAction | undefined {
  let cached = fixAllResults.get(analysis);
  if (!cached || (asked && !cached.asked)) {
    cached = { result: fixAllReport(doc.getText(), analysis, asked ? {} : { budgetMs: OFFERED_BUDGET_MS }), asked };
    fixAllResults.set(analysis, cached);
  }
  const result = cached.result;
  const left = result.skipped.map((s) => `${s.ruleId} (line ${s.line}): ${s.reason}`);
  if (result.edits.length === 0) {
    if (automatic) return undefined;
    return { title: 'Fix all OSD Lint problems', kind: FIX_ALL_KIND, disabled: { reason: left.length ? `No automatic fix: ${left.join('; ')}` : 'No automatic fix applies' } };
  }
  const total = result.fixed + result.skipped.length;
  const title = result.skipped.length === 0
    ? `Fix all OSD Lint problems (${result.fixed})`
    : `Fix ${result.fixed} of ${total} OSD Lint problems (left: ${left.slice(0, 2).join('; ')}${left.length > 2 ? `; ${left.length - 2} more` : ''})`;
  return { title, kind: FIX_ALL_KIND, edit: versionedEdit(doc, result.edits) };
}
