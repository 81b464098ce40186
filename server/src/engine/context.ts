import { termsIn } from './definitions';
import { cleanText, EXCLUSIVE, has, isDisclaimer, NON_BINDING, PROHIBITION, VOIDING } from './language';
import type { TextPattern } from './near';
import type { ClauseFacts, DocumentContext, RuleContext } from './rule';
import { ClauseMemo } from './memo';
import type { Clause, Definition } from './types';

const DEFINES = /^\s*(?:\([\w.]+\)\s*)?"[^"]{1,60}"\s*(?:\([^)]*\)\s*)?(?:shall\s+)?(?:means?|refers?\s+to|has\s+the\s+meaning|includes?)\b/i;

/** Builds what a rule sees of a clause. */
const cleanedLeadIns = new WeakMap<readonly string[], string>();

export function ruleContext(clause: Clause, doc: DocumentContext, restrictedBy?: string, neighbours = ''): RuleContext {
  const text = cleanText(clause.text);
  let leadIn = cleanedLeadIns.get(clause.leadIns);
  if (leadIn === undefined) {
    leadIn = clause.leadIns.length > 0 ? cleanText(clause.leadIns.join(' / ')) : '';
    cleanedLeadIns.set(clause.leadIns, leadIn);
  }
  const scope = restrictedBy || leadIn ? [restrictedBy, leadIn, text].filter((s) => s).join(' / ') : text;
  return { clause, text, leadIn, scope, doc, restrictedBy, neighbours, isDefinition: text.includes('"') && DEFINES.test(text), facts: new LazyFacts(text, leadIn) };
}

/** Clause facts computed on first use: most clauses need only a few of them. */
class LazyFacts implements ClauseFacts {
  private readonly cache: Partial<Record<keyof ClauseFacts, boolean>> = {};
  constructor(private readonly text: string, private readonly leadIn: string) {}
  private get(key: keyof ClauseFacts, compute: () => boolean): boolean {
    let v = this.cache[key];
    if (v === undefined) this.cache[key] = v = compute();
    return v;
  }
  get prohibits(): boolean { return this.get('prohibits', () => has(PROHIBITION, this.text)); }
  get exclusive(): boolean { return this.get('exclusive', () => has(EXCLUSIVE, this.text)); }
  get voids(): boolean { return this.get('voids', () => has(VOIDING, this.text)); }
  get nonBinding(): boolean { return this.get('nonBinding', () => has(NON_BINDING, this.text)); }
  get disclaimer(): boolean { return this.get('disclaimer', () => isDisclaimer(this.text)); }
  get leadInProhibits(): boolean { return this.get('leadInProhibits', () => this.leadIn.length > 0 && has(PROHIBITION, this.leadIn)); }
}

/** A document fact a rule consulted, recorded so that a cached clause result can be re-validated. */
export type Dependency = readonly ['mentions', TextPattern, boolean] | readonly ['terms', string, string];

/**
 * Document-wide facts, computed lazily and cached per pattern and clause text (in a `ClauseMemo`
 * that an `Analyzer` keeps from one version of the text to the next).
 */
export class Document implements DocumentContext {
  constructor(private readonly clauses: readonly Clause[], readonly definitions: ReadonlyMap<string, Definition>, private readonly memo = newMemo(clauses, definitions)) {}

  termDefinitions(text: string): string {
    if (this.definitions.size === 0) return '';
    return this.memo.withDefinitions('terms', text, () => termsIn(text, this.definitions).map((d) => cleanText(d.text)).join(' / '));
  }

  mentions(re: TextPattern): boolean {
    return this.memo.occurs(re, this.clauses);
  }

  /** Whether recorded dependencies still hold for this document. */
  satisfies(deps: readonly Dependency[]): boolean {
    return deps.every((d) => (d[0] === 'mentions' ? this.mentions(d[1]) === d[2] : this.termDefinitions(d[1]) === d[2]));
  }

  /** A view that records what is asked of it. */
  recording(into: Dependency[]): DocumentContext {
    return {
      definitions: this.definitions,
      mentions: (re) => {
        const v = this.mentions(re);
        into.push(['mentions', re, v]);
        return v;
      },
      termDefinitions: (text) => {
        const v = this.termDefinitions(text);
        into.push(['terms', text, v]);
        return v;
      },
    };
  }
}

/** A memo for one version only (an analysis without an `Analyzer`). */
function newMemo(clauses: readonly Clause[], definitions: ReadonlyMap<string, Definition>): ClauseMemo {
  const memo = new ClauseMemo();
  memo.begin(clauses, definitions);
  return memo;
}
