/**
 * "Fix all": applies the preferred fix of every finding that has one, round after round on the
 * updated text (fixes whose clauses another fix moved wait for the next round); reports what it
 * fixed and what it skipped, and why. The result is one edit, so that no editor refuses it as
 * overlapping.
 */
import { Analyzer, type Analysis } from './engine';
import { applyEdits, findingCounts, type Fix, fixContext, fixesWithReason, type NoFixReason, quote, type TextEdit } from './fixes';
import { removal } from './removal';
import { segment } from './segment';
import { countGrants } from './grants';
import { lineStarts, position } from './positions';
import type { Finding } from './types';

export interface SkippedFinding {
  readonly ruleId: string;
  /** 1-based line of the clause in the original text. */
  readonly line: number;
  readonly clause: string;
  readonly reason: string;
}

export interface FixAllResult {
  /** One edit from the original text to the fixed text (none when nothing could be fixed). */
  readonly edits: TextEdit[];
  readonly text: string;
  /** How many findings (errors and warnings) the fixes resolved. */
  readonly fixed: number;
  readonly skipped: readonly SkippedFinding[];
}

/** How long fix all may work by default (milliseconds); what it did not reach is reported. */
export const FIX_ALL_BUDGET_MS = 2000;

export interface FixAllOptions {
  readonly maxRounds?: number;
  /** Milliseconds fix all may take; findings it did not reach are reported as not tried. */
  readonly budgetMs?: number;
  readonly now?: () => number;
}

const REASONS: Record<NoFixReason | 'time', string> = {
  time: 'not tried: fix all ran out of time (run it again)',
  'removes-grant': 'every automatic fix would remove a grant of rights',
  'leaves-finding': 'no automatic fix resolves it',
  'adds-finding': 'every automatic fix would add another problem',
};

/** Findings fix all works on: errors and warnings. */
const fixable = (analysis: Analysis): Finding[] => analysis.findings.filter((f) => f.severity !== 'information');

/** Whether `after` has a finding (rule and severity) more than `before`. */
function addsFinding(before: Analysis, after: Analysis): boolean {
  const was = findingCounts(before.findings);
  for (const [k, n] of findingCounts(after.findings)) if (n > (was.get(k) ?? 0)) return true;
  return false;
}

const serious = (a: Analysis): number => a.findings.filter((f) => f.severity !== 'information').length;

interface Chosen {
  readonly finding: Finding;
  readonly fix: Fix;
  readonly clause: string;
}

/**
 * Applies a round's fixes from the bottom of the text up, so that each applies to text that the
 * ones before it did not move: a rewrite where its clause is still as it was, a removal computed
 * anew (the items below it are already gone or renumbered). What no longer fits waits a round.
 */
function applyRound(text: string, chosen: readonly Chosen[], markdown: boolean | undefined): string {
  let out = text;
  for (const c of [...chosen].sort((a, b) => b.finding.clauseStart - a.finding.clauseStart)) {
    if (out.slice(c.finding.clauseStart, c.finding.clauseEnd) !== c.clause) continue;
    if (c.fix.kind === 'rewrite') {
      out = applyEdits(out, c.fix.edits);
      continue;
    }
    const clauses = segment(out, { markdown });
    const clause = clauses.find((x) => x.start === c.finding.clauseStart);
    if (clause && clause.end === c.finding.clauseEnd) out = applyEdits(out, removal(out, { clauses }, clause.start, clause.end).edits);
  }
  return out;
}

/** Fixes every finding it can, in rounds, and reports the rest. */
export function fixAllReport(text: string, analysis: Analysis, limits: FixAllOptions = {}): FixAllResult {
  const { maxRounds = 12, budgetMs = FIX_ALL_BUDGET_MS, now = Date.now } = limits;
  const started = now();
  let outOfTime = false;
  const options = analysis.options ?? {};
  const analyzer = new Analyzer();
  analyzer.analyze(text, options);
  const skipped = new Map<string, SkippedFinding>();
  const starts = lineStarts(text);
  let current = text;
  let currentAnalysis = analysis;
  for (let round = 0; round < maxRounds; round++) {
    const ctx = fixContext(current, currentAnalysis, analyzer);
    const chosen: Chosen[] = [];
    const clauses = new Set<number>();
    for (const f of fixable(currentAnalysis)) {
      const clause = current.slice(f.clauseStart, f.clauseEnd);
      const id = `${f.ruleId}|${clause.replace(/\s+/g, ' ')}`;
      // One fix per clause and round; a finding with no fix is not tried again.
      if (skipped.has(id) || clauses.has(f.clauseStart)) continue;
      if (now() - started > budgetMs) {
        outOfTime = true;
        break;
      }
      const { fixes, reason } = fixesWithReason(ctx, f);
      if (fixes.length === 0) {
        const at = text.indexOf(clause);
        skipped.set(id, { ruleId: f.ruleId, line: position(starts, at >= 0 ? at : 0).line, clause: quote(clause, 80), reason: REASONS[reason ?? 'leaves-finding'] });
        continue;
      }
      chosen.push({ finding: f, fix: fixes[0], clause });
      clauses.add(f.clauseStart);
    }
    if (chosen.length === 0) break;
    let next = applyRound(current, chosen, options.markdown);
    let nextAnalysis = analyzer.analyze(next, options);
    // Each fix was re-checked alone; together they must still keep the grants and add nothing.
    if (next === current || (chosen.length > 1 && (countGrants(next) < countGrants(current) || addsFinding(currentAnalysis, nextAnalysis)))) {
      next = applyEdits(current, chosen[0].fix.edits);
      nextAnalysis = analyzer.analyze(next, options);
    }
    if (next === current) break;
    current = next;
    currentAnalysis = nextAnalysis;
    if (outOfTime) break;
  }
  const stillThere = new Set(fixable(currentAnalysis).map((f) => `${f.ruleId}|${current.slice(f.clauseStart, f.clauseEnd).replace(/\s+/g, ' ')}`));
  if (outOfTime) {
    // What fix all did not reach is reported too: it is never silent about a problem it leaves.
    for (const f of fixable(currentAnalysis)) {
      const clause = current.slice(f.clauseStart, f.clauseEnd);
      const id = `${f.ruleId}|${clause.replace(/\s+/g, ' ')}`;
      if (skipped.has(id)) continue;
      const at = text.indexOf(clause);
      skipped.set(id, { ruleId: f.ruleId, line: position(starts, at >= 0 ? at : 0).line, clause: quote(clause, 80), reason: REASONS.time });
    }
  }
  return {
    edits: current === text ? [] : [difference(text, current)],
    text: current,
    fixed: Math.max(0, serious(analysis) - serious(currentAnalysis)),
    skipped: [...skipped.entries()].filter(([id]) => stillThere.has(id)).map(([, s]) => s),
  };
}

/** The edits of fix all (see fixAllReport). */
export function fixAll(text: string, analysis: Analysis, limits?: FixAllOptions): TextEdit[] {
  return fixAllReport(text, analysis, limits).edits;
}

/** One edit that turns `a` into `b`: their differing middle. */
function difference(a: string, b: string): TextEdit {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { start: p, end: a.length - s, newText: b.slice(p, b.length - s) };
}
