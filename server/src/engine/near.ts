/**
 * Patterns of the form "these words, then within n characters those words" without the regular
 * expression that would say so directly (`A[^.]{0,120}B`). Run as one expression, every place
 * where A matches starts a scan of up to n characters, and a backtracking engine rates that
 * polynomial; here A is found by one global scan, and each A is followed by a single anchored
 * (sticky) attempt at the gap and B, so the work is linear in the text by construction.
 */

/** What the rules need of a pattern: a plain RegExp, or a `Near` sequence. */
export interface TextPattern {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

const flagsOf = (re: RegExp, extra: string): string => [...new Set(re.flags.replace(/[gy]/g, '') + extra)].join('');

/** A sequence: `first`, then for each step its gap (a character class with a bound) and its words. */
export class Near implements TextPattern {
  lastIndex = 0;
  private readonly first: RegExp;
  private readonly steps: RegExp[];

  /**
   * @param first where a match starts
   * @param steps pairs of gap and words: `['[^.]{0,120}?', /\baggregat/]` — the gap is written as the
   *   source of a bounded repetition and the words as a RegExp; both are tried once, anchored, after
   *   the previous part.
   */
  constructor(first: RegExp, ...steps: Array<[string, RegExp]>) {
    this.first = new RegExp(first.source, flagsOf(first, 'g'));
    this.steps = steps.map(([gap, words]) => new RegExp(`(?:${gap})(?:${words.source})`, flagsOf(words, 'y')));
  }

  exec(text: string): RegExpExecArray | null {
    const { first } = this;
    first.lastIndex = 0;
    for (let m = first.exec(text); m; m = first.exec(text)) {
      let end = m.index + m[0].length;
      for (const step of this.steps) {
        step.lastIndex = end;
        const t = step.exec(text);
        if (!t) {
          end = -1;
          break;
        }
        end = step.lastIndex;
      }
      if (end >= 0) return matchArray(text, m.index, end);
      first.lastIndex = m.index + 1;
    }
    return null;
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}

/** The first of several patterns to match (leftmost; the earlier pattern on a tie). */
export class AnyOf implements TextPattern {
  lastIndex = 0;
  private readonly patterns: readonly TextPattern[];

  constructor(...patterns: TextPattern[]) {
    this.patterns = patterns;
  }

  exec(text: string): RegExpExecArray | null {
    let best: RegExpExecArray | null = null;
    for (const p of this.patterns) {
      p.lastIndex = 0;
      const m = p.exec(text);
      if (m && (!best || m.index < best.index)) best = m;
    }
    return best;
  }

  test(text: string): boolean {
    return this.patterns.some((p) => {
      p.lastIndex = 0;
      return p.test(text);
    });
  }
}

function matchArray(text: string, start: number, end: number): RegExpExecArray {
  const m = [text.slice(start, end)] as unknown as RegExpExecArray;
  m.index = start;
  m.input = text;
  return m;
}
