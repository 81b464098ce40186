/** The OSD Lint engine: pure TypeScript, no `vscode`, no Node-only APIs. */
export { analyze, Analyzer, CLAUSE_BUDGET_MS, type Analysis, type AnalyzeOptions, type SeveritySetting, type UncheckedClause } from './engine';
export { segment } from './segment';
export { applySuppressions, type Suppression } from './suppress';
export { CRITERIA, ALL_CRITERIA, criterion, criterionLabel, explanationFor, OSD_ATTRIBUTION, type CriterionInfo } from './criteria';
export { quote } from './quote';
export { MODEL_ONLY_RULES, MODEL_RULES, RULES, ruleById } from './rules';
export type { Rule, RuleContext, RuleMatch, FixSpec } from './rule';
export type { Clause, Criterion, Definition, Finding, Severity } from './types';
export { fixFor, fixesFor, applyEdits, type Fix, type TextEdit } from './fixes';
export { FIX_ALL_BUDGET_MS, fixAll, fixAllReport, type FixAllOptions, type FixAllResult, type SkippedFinding } from './fixAll';
export { draftStyle, type DraftStyle } from './draftStyle';
export { countGrants } from './grants';
export { outline, termAt, occurrences, type OutlineNode } from './outline';
export { buildReport, type AuditReport, type Profile, type ReportFinding, type Verdict } from './report';
export { markdownReport } from './markdownReport';
export { LicenceIndex, parseIndex, type Identification, type LicenceIndexData } from './identify';
export { looksLikeAiLicence } from './aiProfile';
export { lineStarts, position } from './positions';
