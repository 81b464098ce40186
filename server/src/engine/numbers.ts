import nlp from 'compromise';

/**
 * Finds the quantities written in a sentence — "700 million", "700,000,000", "seven hundred
 * million", "1M", "USD 10 million" — and returns their values. Number words are read by the
 * `compromise` NLP library; the "1M"/"10k" shorthand, which it does not read, is handled here.
 */
export function quantities(s: string): number[] {
  const out: number[] = [];
  const shorthand = /\b(\d+(?:\.\d+)?)\s*([kKmMbB])(?:n)?\b/g;
  for (let m = shorthand.exec(s); m; m = shorthand.exec(s)) {
    const scale = { k: 1e3, m: 1e6, b: 1e9 }[m[2].toLowerCase() as 'k' | 'm' | 'b'];
    out.push(Number(m[1]) * scale);
  }
  if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen)\b/i.test(s)) {
    return out;
  }
  try {
    for (const v of nlp(s).numbers().get() as unknown[]) {
      if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
    }
  } catch {
    // compromise never throws on text we have seen; a sentence it cannot read has no quantities.
  }
  return out;
}

/** True when the sentence states a number that can serve as a threshold (not a section number). */
export function hasThresholdNumber(s: string): boolean {
  return quantities(s).some((v) => v >= 2 && !Number.isNaN(v));
}
