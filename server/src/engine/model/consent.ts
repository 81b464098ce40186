/**
 * When a "without" before a consent makes it a requirement (Reading.needsConsent), and when it
 * frees the licensee or states a fact.
 */
import type { Reading } from './reading';

/** What the work goes through, not what the licensee needs: "certification", "clinical validation", "a safety audit". */
const CHECKED_BY = /^[^.;,]*?\b(?:certif\w*|accredit\w*|validat\w*|verif\w*|audit\w*|inspect\w*|clinical\s+(?:trials?|testing|evaluation))\b/i;
/**
 * "… will have the full right to use it, without buying any licence from us": a "without" after a
 * permission frees the licensee from what follows, and one in a sentence with no force states a
 * fact; only one after a ban ("may not … without") or a duty makes it a requirement. `at` is the
 * index of the "without" among the provision's tokens.
 */
export function freedWithout(r: Reading, at: number): boolean {
  // (Nothing at all is required or forbidden, and what is missing is a test of the work: a statement, "the model, without a regulator's certification, …".)
  if (r.all('modal').every((m) => m.concept === 'consent') && CHECKED_BY.test(r.text.slice(r.provision.tokens[at].end - r.provision.start, r.provision.tokens[at].end - r.provision.start + 60))) return true;
  const before = r.provision.tokens.slice(0, at);
  return !before.some((x) => ['not', 'no', 'never', 'cannot', 'nor', 'must', 'shall', 'only', 'neither', 'nobody', 'none', 'prohibited', 'forbidden', 'except', 'unless', 'save', 'excluding'].includes(x.word) || x.word.endsWith("n't")) &&
    before.some((x) => ['may', 'can', 'right', 'rights', 'free', 'permitted', 'allowed', 'entitled'].includes(x.word));
}
