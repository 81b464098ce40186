/**
 * Quick fixes that a lawyer can accept: each edits the fewest words that carry the restriction,
 * in the draft's own terms, and is re-checked before it is offered. A fix that would remove a
 * grant of rights, leave its finding, or add another finding is not offered.
 */
import { hasHan } from './zh/han';
import { Analyzer, type Analysis, type AnalyzeOptions } from './engine';
import { draftStyle, type DraftStyle } from './draftStyle';
import { countGrants, grantsRights } from './grants';
import { quote } from './quote';
import { removal } from './removal';
import { strikeQualifiers } from './rewrite';
import { ruleById } from './rules';
import type { Finding, Severity } from './types';

/** A text replacement in document offsets. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** `rewrite` keeps the clause with the restricting words changed; `removal` takes the clause away. */
  readonly kind: 'rewrite' | 'removal';
  /** The reviewer's choice: a rewrite, or a removal when no rewrite passed the re-check. */
  readonly preferred: boolean;
  /** For a rewrite: the clause as rewritten. */
  readonly rewritten?: string;
}

/** Why a finding got no fix (for "fix all" to report). */
export type NoFixReason = 'removes-grant' | 'leaves-finding' | 'adds-finding';

/** What the fixes of one analysed text share: the style, the grants, a re-checking analyser. */
interface FixContext {
  readonly text: string;
  readonly analysis: Analysis;
  readonly options: AnalyzeOptions;
  readonly grants: number;
  readonly counts: ReadonlyMap<string, number>;
  style?: DraftStyle;
  analyzer?: Analyzer;
}

const contexts = new WeakMap<Analysis, FixContext>();

function contextFor(text: string, analysis: Analysis, analyzer?: Analyzer): FixContext {
  // (An analyser passed in has seen `text` already: fix all re-uses one across its rounds.)
  let ctx = contexts.get(analysis);
  if (!ctx || ctx.text !== text) {
    ctx = { text, analysis, options: analysis.options ?? {}, grants: countGrants(text), counts: findingCounts(analysis.findings), analyzer };
    contexts.set(analysis, ctx);
  }
  return ctx;
}

const key = (f: Pick<Finding, 'ruleId' | 'severity'>): string => `${f.ruleId}|${f.severity}`;

export function findingCounts(findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) out.set(key(f), (out.get(key(f)) ?? 0) + 1);
  return out;
}

const RANK: Record<Severity, number> = { information: 0, warning: 1, error: 2 };

/** Re-checks the text a fix produces; undefined when the fix may be offered. */
function recheck(ctx: FixContext, finding: Finding, edits: readonly TextEdit[]): NoFixReason | undefined {
  const fixed = applyEdits(ctx.text, edits);
  if (countGrants(fixed) < ctx.grants) return 'removes-grant';
  ctx.analyzer ??= primed(ctx);
  const after = findingCounts(ctx.analyzer.analyze(fixed, ctx.options).findings);
  for (const [k, n] of after) if (n > (ctx.counts.get(k) ?? 0)) return 'adds-finding';
  const serious = (counts: ReadonlyMap<string, number>): number => {
    let n = 0;
    for (const [k, c] of counts) {
      const [rule, severity] = k.split('|');
      if (rule === finding.ruleId && RANK[severity as Severity] >= RANK[finding.severity]) n += c;
    }
    return n;
  };
  return serious(after) < serious(ctx.counts) ? undefined : 'leaves-finding';
}

/** An analyser that has seen the original text, so that a re-check only re-runs the edited clauses. */
function primed(ctx: FixContext): Analyzer {
  const a = new Analyzer();
  a.analyze(ctx.text, ctx.options);
  return a;
}

interface Candidate {
  readonly title: string;
  readonly text: string;
}

/** The rewrites to try for a finding, best first; and a replacement of the whole clause, the last resort. */
function candidates(ctx: FixContext, finding: Finding, clause: string): { rewrites: Candidate[]; replacement?: Candidate } {
  const rule = ruleById(finding.ruleId);
  ctx.style ??= draftStyle(ctx.text, ctx.analysis.definitions);
  const out: Candidate[] = [];
  const own = rule?.fix?.rewrite?.(clause, ctx.style);
  for (const text of typeof own === 'string' ? [own] : own ?? []) out.push({ title: rule!.fix!.title, text });
  const grants = grantsRights(clause);
  if (grants) {
    for (const text of strikeQualifiers(clause)) out.push({ title: `Remove the words “${quote(struck(clause, text), 50)}”`, text });
  }
  const rewrites = out.filter((c, i) => c.text !== clause && c.text.trim().length > 0 && out.findIndex((d) => d.text === c.text) === i);
  // A clause that grants rights is never replaced: its grant would go with it.
  const replacement = grants ? undefined : rule?.fix?.replace?.(ctx.style);
  return { rewrites, ...(replacement ? { replacement: { title: `${rule!.fix!.title}: “${quote(replacement, 50)}”`, text: replacement } } : {}) };
}

/** The words a rewrite took out of a clause (its changed middle). */
function struck(before: string, after: string): string {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return before.slice(p, before.length - s).replace(/^[\s,;]+|[\s,;]+$/g, '');
}

/** Keeps the list punctuation of a clause ("…;") on its rewrite. */
function withEnding(clause: string, rewritten: string): string {
  const end = /[;,]\s*$/.exec(clause)?.[0].trim();
  if (!end) return rewritten;
  return /[.]$/.test(rewritten) ? rewritten.slice(0, -1) + end : /[;,]$/.test(rewritten) ? rewritten : rewritten + end;
}

/**
 * The fixes for one finding, best first, each re-checked: a rewrite of the words that carry the
 * restriction (the rule's own, or striking the qualifier that narrows a grant, or a replacement
 * in the draft's words), then removal of the clause, which says what it removes. None when every
 * fix would remove a grant, leave the finding or add another.
 */
export function fixesFor(text: string, analysis: Analysis, finding: Finding): Fix[] {
  return fixesWithReason(contextFor(text, analysis), finding).fixes;
}

function fixesWithReason(ctx: FixContext, finding: Finding): { fixes: Fix[]; reason?: NoFixReason } {
  const clause = ctx.text.slice(finding.clauseStart, finding.clauseEnd);
  const fixes: Fix[] = [];
  let reason: NoFixReason | undefined;
  // The rewrites are English: a Chinese clause is offered its removal only.
  const { rewrites, replacement } = hasHan(clause) ? { rewrites: [], replacement: undefined } : candidates(ctx, finding, clause);
  const tryRewrite = (c: Candidate): boolean => {
    const rewritten = withEnding(clause, c.text);
    const edits = [{ start: finding.clauseStart, end: finding.clauseEnd, newText: rewritten }];
    const why = recheck(ctx, finding, edits);
    if (why) reason ??= why;
    else fixes.push({ title: c.title, edits, kind: 'rewrite', preferred: true, rewritten });
    return !why;
  };
  rewrites.some(tryRewrite);
  const removed = removal(ctx.text, ctx.analysis, finding.clauseStart, finding.clauseEnd);
  const why = recheck(ctx, finding, removed.edits);
  if (!why) fixes.push({ title: `Remove ${removed.what} “${quote(clause, 60)}”`, edits: removed.edits, kind: 'removal', preferred: fixes.length === 0 });
  else {
    reason ??= why;
    if (fixes.length === 0 && replacement) tryRewrite(replacement);
  }
  return { fixes, reason: fixes.length ? undefined : reason };
}

/** The preferred fix for one finding, if any passed the re-check. */
export function fixFor(text: string, analysis: Analysis, finding: Finding): Fix | undefined {
  return fixesFor(text, analysis, finding)[0];
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) continue; // overlapping edits: keep the later one only
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

export { contextFor as fixContext, fixesWithReason, quote, type FixContext };
