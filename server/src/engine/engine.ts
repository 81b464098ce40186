import { criterionLabel } from './criteria';
import { findDefinitions, restrictedTerms, termsIn } from './definitions';
import { cleanText } from './language';
import { ClauseMemo } from './memo';
import { Document, type Dependency, ruleContext } from './context';
import { TriggerIndex } from './triggers';
import type { Rule, RuleContext, RuleMatch } from './rule';

import { MODEL_RULES, RULES } from './rules';
import { Segmenter } from './segmenter';
import { gloss, hasHan, originalSpan } from './zh/gloss';
import { clauseLanguage, type Language, type Languages, languagesOf, noteOneLanguageOnly } from './zh/bilingual';
import { applySuppressions, type Suppression } from './suppress';
import type { Clause, Criterion, Definition, Finding, Severity } from './types';
import { NEIGHBOURS_SEPARATOR } from './model/judge';

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
  /**
   * Judge clauses with the clause model (provisions and criteria decisions, see model/) behind
   * every rule. The engine's callers turn it on by default (the `judgement` setting, whose default
   * is `clause-model`); without it, the rules alone run.
   */
  readonly clauseModel?: boolean;
  /**
   * The text is a Markdown document (`.md`, language markdown): its indented code blocks are not
   * licence text. Fenced code and HTML comments are skipped in every text.
   */
  readonly markdown?: boolean;
  /** Suppressions from the workspace configuration; Markdown comments are always honoured. */
  readonly suppressions?: readonly Suppression[];
  /**
   * The last guard against slow analysis: a clause whose rules run longer than this (milliseconds,
   * checked between rules) is abandoned and reported in `Analysis.unchecked`; the rest of the
   * document is still checked. Default `CLAUSE_BUDGET_MS`.
   */
  readonly clauseBudgetMs?: number;
  /** The clock the budget is measured with (milliseconds); tests pass their own. */
  readonly now?: () => number;
  /**
   * `false`: evaluate every clause, even one whose text and setting were already evaluated in this
   * analysis or by this Analyzer before. Benchmarks use it to measure the work the reuse saves.
   */
  readonly reuse?: boolean;
}

/**
 * How long the rules may take on one clause before it is reported as too complex to check. Every
 * pattern is linear, so an ordinary clause takes well under a millisecond; the budget is for what
 * nothing else caught. An abandoned clause is tried once more before it is reported, so that a
 * pause that is not the clause's doing (the first clause pays for compiling the vocabulary; a busy
 * machine; a garbage collection) does not leave it unchecked.
 */
export const CLAUSE_BUDGET_MS = 1000;

/** A clause whose analysis ran past the time budget and was abandoned. */
export interface UncheckedClause {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface Analysis {
  readonly clauses: readonly Clause[];
  readonly definitions: ReadonlyMap<string, Definition>;
  readonly findings: readonly Finding[];
  /** Clauses abandoned because their analysis ran past `clauseBudgetMs` (usually none). */
  readonly unchecked: readonly UncheckedClause[];
  /** The options the text was analysed with (a fix is re-checked with the same). */
  readonly options?: AnalyzeOptions;
  /** For a text with Chinese in it: its language versions (see zh/bilingual.ts). */
  readonly languages?: Languages;
}

/** Segments a licence, resolves its defined terms, and runs every rule on every clause. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new Analyzer().analyze(text, options);
}

interface ClauseResult {
  /** What else the result depends on besides the clause text (compared element by element). */
  readonly leadIns: readonly string[];
  readonly flags: string;
  readonly restrictedBy: string | undefined;
  /** The other sentences of the paragraph, which a reviewer reads with the clause. */
  readonly neighbours: string;
  readonly matches: ReadonlyArray<{ readonly rule: number; readonly match: RuleMatch }>;
  readonly deps: readonly Dependency[];
  /** The rules ran past the time budget and were abandoned: the matches are incomplete. */
  readonly abandoned: boolean;
  /** The clause's language, once a text with Chinese in it asked (see zh/bilingual.ts). */
  language?: Language;
}

const sameStrings = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((s, i) => s === b[i]);

const indexes = new WeakMap<readonly Rule[], TriggerIndex>();

/** The trigger index of a rule set, built once. */
function triggerIndex(rules: readonly Rule[]): TriggerIndex {
  let index = indexes.get(rules);
  if (!index) indexes.set(rules, (index = new TriggerIndex(rules)));
  return index;
}

/**
 * An analyser that remembers the rule results of each clause, so that re-analysing a document
 * after an edit only runs the rules on the clauses the edit touched. A clause result is reused
 * when the clause text, its lead-ins and the document facts its rules consulted are unchanged.
 */
export class Analyzer {
  /** Results by clause text; a text can stand in several contexts (lead-ins, flags). */
  private cache = new Map<string, ClauseResult[]>();
  /** The rule set the cached results were computed with. */
  private cachedRules: readonly Rule[] | undefined;
  /** Document-wide facts per clause text, kept from one version of the text to the next. */
  private readonly memo = new ClauseMemo();
  /** Re-reads only the blocks an edit touched (see segmenter.ts). */
  private readonly segmenter = new Segmenter();
  /** Clauses whose rules ran (not served from the cache) in the last analysis: for tests and benchmarks. */
  lastEvaluated = 0;

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const clauses = this.segmenter.segment(text, { markdown: options.markdown });
    const definitions = findDefinitions(clauses);
    this.memo.begin(clauses, definitions);
    const doc = new Document(clauses, definitions, this.memo);
    const withheld = restrictedTerms(clauses, definitions, this.memo);
    const rules = options.ruleSet ?? (options.clauseModel ? MODEL_RULES : RULES);
    if (rules !== this.cachedRules) {
      this.cache.clear();
      this.cachedRules = rules;
    }
    const index = triggerIndex(rules);
    const next = new Map<string, ClauseResult[]>();
    const findings: Finding[] = [];
    const unchecked: UncheckedClause[] = [];
    const budget = { ms: options.clauseBudgetMs ?? CLAUSE_BUDGET_MS, now: options.now ?? Date.now };
    this.lastEvaluated = 0;
    // A text with Chinese in it: each clause's language, kept with its result so an edit counts only the clauses it changed.
    const bilingual = hasHan(text);
    const languages: Language[] = [];
    // Only the clause model reads a clause's neighbours; the rules alone need not pay for them.
    const paragraphs = options.clauseModel ? neighbourhoods(clauses) : new Map<Clause, string>();
    for (const clause of clauses) {
      if (options.isCancelled?.()) break;
      const restrictedBy = withheldBy(clause, definitions, withheld);
      const flags = `${clause.isItem ? 1 : 0}${clause.isHeading ? 1 : 0}`;
      const neighbours = paragraphs.get(clause) ?? '';
      const fits = (r: ClauseResult): boolean => r.flags === flags && r.restrictedBy === restrictedBy && r.neighbours === neighbours && sameStrings(r.leadIns, clause.leadIns);
      let result = options.reuse === false ? undefined : (next.get(clause.text)?.find(fits) ?? this.cache.get(clause.text)?.find((r) => fits(r) && doc.satisfies(r.deps)));
      if (!result) {
        const setting: Setting = { rules, index, doc, restrictedBy, neighbours, budget };
        let evaluated = evaluate(clause, setting);
        if (evaluated.abandoned) evaluated = evaluate(clause, setting);
        result = { leadIns: clause.leadIns, flags, restrictedBy, neighbours, ...evaluated };
        this.lastEvaluated++;
      }
      if (bilingual) languages.push((result.language ??= clauseLanguage(clause.text)));
      if (result.abandoned) unchecked.push({ start: clause.start, end: clause.end, message: `This clause was too complex to check within ${budget.ms} ms; the rest of the document was checked. Splitting it into shorter sentences lets OSD Lint read it.` });
      const list = next.get(clause.text);
      if (!list) next.set(clause.text, [result]);
      else if (!list.includes(result)) list.push(result);
      for (const { rule: i, match } of result.matches) {
        const rule = rules[i];
        const severity = severityFor(rule, options);
        if (severity === 'off') continue;
        const finding = toFinding(rule, match, clause, severity, definitions);
        if (finding) findings.push(finding);
      }
    }
    this.cache = next;
    // A licence in Chinese and English: say where a restriction is in one version only.
    // (A cancelled analysis read only some clauses: their languages are counted from the text.)
    const versions = bilingual ? languagesOf(text, clauses, findings, (c, i) => languages[i] ?? clauseLanguage(c.text)) : undefined;
    const noted = versions ? noteOneLanguageOnly(text, findings, versions) : findings;
    return { clauses, definitions, findings: applySuppressions(text, noted, options.suppressions), unchecked, options: { ...options, isCancelled: undefined }, ...(versions ? { languages: versions } : {}) };
  }
}

/** What a clause is evaluated with, besides itself. */
interface Setting {
  readonly rules: readonly Rule[];
  readonly index: TriggerIndex;
  readonly doc: Document;
  readonly restrictedBy: string | undefined;
  /** The other sentences of the paragraph, as `neighbourhoods` gives them. */
  readonly neighbours: string;
  readonly budget: { ms: number; now: () => number };
}

/**
 * Runs the rules on a clause. A clause written in Chinese (wholly or in part) is read in English
 * first (see zh/gloss.ts) with its lead-ins and neighbours, so that the same rules and the same
 * clause model judge both languages; the matches are mapped back onto the Chinese words.
 */
function evaluate(clause: Clause, setting: Setting): Pick<ClauseResult, 'matches' | 'deps' | 'abandoned'> {
  if (!hasHan(clause.text) && !hasHan(setting.neighbours) && !clause.leadIns.some(hasHan)) return evaluateAs(clause, setting);
  const reading = gloss(clause.text);
  const english = (s: string): string => (hasHan(s) ? gloss(s).text : s);
  const glossed: Clause = { ...clause, text: reading.text, leadIns: clause.leadIns.map(english) };
  const result = evaluateAs(glossed, { ...setting, neighbours: english(setting.neighbours) });
  const matches = result.matches.map(({ rule, match }) => {
    const span = originalSpan(reading, match.index, match.index + match.length);
    return { rule, match: { ...match, index: span.start, length: span.end - span.start } };
  });
  return { ...result, matches };
}

/** Runs the rules a clause can trigger, recording the document facts they consult. */
function evaluateAs(clause: Clause, { rules, index, doc, restrictedBy, neighbours, budget }: Setting): Pick<ClauseResult, 'matches' | 'deps' | 'abandoned'> {
  const started = budget.now();
  const candidates = index.rulesFor(restrictedBy ? `${clause.text} ${restrictedBy}` : clause.text);
  const listItem = clause.isItem && clause.leadIns.length > 0;
  const deps: Dependency[] = [];
  const matches: Array<{ rule: number; match: RuleMatch }> = [];
  let ctx: RuleContext | undefined;
  for (const i of candidates) {
    if (budget.now() - started > budget.ms) return { matches, deps, abandoned: true };
    const rule = rules[i];
    if (rule.appliesTo === 'list-items' && !listItem) continue;
    ctx ??= ruleContext(clause, doc.recording(deps), restrictedBy, neighbours);
    const match = safeCheck(rule, ctx);
    if (match) matches.push({ rule: i, match });
  }
  // A last-resort rule stands only where no other rule reports the clause.
  const others = matches.some(({ rule, match }) => !rules[rule].lastResort && (match.severity ?? rules[rule].severity) !== 'information');
  return { matches: others ? matches.filter(({ rule }) => !rules[rule].lastResort) : matches, deps, abandoned: false };
}

/** Separates the sentences before a clause from those after it in `RuleContext.neighbours`. */
export { NEIGHBOURS_SEPARATOR };

/**
 * For each clause, the sentences next to it in its paragraph (block): the one before and the one
 * after, cleaned, separated by `NEIGHBOURS_SEPARATOR` ('' for a sentence alone). Bounded, so a paragraph of
 * thousands of sentences costs no more per clause than a short one.
 */
function neighbourhoods(clauses: readonly Clause[]): Map<Clause, string> {
  const out = new Map<Clause, string>();
  const cleaned: Array<string | undefined> = [];
  const text = (j: number): string => (cleaned[j] ??= cleanText(clauses[j].text));
  for (let i = 0; i < clauses.length; i++) {
    const block = clauses[i].block;
    const alone = (i === 0 || clauses[i - 1].block !== block) && (i === clauses.length - 1 || clauses[i + 1].block !== block);
    if (alone) continue;
    const before: string[] = [];
    const after: string[] = [];
    for (let j = Math.max(0, i - 1); j <= Math.min(clauses.length - 1, i + 1); j++) {
      if (j !== i && clauses[j].block === block) (j < i ? before : after).push(text(j));
    }
    out.set(clauses[i], `${before.join(' / ')}${NEIGHBOURS_SEPARATOR}${after.join(' / ')}`);
  }
  return out;
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

let ruleErrorHandler: ((ruleId: string, error: unknown) => void) | undefined;

/**
 * Where a rule's exception goes: the analysis goes on without that rule's finding, so a bug would
 * otherwise only show as a finding missing. The test suite makes it fail loudly (test/hooks.ts).
 */
export function onRuleError(handler: ((ruleId: string, error: unknown) => void) | undefined): void {
  ruleErrorHandler = handler;
}

/** Runs a rule; a rule that throws is a bug, and must not take the analysis down with it. */
function safeCheck(rule: Rule, ctx: RuleContext): RuleMatch | undefined {
  try {
    return rule.check(ctx);
  } catch (e) {
    ruleErrorHandler?.(rule.id, e);
    return undefined;
  }
}

function toFinding(rule: Rule, match: RuleMatch, clause: Clause, configured: SeveritySetting, defs: ReadonlyMap<string, Definition>): Finding | undefined {
  const overridden = match.severity && configured === rule.severity ? match.severity : configured;
  if (overridden === 'off') return undefined;
  const index = Math.max(0, Math.min(match.index, clause.text.length - 1));
  const end = Math.max(index + 1, Math.min(clause.text.length, match.index + match.length));
  const criteria = match.criteria ?? rule.criteria;
  const detail = match.detail ? `: ${match.detail}` : '';
  // A finding on a Chinese clause names its criteria in both languages.
  const zh = hasHan(clause.text);
  const breaks = criteria.map((c) => criterionLabel(c, zh)).join(' and ');
  const verb = overridden === 'error' ? 'Breaks' : overridden === 'warning' ? 'May break' : 'Review against';
  const terms = (defs.size > 0 ? termsIn(cleanText(clause.text), defs) : [])
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
