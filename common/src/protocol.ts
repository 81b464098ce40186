/** Custom LSP messages between the OSD Lint client and server, declared once for both sides. */
export const EXPLAIN_CRITERION_METHOD = 'osdLint/explainCriterion';

export interface ExplainCriterionParams {
  criterion: number;
}

export interface ExplainCriterionResult {
  title: string;
  /** Markdown: the OSD text (with attribution), what it means in practice, and the rules that check it. */
  markdown: string;
}

/** Audits licences: the server analyses them (open documents by URI, others by text). */
export const AUDIT_METHOD = 'osdLint/audit';

export interface AuditDocument {
  uri: string;
  /** The text, for files that are not open in the editor. */
  text?: string;
  /** Use policies the licence incorporates, found in the workspace by the client. */
  policies?: Array<{ uri: string; text: string }>;
}

export interface AuditParams {
  documents: AuditDocument[];
  profile?: 'osd' | 'ai-model';
}

/** Renders reports as SARIF 2.1.0 (desktop server only). */
export const SARIF_METHOD = 'osdLint/sarif';

/** Runs an AI-assistant tool (common/src/tools) for the VS Code language-model tools. */
export const TOOL_METHOD = 'osdLint/tool';

export interface ToolParams {
  /** The tool's name, e.g. `osd-lint_check`. */
  name: string;
  /** The input as the model gave it; the server reads it with `parseToolInput`. */
  input: unknown;
  /** The licence the client read for a `file` input (an open document's text, or the file's). */
  licence?: { uri: string; name: string; text: string };
  /** `osdLint.profile`, used when the input names no profile. */
  profile?: 'osd' | 'ai-model';
}
