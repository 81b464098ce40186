import type nlpType from 'compromise';

// compromise builds its lexicon when loaded (a few MB, ~100 ms): load it on first use, which only
// a clause that names a size metric and a comparison with a number word ever needs.
declare const require: (id: string) => unknown;
let nlp: typeof nlpType | undefined;
function compromise(): typeof nlpType {
  nlp ??= ((m: unknown) => ((m as { default?: typeof nlpType }).default ?? m) as typeof nlpType)(require('compromise'));
  return nlp;
}

/**
 * Finds the quantities written in a sentence — "700 million", "700,000,000", "seven hundred
 * million", "1M", "USD 10 million" — and returns their values. Number words are read by the
 * `compromise` NLP library; digits, scale words after digits and the "1M"/"10k" shorthand are
 * read here.
 */
export function quantities(s: string): number[] {
  const out = digitQuantities(s);
  if (NUMBER_WORDS.test(s)) out.push(...wordQuantities(s));
  return out;
}

/** Digits, with a scale word after them ("700,000,000", "700 million", "1M"): no NLP library needed. */
function digitQuantities(s: string): number[] {
  const out: number[] = [];
  const shorthand = /\b(\d+(?:\.\d+)?)\s*([kKmMbB])(?:n)?\b/g;
  for (let m = shorthand.exec(s); m; m = shorthand.exec(s)) {
    const scale = { k: 1e3, m: 1e6, b: 1e9 }[m[2].toLowerCase() as 'k' | 'm' | 'b'];
    out.push(Number(m[1]) * scale);
  }
  for (const m of s.matchAll(/\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b/g)) {
    const scale = /^\s*(thousand|million|billion|trillion)\b/i.exec(s.slice((m.index ?? 0) + m[0].length))?.[1]?.toLowerCase();
    const factor = scale === 'thousand' ? 1e3 : scale === 'million' ? 1e6 : scale === 'billion' ? 1e9 : scale === 'trillion' ? 1e12 : 1;
    out.push(Number(m[0].replace(/,/g, '')) * factor);
  }
  return out;
}

/** Number words that can make a threshold ("one" alone cannot). */
const NUMBER_WORDS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|(?:a|one)\s+(?:hundred|thousand|million|billion))\b/i;

/** Number words ("seven hundred million", "fewer than twenty-five"), read by compromise. */
function wordQuantities(s: string): number[] {
  const out: number[] = [];
  try {
    for (const v of compromise()(s).numbers().get() as unknown[]) {
      if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
    }
  } catch {
    // compromise never throws on text we have seen; a sentence it cannot read has no quantities.
  }
  return out;
}

/** True when the sentence states a number that can serve as a threshold (not a section number). */
export function hasThresholdNumber(s: string): boolean {
  const big = (v: number): boolean => v >= 2 && !Number.isNaN(v);
  return digitQuantities(s).some(big) || (NUMBER_WORDS.test(s) && wordQuantities(s).some(big));
}
