/**
 * What the AI-assistant tools answer, as plain compact text a model can quote: one implementation
 * for the VS Code tools (run by the language server) and the MCP server (run by the CLI). Findings
 * and reports come from the engine's own code paths (`buildReport`, `fixesFor`, the criteria
 * table); this module only words them. Pure TypeScript, no `vscode`, no Node APIs.
 */
import {
  ALL_CRITERIA,
  type Analysis,
  type AuditReport,
  buildReport,
  criterion,
  type Criterion,
  type Finding,
  fixesFor,
  type Identification,
  lineStarts,
  OSD_ATTRIBUTION,
  position,
  RULES,
} from '../../../server/src/engine';
import { CHECK_TOOL, EXPLAIN_TOOL, type Profile, type ToolInput } from './definitions';

/** A licence the host has read: what to call it in the answer, and its text. */
export interface Licence {
  readonly name: string;
  readonly text: string;
}

/** What the host provides: analysis with its options, and the index of known licences if it has one. */
export interface ToolHost {
  analyze(licence: Licence): Analysis;
  identify?(text: string, analysis: Analysis): Identification | undefined;
  /** The profile when the input names none (the editor's `osdLint.profile`). */
  readonly profile?: Profile;
}

/** The tool's answer for an input whose licence, if any, the host has read. */
export function runTool(input: ToolInput, licence: Licence | undefined, host: ToolHost): string {
  if (input.tool === EXPLAIN_TOOL) return explainText(input.criterion as Criterion);
  if (!licence) throw new Error(`${input.tool}: no licence text to review`);
  const analysis = host.analyze(licence);
  if (input.tool === CHECK_TOOL) return checkText(licence, analysis);
  const profile = input.licence.profile ?? host.profile ?? 'osd';
  const report = buildReport({ file: licence.name, text: licence.text, analysis, nearest: host.identify?.(licence.text, analysis), profile });
  return auditText(report, licence.text, analysis);
}

const quote = (s: string, max: number): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
};
const osd = (cs: readonly number[]): string => cs.map((c) => `OSD ${c}`).join(', ');
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function counts(findings: readonly { severity: string }[]): string {
  const parts = (['error', 'warning', 'information'] as const).map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  return parts.map(([s, n]) => (s === 'information' ? `${n} information` : plural(n, s))).join(', ');
}

/** The text of one rule's preferred fix: the rewritten clause, or advice when the fix is removal. */
function fixText(text: string, analysis: Analysis, finding: Finding, suggestion: string): string {
  const rewrite = fixesFor(text, analysis, finding).find((f) => f.kind === 'rewrite')?.rewritten;
  return rewrite !== undefined ? `Rewrite: ${quote(rewrite, 500)} (${suggestion.replace(/\.$/, '')}.)` : `Fix: ${suggestion} Or remove the clause.`;
}

/** osd-lint_check: every finding with criterion, severity, clause range, explanation and rewrite. */
export function checkText(licence: Licence, analysis: Analysis): string {
  const report = buildReport({ file: licence.name, text: licence.text, analysis });
  const starts = lineStarts(licence.text);
  const at = (offset: number): string => {
    const p = position(starts, offset);
    return `${p.line}:${p.column}`;
  };
  const broken = [...new Set(report.findings.filter((f) => f.severity === 'error').flatMap((f) => f.criteria))].sort((a, b) => a - b);
  const out = [
    report.findings.length === 0
      ? `OSD Lint check of ${licence.name}: no findings — nothing in it breaks the Open Source Definition as far as OSD Lint can tell.`
      : `OSD Lint check of ${licence.name}: ${plural(report.findings.length, 'finding')} (${counts(report.findings)}).${broken.length ? ` Breaks ${osd(broken)}.` : ''}`,
  ];
  const explained = new Map<string, number>();
  report.findings.forEach((f, i) => {
    const finding = analysis.findings[i];
    const fix = fixText(licence.text, analysis, finding, f.suggestion);
    const first = explained.get(f.ruleId);
    if (first === undefined) explained.set(f.ruleId, i + 1);
    out.push(
      '',
      `${i + 1}. ${f.severity} ${f.ruleId} — ${f.criteria.map((c) => `OSD ${c} (${criterion(c as Criterion).title})`).join(', ')}`,
      `   Words at ${f.line}:${f.column}-${f.endLine}:${f.endColumn}, clause at ${at(finding.clauseStart)}-${at(finding.clauseEnd)} (line:column, 1-based): ${quote(f.clause, 400)}`,
      `   Problem: ${f.message}`,
      ...(first === undefined ? [`   Why: ${f.explanation}`, `   ${fix}`] : fix.startsWith('Rewrite') ? [`   Why: as for ${first}.`, `   ${fix}`] : [`   Why and fix: as for ${first}.`]),
    );
  });
  for (const u of analysis.unchecked) out.push('', `Not checked: the clause at ${at(u.start)}. ${u.message}`);
  out.push('', `Criteria: ${OSD_ATTRIBUTION}`);
  return out.join('\n');
}

const STATUS = { pass: 'pass', fail: 'FAIL', review: 'review' } as const;
/** "pass" only for a known approved licence; where nothing was found, "no finding". */
const shown = (row: { status: keyof typeof STATUS; evidence?: string }): string => (row.evidence === 'none' ? 'no finding' : STATUS[row.status]);
const VERDICT = { meets: 'meets the Open Source Definition', fails: 'fails the Open Source Definition', review: 'needs human review' } as const;

/** osd-lint_audit: verdict, scorecard, nearest known licence and its changes, AI rows, findings. */
export function auditText(report: AuditReport, text: string, analysis: Analysis): string {
  const out = [`OSD Lint audit of ${report.file}`, `Verdict: ${VERDICT[report.verdict]}. ${report.summary}.`];
  out.push(`Scorecard: ${report.scorecard.map((r) => `OSD ${r.criterion} ${shown(r)}${r.errors ? ` (${plural(r.errors, 'error')})` : r.warnings ? ` (${plural(r.warnings, 'warning')})` : ''}`).join('; ')}.`);
  const n = report.nearest;
  if (n) {
    out.push(`Nearest known licence: ${n.id} (${n.name}${n.osiApproved ? ', OSI-approved' : ', not OSI-approved'}), ${Math.round(n.similarity * 100)} % similar.`);
    for (const a of n.added) out.push(`  Added at line ${a.line}${a.criteria.length ? ` (${osd(a.criteria)})` : ''}: ${quote(a.text, 300)}`);
    for (const c of n.changed) out.push(`  Changed at line ${c.line}: ${quote(c.text, 200)}, was ${quote(c.reference, 200)}`);
    if (n.removed.length) out.push(`  Removed: ${plural(n.removed.length, 'sentence')}, e.g. ${quote(n.removed[0], 160)}`);
    if (!n.added.length && !n.changed.length && !n.removed.length) out.push('  No differences.');
  } else {
    out.push('Nearest known licence: none close enough (or the index of known licences is not available).');
  }
  if (report.ai) {
    out.push(`Open Source AI Definition 1.0${report.ai.suggested ? ' (suggested: the text talks about models, weights or outputs)' : ''}:`);
    for (const r of report.ai.rows) out.push(`  ${r.name}: ${shown(r)} — ${r.note}`);
  }
  out.push(report.findings.length ? `Findings (${counts(report.findings)}):` : 'Findings: none.');
  for (const f of report.findings) out.push(`  ${f.severity} at ${f.line}:${f.column} ${f.ruleId} (${osd(f.criteria)}): ${f.message}`);
  for (const u of analysis.unchecked) {
    const p = position(lineStarts(text), u.start);
    out.push(`  Not checked: the clause at ${p.line}:${p.column}. ${u.message}`);
  }
  if (report.findings.length) out.push(`For each finding's clause, reasons and a rewrite, call ${CHECK_TOOL} on the same licence.`);
  out.push(`Criteria: ${OSD_ATTRIBUTION}`);
  return out.join('\n');
}

/** osd-lint_explain: the criterion's text and what breaks it, with the rules that check it. */
export function explainText(n: Criterion): string {
  const c = criterion(n);
  const rules = RULES.filter((r) => r.criteria.includes(n));
  const out = [`OSD ${c.number}: ${c.title}`, `Text: ${c.text}`, `Source: ${c.url} — ${OSD_ATTRIBUTION}`, '', `What breaks it (${plural(rules.length, 'rule')} OSD Lint checks):`];
  for (const r of rules) {
    out.push(
      `- ${r.id} (${r.severity}${r.criteria.length > 1 ? `; ${osd(r.criteria)}` : ''}): ${r.title}. ${r.explanation}`,
      `  Fix: ${r.suggestion}`,
      `  Flagged: ${quote(r.examples.fail[0], 200)} Fine: ${quote(r.examples.pass[0], 200)}`,
    );
  }
  return out.join('\n');
}

/** The ten criteria, for the MCP resource `osd-lint://osd`. */
export function osdText(): string {
  return [
    'The Open Source Definition: the ten criteria',
    '',
    ...ALL_CRITERIA.flatMap((n) => {
      const c = criterion(n);
      return [`${c.number}. ${c.title}`, c.text, ''];
    }),
    OSD_ATTRIBUTION,
    '',
  ].join('\n');
}
