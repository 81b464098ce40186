/**
 * The server's own commands (`workspace/executeCommand`), so that its code actions work in any LSP
 * client, not only in VS Code (whose client shows its own UI for them, see client/src/setup.ts):
 *
 * - `osd-lint.showCriterion [n]` returns the explanation of OSD criterion n (`{ title, markdown }`)
 *   and shows it: as a Markdown file through `window/showDocument` where the client and the host
 *   allow it, otherwise as a message (`window/showMessage`, and the log).
 * - `osd-lint.suppress [documentUri, rule, clause]` adds `{ rule, clause }` to the suppressions of
 *   the `.osdlintrc.json` that applies to the document (or creates one in the document's workspace
 *   folder, else its folder) through `workspace/applyEdit`, keeping the file's comments and layout.
 */
import {
  type ClientCapabilities,
  type Connection,
  type CreateFile,
  ErrorCodes,
  type ExecuteCommandParams,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { modify, parse } from 'jsonc-parser';
import { CONFIG_FILE } from '../../../common/src/config';
import type { ExplainCriterionResult } from '../../../common/src/protocol';
import type { ConfigFiles, FileAccess } from './configFiles';
import type { DocumentStore } from './documentStore';
import { explainCriterion } from './explain';
import { SHOW_CRITERION_COMMAND, SUPPRESS_COMMAND } from './commandIds';

/** Writes an explanation where the client can open it (Node: a temporary file); its URI, or undefined. */
export type ExplanationWriter = (name: string, markdown: string) => string | undefined;

export interface CommandContext {
  connection: Connection;
  capabilities: () => ClientCapabilities;
  /** The workspace folders' URIs, as the client last gave them. */
  workspaceFolders: () => readonly string[];
  documents: DocumentStore;
  configs: ConfigFiles;
  files?: FileAccess;
  writeExplanation?: ExplanationWriter;
}

/** What `osd-lint.suppress` answers when the edit was applied. */
export interface SuppressResult {
  /** The URI of the config file. */
  uri: string;
  created: boolean;
}

/**
 * Shows a message with `window/showMessage`, a notification every client displays. (The library's
 * `connection.window.show…Message` send `window/showMessageRequest`, which waits for an answer:
 * Neovim 0.7 prompts for a choice with no choices, and a headless one hangs on it.)
 */
export function showMessage(connection: Connection, type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}

export class ServerCommands {
  /** Explanations written for `window/showDocument`: not licences, never diagnosed. */
  private readonly explanations = new Set<string>();

  constructor(private readonly ctx: CommandContext) {}

  isExplanation(uri: string): boolean {
    return this.explanations.has(uri);
  }

  /** Runs a command whose params passed `PARAMS.executeCommand`. */
  execute(params: ExecuteCommandParams): Promise<ExplainCriterionResult | SuppressResult | null> {
    const args = params.arguments ?? [];
    if (params.command === SHOW_CRITERION_COMMAND) return this.showCriterion(args[0] as number);
    if (params.command === SUPPRESS_COMMAND) return this.suppress(args[0] as string, args[1] as string, args[2] as string);
    throw new ResponseError(ErrorCodes.InvalidParams, `workspace/executeCommand: unknown command ${params.command}`);
  }

  private async showCriterion(n: number): Promise<ExplainCriterionResult | null> {
    const explanation = explainCriterion(n);
    if (!explanation) return null;
    const { connection } = this.ctx;
    let shown = false;
    const uri = this.ctx.capabilities().window?.showDocument?.support === true ? this.ctx.writeExplanation?.(`OSD-${n}.md`, explanation.markdown) : undefined;
    if (uri) {
      this.explanations.add(uri);
      shown = await connection.window.showDocument({ uri, takeFocus: true }).then((r) => r.success, () => false);
    }
    if (!shown) showMessage(connection, MessageType.Info, explanation.markdown);
    connection.console.log(explanation.markdown);
    return explanation;
  }

  private async suppress(docUri: string, rule: string, clause: string): Promise<SuppressResult> {
    const { connection, files, configs, documents } = this.ctx;
    const caps = this.ctx.capabilities();
    const entry = { rule, clause };
    const docPath = files && this.toPath(docUri);
    if (!files || docPath === undefined) {
      return this.fail(`OSD Lint can only suppress findings in files on disk (there is no ${CONFIG_FILE} for ${docUri}). Add ${JSON.stringify(entry)} to "suppressions" in your ${CONFIG_FILE} yourself.`);
    }
    const path = configs.pathFor(docUri) ?? files.join(this.workspaceFolderOf(docPath) ?? files.dirname(docPath), CONFIG_FILE);
    const uri = files.toUri(path);
    if (caps.workspace?.applyEdit !== true) {
      return this.fail(`Your editor cannot apply edits from the language server: add ${JSON.stringify(entry)} to "suppressions" in ${path} yourself.`);
    }
    const open = documents.get(uri);
    const text = open?.getText() ?? files.read(path);
    let edit: WorkspaceEdit;
    if (text === undefined) {
      if (!caps.workspace.workspaceEdit?.resourceOperations?.includes('create')) {
        return this.fail(`Your editor cannot create files through the language server: create ${path} containing ${JSON.stringify({ suppressions: [entry] })}.`);
      }
      const create: CreateFile = { kind: 'create', uri, options: { ignoreIfExists: true } };
      const content = `${JSON.stringify({ suppressions: [entry] }, null, 2)}\n`;
      edit = { documentChanges: [create, { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] }] };
    } else {
      const edits = suppressionEdits(text, entry);
      if (!edits) return this.fail(`${path} is not a JSON object; fix it before adding suppressions.`);
      edit = caps.workspace.workspaceEdit?.documentChanges === true
        ? { documentChanges: [{ textDocument: { uri, version: open?.version ?? null }, edits }] }
        : { changes: { [uri]: edits } };
    }
    const result = await connection.workspace.applyEdit({ label: `Suppress ${rule} in ${CONFIG_FILE}`, edit }).catch((e: unknown) => ({ applied: false, failureReason: String(e) }));
    if (!result.applied) return this.fail(`The editor did not apply the suppression to ${path}${result.failureReason ? `: ${result.failureReason}` : ''}.`);
    showMessage(connection, MessageType.Info, `OSD Lint: ${rule} is suppressed for that clause in ${path}${open ? '' : ' (save it if your editor left it unsaved)'}.`);
    return { uri, created: text === undefined };
  }

  /** Tells the user (a plain client may drop a command's error response), and answers with the error. */
  private fail(message: string): never {
    showMessage(this.ctx.connection, MessageType.Error, `OSD Lint: ${message}`);
    throw new ResponseError(LSPErrorCodes.RequestFailed, message);
  }

  private toPath(uri: string): string | undefined {
    try {
      return this.ctx.files?.toPath(uri);
    } catch {
      return undefined;
    }
  }

  /** The innermost workspace folder holding a path. */
  private workspaceFolderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.ctx.workspaceFolders()) {
      const dir = this.toPath(folder);
      if (dir === undefined) continue;
      const rest = path.slice(dir.length);
      const inside = path.startsWith(dir) && (rest === '' || /^[\\/]/.test(rest) || /[\\/]$/.test(dir));
      if (inside && (best === undefined || dir.length > best.length)) best = dir;
    }
    return best;
  }
}

/** The edits that append `entry` to `suppressions` (creating the array), keeping comments and layout; undefined if the text is no object. */
export function suppressionEdits(text: string, entry: { rule: string; clause: string }): TextEdit[] | undefined {
  const current = parse(text, [], { allowTrailingComma: true }) as { suppressions?: unknown } | undefined;
  if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
  const list = Array.isArray(current.suppressions) ? current.suppressions : undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits = modify(text, list ? ['suppressions', list.length] : ['suppressions'], list ? entry : [entry], { formattingOptions: { insertSpaces: true, tabSize: 2, eol } });
  const doc = TextDocument.create('file:///config', 'json', 0, text);
  return edits.map((e) => ({ range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) }, newText: e.content }));
}
