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
