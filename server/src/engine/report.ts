import { aiRows, type AiRow, looksLikeAiLicence } from './aiProfile';
import { ALL_CRITERIA, criterion, explanationFor } from './criteria';
import type { Analysis } from './engine';
import type { Identification } from './identify';
import { lineStarts, position } from './positions';
import { ruleById } from './rules';
import type { Criterion, Severity } from './types';
import type { Languages } from './zh/bilingual';

export type Verdict = 'meets' | 'fails' | 'review';
export type Profile = 'osd' | 'ai-model';

export interface ReportFinding {
  readonly ruleId: string;
  readonly criteria: readonly number[];
  readonly severity: Severity;
  readonly message: string;
  readonly clause: string;
  readonly explanation: string;
  readonly suggestion: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Where the finding is, when it is in a document the licence incorporates (a use policy). */
  readonly source?: string;
}

export interface ScoreRow {
  readonly criterion: number;
  readonly title: string;
  readonly url: string;
  readonly status: 'pass' | 'fail' | 'review';
  /**
   * What the status rests on: `findings` (errors or warnings), `none` (nothing was found — not a
   * positive pass), or `known-licence` (the text is an OSI-approved licence, unchanged).
   */
  readonly evidence: 'findings' | 'none' | 'known-licence';
  readonly errors: number;
  readonly warnings: number;
}

export interface AuditReport {
  readonly file: string;
  readonly verdict: Verdict;
  /** One line: "Fails OSD 5, OSD 6", "Apache-2.0 + 1 added clause (OSD 1, OSD 6)". */
  readonly summary: string;
  readonly scorecard: readonly ScoreRow[];
  readonly findings: readonly ReportFinding[];
  readonly nearest?: {
    readonly id: string;
    readonly name: string;
    readonly osiApproved: boolean;
    readonly similarity: number;
    readonly added: ReadonlyArray<{ readonly line: number; readonly text: string; readonly criteria: readonly number[] }>;
    readonly changed: ReadonlyArray<{ readonly line: number; readonly text: string; readonly reference: string }>;
    readonly removed: readonly string[];
  };
  readonly ai?: { readonly suggested: boolean; readonly rows: readonly AiRow[] };
  /** A licence written in Chinese and English: which version prevails, and what one version alone restricts. */
  readonly languages?: Languages;
}

export interface ReportInput {
  readonly file: string;
  readonly text: string;
  readonly analysis: Analysis;
  readonly nearest?: Identification;
  readonly profile?: Profile;
  /** Documents the licence incorporates (use policies), analysed with it. */
  readonly incorporated?: ReadonlyArray<{ readonly file: string; readonly text: string; readonly analysis: Analysis }>;
}

function findingsOf(file: string | undefined, text: string, analysis: Analysis): ReportFinding[] {
  const starts = lineStarts(text);
  return analysis.findings.map((f) => {
    const s = position(starts, f.start);
    const e = position(starts, f.end);
    const rule = ruleById(f.ruleId);
    return {
      ruleId: f.ruleId,
      criteria: [...f.criteria],
      severity: f.severity,
      message: f.message,
      clause: text.slice(f.clauseStart, f.clauseEnd).replace(/\s+/g, ' ').trim(),
      explanation: rule ? explanationFor(rule.explanation, f.criteria) : '',
      suggestion: rule?.suggestion ?? '',
      start: f.start,
      end: f.end,
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
      ...(file ? { source: file } : {}),
    };
  });
}

/** The audit of one licence: verdict, scorecard, findings, nearest known licence, AI rows. */
export function buildReport(input: ReportInput): AuditReport {
  const findings = [
    ...findingsOf(undefined, input.text, input.analysis),
    ...(input.incorporated ?? []).flatMap((d) => findingsOf(d.file, d.text, d.analysis)),
  ];
  // A positive pass needs more than silence: the text of an OSI-approved licence, nothing added, changed or removed.
  const known = input.nearest;
  const approved = known !== undefined && known.osiApproved && known.similarity >= 0.98 && known.added.length + known.changed.length + known.removed.length === 0;
  const scorecard: ScoreRow[] = ALL_CRITERIA.map((c: Criterion) => {
    const errors = findings.filter((f) => f.severity === 'error' && f.criteria.includes(c)).length;
    const warnings = findings.filter((f) => f.severity === 'warning' && f.criteria.includes(c)).length;
    const info = criterion(c);
    const status = errors > 0 ? 'fail' : warnings > 0 ? 'review' : 'pass';
    return { criterion: c, title: info.title, url: info.url, status, evidence: status !== 'pass' ? 'findings' : approved ? 'known-licence' : 'none', errors, warnings };
  });
  const failing = scorecard.filter((r) => r.status === 'fail').map((r) => `OSD ${r.criterion}`);
  const review = scorecard.filter((r) => r.status === 'review').map((r) => `OSD ${r.criterion}`);
  const verdict: Verdict = failing.length ? 'fails' : review.length ? 'review' : 'meets';
  let nearest: AuditReport['nearest'];
  let summary = verdict === 'fails'
    ? `Fails ${failing.join(', ')}`
    : verdict === 'review'
      ? `Needs human review: ${review.join(', ')}`
      : approved
        ? 'Meets the Open Source Definition: the text of an OSI-approved licence'
        : 'Nothing found that breaks the Open Source Definition (no finding is not a positive review)';
  if (input.nearest) {
    const starts = lineStarts(input.text);
    const within = (a: { start: number; end: number }) => (f: ReportFinding): boolean => !f.source && f.start >= a.start && f.end <= a.end;
    const added = input.nearest.added.map((a) => ({
      line: position(starts, a.start).line,
      text: a.text.replace(/\s+/g, ' ').trim(),
      criteria: [...new Set(findings.filter((f) => f.severity !== 'information').filter(within(a)).flatMap((f) => f.criteria))].sort((x, y) => x - y),
    }));
    nearest = {
      id: input.nearest.id,
      name: input.nearest.name,
      osiApproved: input.nearest.osiApproved,
      similarity: input.nearest.similarity,
      added,
      changed: input.nearest.changed.map((c) => ({ line: position(starts, c.start).line, text: c.text.replace(/\s+/g, ' ').trim(), reference: c.reference ?? '' })),
      removed: [...input.nearest.removed],
    };
    const flagged = [...new Set(added.flatMap((a) => a.criteria))].sort((x, y) => x - y);
    const changes = [
      added.length ? `${added.length} added clause${added.length === 1 ? '' : 's'}${flagged.length ? ` (${flagged.map((c) => `OSD ${c}`).join(', ')})` : ''}` : '',
      nearest.changed.length ? `${nearest.changed.length} changed` : '',
      nearest.removed.length ? `${nearest.removed.length} removed` : '',
    ].filter((s) => s);
    const base = `${input.nearest.id} (${Math.round(input.nearest.similarity * 100)} % similar)`;
    summary = `${base}${changes.length ? ' + ' + changes.join(', ') : ', unchanged'} — ${summary.charAt(0).toLowerCase()}${summary.slice(1)}`;
  }
  const suggested = looksLikeAiLicence(input.text);
  const ai = input.profile === 'ai-model' || suggested ? { suggested: input.profile !== 'ai-model', rows: aiRows(input.text, input.analysis) } : undefined;
  const languages = input.analysis.languages;
  const shown = languages && (languages.bilingual || languages.prevails) ? languages : undefined;
  return { file: input.file, verdict, summary, scorecard, findings, ...(nearest ? { nearest } : {}), ...(ai ? { ai } : {}), ...(shown ? { languages: shown } : {}) };
}
