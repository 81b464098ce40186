/**
 * The tools OSD Lint offers AI assistants — in VS Code (`contributes.languageModelTools`, checked
 * against these in the tests) and over MCP (`osd-lint mcp`) — declared once: names, descriptions,
 * JSON schemas of the inputs, and the one reading of an input both hosts use. No engine import
 * here, so the VS Code client can check inputs without bundling the engine.
 */

export const CHECK_TOOL = 'osd-lint_check';
export const AUDIT_TOOL = 'osd-lint_audit';
export const EXPLAIN_TOOL = 'osd-lint_explain';
export type ToolName = typeof CHECK_TOOL | typeof AUDIT_TOOL | typeof EXPLAIN_TOOL;

/** The largest text a tool analyses (as the editor's default `osdLint.maxFileSize`). */
export const MAX_TOOL_TEXT = 5_000_000;

/** The JSON Schema subset the inputs use. */
export interface JsonSchema {
  readonly type: 'object' | 'string' | 'integer';
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
}

export interface ToolDefinition {
  readonly name: ToolName;
  /** Short title for people (VS Code's displayName, MCP's title). */
  readonly title: string;
  /** What the model reads to decide when to call the tool. */
  readonly description: string;
  readonly inputSchema: JsonSchema;
}

const licenceProperties = {
  text: { type: 'string', description: 'The licence text, or a draft clause, to review. Give either text or file.' },
  file: { type: 'string', description: 'A licence file to read instead of text: a path relative to the workspace folder, an absolute path, or a file URI.' },
} as const satisfies Record<string, JsonSchema>;

const profile = {
  type: 'string',
  enum: ['osd', 'ai-model'],
  description: 'osd: the ten criteria of the Open Source Definition. ai-model: also the Open Source AI Definition 1.0 rows (added anyway when the text talks about models, weights or outputs).',
} as const satisfies JsonSchema;

export const TOOLS: readonly ToolDefinition[] = [
  {
    name: CHECK_TOOL,
    title: 'Check a licence against the OSD',
    description: 'Reviews licence text (or a licence file) against the Open Source Definition, offline, the way OSD Lint underlines it in the editor. Returns each finding: severity, rule, the OSD criteria it breaks, the clause and its line:column range, why the wording breaks the criterion, and a compliant rewrite or how to fix it. Use it on a draft or a clause before proposing it.',
    inputSchema: { type: 'object', properties: licenceProperties, additionalProperties: false },
  },
  {
    name: AUDIT_TOOL,
    title: 'Audit a licence',
    description: 'Audits a whole licence against the Open Source Definition: the verdict (meets, fails, needs human review), a scorecard of the ten criteria, the nearest known SPDX licence with the clauses added to, changed in or removed from it, the Open Source AI Definition rows for model licences, and the findings. Offline.',
    inputSchema: { type: 'object', properties: { ...licenceProperties, profile }, additionalProperties: false },
  },
  {
    name: EXPLAIN_TOOL,
    title: 'Explain an OSD criterion',
    description: 'Returns the text of one Open Source Definition criterion (1 to 10) and what breaks it: each wording OSD Lint flags under it, why, how to fix it, and an example of a failing and a passing clause.',
    inputSchema: {
      type: 'object',
      properties: { criterion: { type: 'integer', minimum: 1, maximum: 10, description: 'The criterion number, 1 to 10 (e.g. 6 for "No Discrimination Against Fields of Endeavor").' } },
      required: ['criterion'],
      additionalProperties: false,
    },
  },
];

export function toolDefinition(name: string): ToolDefinition | undefined {
  return TOOLS.find((t) => t.name === name);
}

/** A problem with a tool's input, worded for the model (and the person) that sent it. */
export class ToolInputError extends Error {
  override readonly name = 'ToolInputError';
}

export type Profile = 'osd' | 'ai-model';

/** A licence to check or audit, as given: its text, or a file the host reads. */
export type LicenceInput = { readonly text: string; readonly file?: undefined; readonly profile?: Profile } | { readonly file: string; readonly text?: undefined; readonly profile?: Profile };

export type ToolInput =
  | { readonly tool: typeof CHECK_TOOL | typeof AUDIT_TOOL; readonly licence: LicenceInput }
  | { readonly tool: typeof EXPLAIN_TOOL; readonly criterion: number };

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? 'a string' : typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`);

/** Reads a tool's input, or throws a ToolInputError saying what is wrong and what is expected. */
export function parseToolInput(name: string, raw: unknown): ToolInput {
  const def = toolDefinition(name);
  if (!def) throw new ToolInputError(`Unknown tool "${name}"; OSD Lint offers ${TOOLS.map((t) => t.name).join(', ')}.`);
  const input = raw ?? {};
  if (typeof input !== 'object' || Array.isArray(input)) throw new ToolInputError(`${name}: the input must be an object, got ${describe(raw)}.`);
  const fields = input as Record<string, unknown>;
  const known = Object.keys(def.inputSchema.properties ?? {});
  const unknown = Object.keys(fields).filter((k) => !known.includes(k));
  if (unknown.length) throw new ToolInputError(`${name}: unknown input ${unknown.map((k) => `"${k}"`).join(', ')}; it takes ${known.join(', ')}.`);
  if (def.name === EXPLAIN_TOOL) {
    const n = fields.criterion;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 10) {
      throw new ToolInputError(`${name}: criterion must be a whole number from 1 to 10 (the OSD has ten criteria), got ${n === undefined ? 'nothing' : describe(n)}.`);
    }
    return { tool: def.name, criterion: n };
  }
  const { text, file } = fields;
  let prof: Profile | undefined;
  if (fields.profile !== undefined) {
    if (fields.profile !== 'osd' && fields.profile !== 'ai-model') throw new ToolInputError(`${name}: profile must be "osd" or "ai-model", got ${describe(fields.profile)}.`);
    prof = fields.profile;
  }
  if (text !== undefined && file !== undefined) throw new ToolInputError(`${name}: give either text or file, not both.`);
  if (typeof text === 'string') {
    if (text.trim() === '') throw new ToolInputError(`${name}: text is empty; give the licence text or a clause to review.`);
    if (text.length > MAX_TOOL_TEXT) throw new ToolInputError(`${name}: text is ${text.length} characters, over the ${MAX_TOOL_TEXT} limit.`);
    return { tool: def.name, licence: { text, ...(prof ? { profile: prof } : {}) } };
  }
  if (typeof file === 'string') {
    if (file.trim() === '') throw new ToolInputError(`${name}: file is empty; give a path to a licence file.`);
    return { tool: def.name, licence: { file, ...(prof ? { profile: prof } : {}) } };
  }
  if (text !== undefined) throw new ToolInputError(`${name}: text must be a string, got ${describe(text)}.`);
  if (file !== undefined) throw new ToolInputError(`${name}: file must be a string (a path), got ${describe(file)}.`);
  throw new ToolInputError(`${name}: give the licence as text (a string) or file (a path).`);
}
