import type { DraftStyle } from './draftStyle';
import type { TextPattern } from './near';
import type { Clause, Criterion, Definition, Severity } from './types';

/** What a rule sees of one clause. Texts are cleaned (see `cleanText`) and keep their offsets. */
export interface RuleContext {
  readonly clause: Clause;
  /** The clause text, cleaned, same length as `clause.text`. */
  readonly text: string;
  /** Cleaned lead-in sentences of the enclosing lists, nearest first, joined with " / ". */
  readonly leadIn: string;
  /** The clause text, its lead-ins and `restrictedBy`: what a restriction may be stated in. */
  readonly scope: string;
  /** For the definition of a term the licence withholds ("Sell" means …), the withholding sentence. */
  readonly restrictedBy?: string;
  /** The sentences around the clause in its paragraph, before and after (see NEIGHBOURS_SEPARATOR in engine.ts), '' when it stands alone. */
  readonly neighbours: string;
  /** Whether the clause defines a quoted term (`"Licensee" means …`). */
  readonly isDefinition: boolean;
  readonly doc: DocumentContext;
  /** Modality of the clause, computed once and shared by every rule. */
  readonly facts: ClauseFacts;
}

/** What the shared vocabulary says about a clause (see language.ts); each fact is computed on first use. */
export interface ClauseFacts {
  /** The clause prohibits something ("may not", "agree not to", "is not licensed for"). */
  readonly prohibits: boolean;
  /** The clause narrows a grant ("only", "solely", "a permitted purpose"). */
  readonly exclusive: boolean;
  /** The clause takes the grant away ("must request a license", "not being granted"). */
  readonly voids: boolean;
  /** The clause is a non-binding request or negates a restriction. */
  readonly nonBinding: boolean;
  /** The clause only disclaims warranty or liability. */
  readonly disclaimer: boolean;
  /** The lead-in of the enclosing list prohibits something. */
  readonly leadInProhibits: boolean;
}

/** Facts about the whole document, computed once per analysis. */
export interface DocumentContext {
  readonly definitions: ReadonlyMap<string, Definition>;
  /** Definitions used in this clause, resolved (e.g. "Service Source Code" → its meaning). */
  termDefinitions(text: string): string;
  /** True when any sentence of the document matches (cached per pattern). */
  mentions(re: TextPattern): boolean;
}

/** Where a rule found its violation, relative to the clause text. */
export interface RuleMatch {
  readonly index: number;
  readonly length: number;
  /** What the message should name ("military use", "700 million monthly active users"). */
  readonly detail?: string;
  /** Overrides the rule's default severity for this match. */
  readonly severity?: Severity;
  /** The criteria this match breaks, when it is a subset or superset of the rule's. */
  readonly criteria?: readonly Criterion[];
}

/**
 * How a quick fix turns the clause into a compliant one. Every rewrite is written in the draft's
 * own words (`DraftStyle`) and is re-checked before it is offered (see fixes.ts): a rewrite that
 * removes a grant of rights, leaves the finding or adds another is dropped.
 */
export interface FixSpec {
  /** Title of the code action, e.g. "Allow selling copies"; for a rule without rewrite, the title of the removal. */
  readonly title: string;
  /**
   * Rewrites the clause changing the fewest words that carry the restriction: one rewrite, or
   * candidates best first; undefined when none applies (removal is offered instead).
   */
  readonly rewrite?: (clause: string, style: DraftStyle) => string | readonly string[] | undefined;
  /**
   * A replacement for the whole clause, in the draft's words, tried after the rewrite and after
   * striking the qualifier that narrows a grant ("Each recipient … automatically receives …").
   */
  readonly replace?: (style: DraftStyle) => string;
}

/** A rule is data: metadata, examples that double as its tests, and a matcher. */
export interface Rule {
  /** Stable id, used as diagnostic code and in settings: kebab-case. */
  readonly id: string;
  /** Short description used in messages. */
  readonly title: string;
  readonly criteria: readonly Criterion[];
  readonly severity: Severity;
  /** Why this wording breaks the criterion, in one or two plain sentences. */
  readonly explanation: string;
  /** How to make the clause compliant, in one sentence. */
  readonly suggestion: string;
  readonly fix?: FixSpec;
  /** Sentences the rule must flag, and sentences it must leave alone. Run by the test suite. */
  readonly examples: { readonly fail: readonly string[]; readonly pass: readonly string[] };
  /**
   * Words without which the rule cannot match (lower case letters and digits; "royalt*" is a
   * prefix), looked up among the words of the clause before `check` runs, so that most clauses
   * never reach the rule's costlier patterns. A rule without trigger words sees every clause.
   */
  readonly trigger?: readonly string[];
  /** A second list of words of which the clause must also contain one (with `trigger`). */
  readonly alsoNeeds?: readonly string[];
  /** `list-items`: the rule only judges items under a list lead-in. */
  readonly appliesTo?: 'list-items';
  /** The rule reports a clause only when no other rule reports it (above information): a last resort. */
  readonly lastResort?: boolean;
  check(ctx: RuleContext): RuleMatch | undefined;
}

/** A match covering the whole clause text (trimmed of list punctuation). */
export function wholeClause(ctx: RuleContext, detail?: string, extra?: Partial<RuleMatch>): RuleMatch {
  const m = /(?<![\s;,.])[\s;,.]*$/.exec(ctx.text);
  const length = m ? m.index : ctx.text.length;
  return { index: 0, length: Math.max(1, length), detail, ...extra };
}

/** A match on the words found by a regular expression in the clause, else on the whole clause. */
export function matchAt(ctx: RuleContext, re: TextPattern, detail?: string, extra?: Partial<RuleMatch>): RuleMatch {
  re.lastIndex = 0;
  const m = re.exec(ctx.text);
  if (!m || m[0].length === 0) return wholeClause(ctx, detail, extra);
  return { index: m.index, length: m[0].length, detail, ...extra };
}
