/**
 * Attack strings: inputs built to make a backtracking pattern super-linear. The first four are the
 * reproducers of issue 16; the others are the attack strings recheck reported for engine patterns
 * before they were rewritten. Each family grows by repeating its pump.
 */
export interface AttackFamily {
  readonly name: string;
  readonly prefix: string;
  readonly pump: string;
  readonly suffix: string;
}

export const ATTACKS: readonly AttackFamily[] = [
  { name: 'definitions (OR "S" lines)', prefix: 'OR\t"S"', pump: '\nOR\t"S"', suffix: 'N' },
  { name: 'voiding (MUST BUY + tabs)', prefix: 'MUST\tBUY\t', pump: '\t', suffix: 'Y' },
  { name: 'disclaimer (DESIGNED + blanks)', prefix: 'DESIGNED ', pump: ' \t', suffix: 'T' },
  { name: 'aggregate (MAY\\0)', prefix: '', pump: 'MAY\0', suffix: '.' },
  { name: 'numbers (0,)', prefix: '', pump: '0,', suffix: '' },
  { name: 'trailing blanks', prefix: 'x', pump: '\t', suffix: '\0' },
  { name: 'copyright lines', prefix: '', pump: 'copyright\0', suffix: '\n' },
  { name: 'hyphenated capitals', prefix: '', pump: 'c-G-', suffix: 'c' },
  { name: 'use + gap', prefix: '', pump: 'USE\t', suffix: '.' },
  { name: 'list breaks', prefix: '*', pump: '\t\n', suffix: '' },
  { name: 'click-wrap gestures', prefix: '', pump: 'BY\tTAP-', suffix: '.AP-.' },
  { name: 'revenue words', prefix: 'GLOBAL\t', pump: 'TOTAL\tGROSS\t', suffix: 'N' },
  { name: 'suppression comments', prefix: 'i', pump: '<!--osd-lint-enable\0a', suffix: 's><!--osd-lint-enable-->' },
  { name: 'entity clauses', prefix: '', pump: 'ENTITY\t\t', suffix: '.' },
  { name: 'policy words', prefix: '', pump: 'POLICY\t', suffix: '' },
  { name: 'flow-down terms', prefix: '', pump: 'E\tIMPOSE\0TERMS\tIN\tANY\t', suffix: '\0' },
  { name: 'registration', prefix: '', pump: 'MUST\tREGISTER\tBEFORE\0', suffix: 'R\tPRIOR\t\tC' },
  { name: 'product names', prefix: '', pump: 'F-', suffix: '' },
  { name: 'defined-term quotes', prefix: '(', pump: '\t', suffix: '(' },
  { name: 'block-quoted definitions', prefix: '> OR "S"', pump: '\n> OR "S"', suffix: 'N' },
  { name: 'nested parentheses', prefix: '', pump: '((', suffix: '' },
  { name: 'quotes', prefix: '', pump: '"a ', suffix: '' },
];

/** The family's attack string of about `size` characters. */
export function attack(f: AttackFamily, size: number): string {
  const n = Math.max(1, Math.round((size - f.prefix.length - f.suffix.length) / f.pump.length));
  return f.prefix + f.pump.repeat(n) + f.suffix;
}
