/** Core data types of the OSD Lint engine. Pure TypeScript: no `vscode`, no Node-only APIs. */

/** A criterion of the Open Source Definition, 1 to 10. */
export type Criterion = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** `error`: a clear violation; `warning`: a human should decide; `information`: a note. */
export type Severity = 'error' | 'warning' | 'information';

/** What a list-item marker looks like; used to nest items. */
export type MarkerStyle = 'number' | 'dotted' | 'alpha' | 'Alpha' | 'roman' | 'paren' | 'bullet' | 'none';

/** A sentence-sized unit of a licence with exact offsets into the document. */
export interface Clause {
  /** Offset of the first character (inclusive), UTF-16 code units. */
  readonly start: number;
  /** Offset after the last character (exclusive). */
  readonly end: number;
  /** The document text of [start, end). */
  readonly text: string;
  /** Index of the block (paragraph, list item or heading) this clause belongs to. */
  readonly block: number;
  /** Whether the block is a list item or numbered section (not plain prose). */
  readonly isItem: boolean;
  /** Whether the clause is a heading. */
  readonly isHeading: boolean;
  /** Lead-in sentences that introduce this item ("You agree not to use the Model to:"), nearest first. */
  readonly leadIns: readonly string[];
  /** Text of the nearest heading above the clause, if any. */
  readonly heading?: string;
  /** Nesting depth of the block: 0 for headings and paragraphs, 1 for a top-level item, … */
  readonly depth: number;
  /** Offsets of the block (from its list marker, if any, to its end). */
  readonly blockStart: number;
  readonly blockEnd: number;
  /** The list marker or heading hashes ("1.", "(a)", "##"), if any. */
  readonly marker?: string;
}

/** A finding of one rule on one clause. */
export interface Finding {
  readonly ruleId: string;
  readonly criteria: readonly Criterion[];
  readonly severity: Severity;
  /** One-line message, plain text (clients render no markup in diagnostics). */
  readonly message: string;
  /** Offsets of the offending words or sentence. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the clause the finding lies in (a fix replaces or removes this range). */
  readonly clauseStart: number;
  readonly clauseEnd: number;
  /** The words that triggered the rule, as they appear in the document. */
  readonly matched: string;
  /** Defined terms the clause relies on, with their definitions ("Acceptable Use Policy" → "…"). */
  readonly terms?: readonly DefinedTermRef[];
}

export interface DefinedTermRef {
  readonly term: string;
  readonly definition: string;
}

/** A quoted defined term and where it is defined. */
export interface Definition {
  readonly term: string;
  /** Offsets of the term inside its quotes. */
  readonly start: number;
  readonly end: number;
  /** The defining sentence. */
  readonly clauseStart: number;
  readonly clauseEnd: number;
  readonly text: string;
}
