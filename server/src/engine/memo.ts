import { cleanText, has } from './language';
import { gloss } from './zh/gloss';
import { hasHan } from './zh/han';
import type { TextPattern } from './near';
import type { Clause, Definition } from './types';

interface Occurrence {
  /** The version of the text the answer is for. */
  readonly version: number;
  readonly found: boolean;
  /** A clause text the pattern occurs in, while one does. */
  readonly witness?: string;
}

/**
 * What the analysis of one version of a text learns about each clause text, kept for the next
 * version (an `Analyzer` holds one). After an edit only the clauses whose text changed are read
 * again for the document-wide facts: their words cleaned, the defined terms they use, and whether
 * a pattern occurs anywhere in the document (answered from the last version and the new clauses).
 */
export class ClauseMemo {
  private version = 0;
  private texts = new Set<string>();
  /** Clause texts of this version that the last one did not have. */
  private added: string[] = [];
  private readonly cleanedText = new Map<string, string>();
  private readonly occurrences = new Map<TextPattern, Occurrence>();
  /** Answers that depend on the definitions as well, and the definitions they were computed with. */
  private definitionsKey = '';
  private readonly byDefinitions = new Map<string, Map<string, unknown>>();

  /** Starts a new version of the text: its clauses and definitions. */
  begin(clauses: readonly Clause[], definitions: ReadonlyMap<string, Definition>): void {
    this.version++;
    const texts = new Set<string>();
    const added: string[] = [];
    for (const c of clauses) {
      if (texts.has(c.text)) continue;
      texts.add(c.text);
      if (!this.texts.has(c.text)) added.push(c.text);
    }
    this.texts = texts;
    this.added = added;
    // Keep what the clauses of this version need, and a little of the last (an edit undone).
    if (this.cleanedText.size > 2 * texts.size + 1000) for (const t of this.cleanedText.keys()) if (!texts.has(t)) this.cleanedText.delete(t);
    let key = '';
    for (const d of definitions.values()) key += `${d.term}\u0000${d.text}\u0001`;
    if (key !== this.definitionsKey) {
      this.definitionsKey = key;
      this.byDefinitions.clear();
    }
  }

  /** A clause text as the rules read it (`cleanText`). */
  /** A clause's text as the patterns read it: cleaned, and a Chinese clause with its English reading after it (see zh/gloss.ts). */
  cleaned(text: string): string {
    let v = this.cleanedText.get(text);
    if (v === undefined) this.cleanedText.set(text, (v = hasHan(text) ? `${cleanText(text)} / ${cleanText(gloss(text).text)}` : cleanText(text)));
    return v;
  }

  /** Whether the pattern occurs in any clause of this version. */
  occurs(re: TextPattern, clauses: readonly Clause[]): boolean {
    const last = this.occurrences.get(re);
    let next: Occurrence | undefined;
    if (last?.version === this.version) return last.found;
    if (last?.version === this.version - 1) {
      if (last.found && last.witness !== undefined && this.texts.has(last.witness)) next = last;
      else if (!last.found) {
        const witness = this.added.find((t) => has(re, this.cleaned(t)));
        next = { version: this.version, found: witness !== undefined, witness };
      }
    }
    if (!next) {
      const witness = clauses.find((c) => has(re, this.cleaned(c.text)))?.text;
      next = { version: this.version, found: witness !== undefined, witness };
    }
    this.occurrences.set(re, { ...next, version: this.version });
    return next.found;
  }

  /** A per-clause-text answer that depends on the definitions too, computed once while they stay the same. */
  withDefinitions<T>(kind: string, text: string, compute: () => T): T {
    let answers = this.byDefinitions.get(kind);
    if (!answers) this.byDefinitions.set(kind, (answers = new Map()));
    if (answers.has(text)) return answers.get(text) as T;
    const v = compute();
    if (answers.size > 2 * this.texts.size + 1000) answers.clear();
    answers.set(text, v);
    return v;
  }
}
