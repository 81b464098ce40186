import { criterionLabel } from './criteria';
import { findDefinitions, restrictedTerms, termsIn } from './definitions';
import { cleanText } from './language';
import type { DocumentContext, Rule, RuleContext, RuleMatch } from './rule';
import { RULES } from './rules';
import { segment } from './segment';
import { applySuppressions, type Suppression } from './suppress';
import type { Clause, Criterion, Definition, Finding, Severity } from './types';

/** A severity, or `off` to silence a rule or criterion. */
export type SeveritySetting = Severity | 'off';

export interface AnalyzeOptions {
  /** Per-rule severity overrides, by rule id. */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  /** Per-criterion severity overrides; a rule override wins over a criterion override. */
  readonly criteria?: Readonly<Partial<Record<Criterion, SeveritySetting>>>;
  /** Polled between clauses; analysis stops early (returning what it has) when it returns true. */
  readonly isCancelled?: () => boolean;
  /** The rules to run (defaults to all). */
  readonly ruleSet?: readonly Rule[];
  /** Suppressions from the workspace configuration; Markdown comments are always honoured. */
  readonly suppressions?: readonly Suppression[];
}

export interface Analysis {
  readonly clauses: readonly Clause[];
  readonly definitions: ReadonlyMap<string, Definition>;
  readonly findings: readonly Finding[];
}

/** Segments a licence, resolves its defined terms, and runs every rule on every clause. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const clauses = segment(text);
  const definitions = findDefinitions(clauses);
  const doc = documentContext(clauses, definitions);
  const withheld = restrictedTerms(clauses, definitions);
  const findings: Finding[] = [];
  const rules = options.ruleSet ?? RULES;
  for (const clause of clauses) {
    if (options.isCancelled?.()) break;
    const ctx = ruleContext(clause, doc, withheldBy(clause, definitions, withheld));
    for (const rule of rules) {
      const severity = severityFor(rule, options);
      if (severity === 'off') continue;
      const match = safeCheck(rule, ctx);
      if (!match) continue;
      const finding = toFinding(rule, match, clause, ctx, severity, definitions);
      if (finding) findings.push(finding);
    }
  }
  return { clauses, definitions, findings: applySuppressions(text, findings, options.suppressions) };
}

const DEFINES = /^\s*(?:\([\w.]+\)\s*)?"[^"]{1,60}"\s*(?:\([^)]*\)\s*)?(?:shall\s+)?(?:means?|refers?\s+to|has\s+the\s+meaning|includes?)\b/i;

/** Builds what a rule sees of a clause. */
export function ruleContext(clause: Clause, doc: DocumentContext, restrictedBy?: string): RuleContext {
  const text = cleanText(clause.text);
  const leadIn = cleanText(clause.leadIns.join(' / '));
  const scope = [restrictedBy, leadIn, text].filter((s) => s).join(' / ');
  return { clause, text, leadIn, scope, doc, restrictedBy, isDefinition: DEFINES.test(text) };
}

/** Document-wide facts, computed lazily and cached per pattern. */
export function documentContext(clauses: readonly Clause[], definitions: ReadonlyMap<string, Definition>): DocumentContext {
  const cleaned = clauses.map((c) => cleanText(c.text));
  const cache = new Map<string, boolean>();
  return {
    definitions,
    termDefinitions(text: string): string {
      return termsIn(text, definitions).map((d) => cleanText(d.text)).join(' / ');
    },
    mentions(re: RegExp): boolean {
      const key = re.source + '/' + re.flags;
      let v = cache.get(key);
      if (v === undefined) {
        v = cleaned.some((s) => {
          re.lastIndex = 0;
          return re.test(s);
        });
        cache.set(key, v);
      }
      return v;
    },
  };
}

/** The definition of a withheld term ("Sell" means …) is read together with the withholding sentence. */
function withheldBy(clause: Clause, defs: ReadonlyMap<string, Definition>, withheld: ReadonlyMap<string, string>): string | undefined {
  for (const [term, sentence] of withheld) {
    const d = defs.get(term);
    if (d && d.clauseStart === clause.start) return sentence;
  }
  return undefined;
}

function severityFor(rule: Rule, options: AnalyzeOptions): SeveritySetting {
  const own = options.rules?.[rule.id];
  if (own) return own;
  for (const c of rule.criteria) {
    const s = options.criteria?.[c];
    if (s) return s;
  }
  return rule.severity;
}

/** Runs a rule; a rule that throws is a bug, and must not take the analysis down with it. */
function safeCheck(rule: Rule, ctx: RuleContext): RuleMatch | undefined {
  try {
    return rule.check(ctx);
  } catch {
    return undefined;
  }
}

function toFinding(rule: Rule, match: RuleMatch, clause: Clause, ctx: RuleContext, configured: SeveritySetting, defs: ReadonlyMap<string, Definition>): Finding | undefined {
  const overridden = match.severity && configured === rule.severity ? match.severity : configured;
  if (overridden === 'off') return undefined;
  const index = Math.max(0, Math.min(match.index, clause.text.length - 1));
  const end = Math.max(index + 1, Math.min(clause.text.length, match.index + match.length));
  const criteria = match.criteria ?? rule.criteria;
  const detail = match.detail ? `: ${match.detail}` : '';
  const breaks = criteria.map(criterionLabel).join(' and ');
  const verb = overridden === 'error' ? 'Breaks' : overridden === 'warning' ? 'May break' : 'Review against';
  const terms = termsIn(ctx.text, defs)
    .filter((d) => d.clauseStart !== clause.start)
    .map((d) => ({ term: d.term, definition: d.text }));
  return {
    ruleId: rule.id,
    criteria,
    severity: overridden,
    message: `${rule.title}${detail}. ${verb} ${breaks}.`,
    start: clause.start + index,
    end: clause.start + end,
    clauseStart: clause.start,
    clauseEnd: clause.end,
    matched: clause.text.slice(index, end),
    ...(terms.length > 0 ? { terms } : {}),
  };
}
