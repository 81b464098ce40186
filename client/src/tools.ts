/**
 * The OSD Lint tools for VS Code's agent mode (`contributes.languageModelTools` in package.json):
 * inputs are read with the shared `parseToolInput`, a `file` is read here from the editor or the
 * workspace (with a confirmation when it is not open), and the answer comes from the language
 * server, which runs the shared tool module (common/src/tools) on its own analyses: the same text
 * `osd-lint mcp` gives. Nothing leaves the machine.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { TOOL_METHOD, type ToolParams } from '../../common/src/protocol';
import { EXPLAIN_TOOL, parseToolInput, type Profile, type ToolInput, ToolInputError, type ToolName, TOOLS } from '../../common/src/tools/definitions';
import { readText } from './audit';
import { confirmationFor, invocationMessage } from './toolMessages';

/** Registers the three tools; none where the host has no language-model tools API. */
export function registerTools(client: () => BaseLanguageClient | undefined, profile: () => Profile): vscode.Disposable[] {
  if (typeof vscode.lm?.registerTool !== 'function') return [];
  return TOOLS.map((def) => vscode.lm.registerTool(def.name, new OsdLintTool(def.name, client, profile)));
}

/** A `file` input as the tool resolves it: the URI, and whether it is open or inside the workspace. */
interface ResolvedFile {
  readonly uri: vscode.Uri;
  readonly label: string;
  readonly open: vscode.TextDocument | undefined;
  readonly inWorkspace: boolean;
}

class OsdLintTool implements vscode.LanguageModelTool<unknown> {
  constructor(private readonly name: ToolName, private readonly client: () => BaseLanguageClient | undefined, private readonly profile: () => Profile) {}

  async prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<unknown>): Promise<vscode.PreparedToolInvocation> {
    let input: ToolInput;
    try {
      input = parseToolInput(this.name, options.input);
    } catch {
      return { invocationMessage: `Running ${this.name}` }; // invoke() reports what is wrong with the input
    }
    const file = input.tool !== EXPLAIN_TOOL && input.licence.file !== undefined ? await resolveFile(input.licence.file) : undefined;
    const confirm = confirmationFor(input, file && { label: file.label, open: file.open !== undefined, inWorkspace: file.inWorkspace });
    return {
      invocationMessage: invocationMessage(input, file?.label),
      ...(confirm ? { confirmationMessages: { title: confirm.title, message: new vscode.MarkdownString(confirm.message) } } : {}),
    };
  }

  async invoke(options: vscode.LanguageModelToolInvocationOptions<unknown>, token: vscode.CancellationToken): Promise<vscode.LanguageModelToolResult> {
    const input = parseToolInput(this.name, options.input);
    const params: ToolParams = { name: this.name, input: options.input, profile: this.profile() };
    if (input.tool !== EXPLAIN_TOOL && input.licence.file !== undefined) {
      const file = await resolveFile(input.licence.file);
      if (!file) throw new ToolInputError(`${this.name}: file ${JSON.stringify(input.licence.file)} was not found in the workspace.`);
      const text = file.open?.getText() ?? (await readText(file.uri));
      if (text === undefined) throw new ToolInputError(`${this.name}: ${file.label} could not be read as a licence (missing, binary, or over 5 MB).`);
      params.licence = { uri: file.uri.toString(), name: file.label, text };
    }
    const client = this.client();
    if (!client) throw new Error('OSD Lint: the language server is not running; run "OSD Lint: Restart Server".');
    let answer: string;
    try {
      answer = await client.sendRequest<string>(TOOL_METHOD, params, token);
    } catch (e: unknown) {
      throw new Error(e instanceof Error ? e.message : String(e)); // the server's message, worded for the model
    }
    return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(answer)]);
  }
}

const HAS_SCHEME = /^[a-zA-Z][\w+.-]+:/;
const WINDOWS_PATH = /^[a-zA-Z]:[\\/]/;

/** A file named by a tool input: a URI, an absolute path, or a path relative to a workspace folder. */
async function resolveFile(file: string): Promise<ResolvedFile | undefined> {
  const candidates: vscode.Uri[] = [];
  if (HAS_SCHEME.test(file) && !WINDOWS_PATH.test(file)) candidates.push(vscode.Uri.parse(file));
  else if (file.startsWith('/') || WINDOWS_PATH.test(file)) candidates.push(vscode.Uri.file(file));
  else for (const folder of vscode.workspace.workspaceFolders ?? []) candidates.push(vscode.Uri.joinPath(folder.uri, file));
  for (const uri of candidates) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!open) {
      try {
        if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) continue;
      } catch {
        continue;
      }
    }
    return { uri, open, label: vscode.workspace.asRelativePath(uri), inWorkspace: vscode.workspace.getWorkspaceFolder(uri) !== undefined };
  }
  return undefined;
}
