import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analysis, analyze, type AnalyzeOptions, isMarkdownName } from '../engine';
import type { ToolParams } from '../../../common/src/protocol';
import { EXPLAIN_TOOL, parseToolInput, ToolInputError } from '../../../common/src/tools/definitions';
import { type Licence, runTool } from '../../../common/src/tools/run';
import type { KnownLicences } from './audit';

/** What the server lends a tool: open documents, their cached analyses, and the options for a URI. */
export interface ToolDeps {
  open(uri: string): TextDocument | undefined;
  /** The analysis the diagnostics use, for an open document (undefined when disabled or too large). */
  analysisOf(doc: TextDocument): Promise<Analysis | undefined>;
  /** The options a document at `uri` would be analysed with (settings over `.osdlintrc.json`); the defaults for text without a URI. */
  optionsFor(uri: string | undefined): Promise<AnalyzeOptions>;
  known: KnownLicences;
}

/**
 * Answers `osdLint/tool` for the VS Code language-model tools with the shared tool module, so that
 * the text is the one `osd-lint mcp` gives. An open document is judged by the analysis behind its
 * diagnostics; other text with the settings and config file that would apply to it.
 * Throws ToolInputError for a bad input (the caller answers InvalidParams with its message).
 */
export async function runToolRequest(params: ToolParams, deps: ToolDeps): Promise<string> {
  const input = parseToolInput(params.name, params.input);
  if (input.tool === EXPLAIN_TOOL) return runTool(input, undefined, { analyze: () => { throw new Error('explain analyses nothing'); } });
  let licence: Licence & { uri?: string };
  if (input.licence.text !== undefined) licence = { name: 'the text given', text: input.licence.text };
  else if (params.licence) licence = params.licence;
  else throw new ToolInputError(`${params.name}: the client sent no text for file ${input.licence.file}`);
  const doc = licence.uri ? deps.open(licence.uri) : undefined;
  let analysis = doc && doc.getText() === licence.text ? await deps.analysisOf(doc) : undefined;
  analysis ??= analyze(licence.text, { ...(await deps.optionsFor(licence.uri)), markdown: isMarkdownName(licence.uri ?? licence.name) });
  const index = deps.known.get();
  return runTool(input, licence, {
    analyze: () => analysis,
    identify: index ? (text, a) => index.identify(text, a.clauses) : undefined,
    profile: params.profile,
  });
}
