import type { Rule } from './rule';

/** A character of a word, for trigger purposes. */
const WORD = '[A-Za-z0-9%$\u20ac\u00a3]';

/**
 * Which rules a clause can trigger, from the words it contains: one scan of the clause's tokens,
 * with each distinct token looked up once (memoised), instead of every rule scanning every clause.
 */
export class TriggerIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();
  private readonly prefixLengths: number[];
  private readonly memo = new Map<string, readonly number[]>();
  /** The one pattern that finds every trigger word: also the benchmark's baseline. */
  readonly scanner: RegExp;
  /** Rules without trigger words: they see every clause (or every list item). */
  readonly untriggered: readonly number[];

  constructor(readonly rules: readonly Rule[]) {
    const lengths = new Set<number>();
    const untriggered: number[] = [];
    // Slot 2i: a word of the rule's trigger; slot 2i+1: a word of its alsoNeeds list.
    const addWords = (words: readonly string[], slot: number): void => {
      for (const w of words) {
        const prefix = w.endsWith('*');
        const word = prefix ? w.slice(0, -1) : w;
        const map = prefix ? this.prefixes : this.exact;
        const list = map.get(word) ?? [];
        if (!list.includes(slot)) list.push(slot);
        map.set(word, list);
        if (prefix) lengths.add(word.length);
      }
    };
    rules.forEach((rule, i) => {
      if (!rule.trigger) untriggered.push(i);
      else addWords(rule.trigger, 2 * i);
      if (rule.trigger && rule.alsoNeeds) addWords(rule.alsoNeeds, 2 * i + 1);
    });
    this.prefixLengths = [...lengths].sort((a, b) => a - b);
    this.untriggered = untriggered;
    // One pass of one pattern finds the trigger words; everything else in the clause is skipped.
    const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const byLength = (a: string, b: string): number => b.length - a.length;
    const prefixes = [...this.prefixes.keys()].sort(byLength).map(esc).join('|');
    const exact = [...this.exact.keys()].sort(byLength).map(esc).join('|');
    const branches = [prefixes && `(?:${prefixes})${WORD}*`, exact && `(?:${exact})(?!${WORD})`].filter((b) => b);
    this.scanner = new RegExp(`(?<!${WORD})(?:${branches.join('|') || '(?!)'})`, 'gi');
  }

  /** The indexes (into `rules`) of the rules whose trigger words occur in `text`, in rule order. */
  rulesFor(text: string): number[] {
    const slots = new Uint8Array(2 * this.rules.length);
    const re = this.scanner;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) for (const slot of this.rulesForToken(m[0])) slots[slot] = 1;
    const out: number[] = [];
    this.rules.forEach((rule, i) => {
      if (!rule.trigger) out.push(i);
      else if (slots[2 * i] === 1 && (!rule.alsoNeeds || slots[2 * i + 1] === 1)) out.push(i);
    });
    return out;
  }

  private rulesForToken(token: string): readonly number[] {
    let r = this.memo.get(token);
    if (r) return r;
    const lower = token.toLowerCase();
    const out = new Set<number>(this.exact.get(lower) ?? []);
    for (const l of this.prefixLengths) {
      if (l > lower.length) break;
      for (const i of this.prefixes.get(lower.slice(0, l)) ?? []) out.add(i);
    }
    r = [...out];
    if (this.memo.size > 100_000) this.memo.clear();
    this.memo.set(token, r);
    return r;
  }
}
