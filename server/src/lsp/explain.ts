import { ALL_CRITERIA, criterion, type Criterion, OSD_ATTRIBUTION, RULES } from '../engine';
import type { ExplainCriterionResult } from '../../../common/src/protocol';

/** The explanation of a criterion: its text, and the rules that check it with their reasons. */
export function explainCriterion(n: number): ExplainCriterionResult | null {
  if (!ALL_CRITERIA.includes(n as Criterion)) return null;
  const c = criterion(n as Criterion);
  const rules = RULES.filter((r) => r.criteria.includes(c.number));
  const lines = [
    `# OSD ${c.number}: ${c.title}`,
    '',
    `> ${c.text}`,
    '',
    `_${OSD_ATTRIBUTION}_ [Read it on opensource.org](${c.url})`,
    '',
    '## What OSD Lint checks',
    '',
    ...rules.flatMap((r) => [`### ${r.title} (\`${r.id}\`, ${r.severity})`, '', r.explanation, '', `**How to fix:** ${r.suggestion}`, '', `For example, this is flagged: “${r.examples.fail[0].replace(/\s+/g, ' ')}”`, '', `and this is fine: “${r.examples.pass[0].replace(/\s+/g, ' ')}”`, '']),
  ];
  return { title: `OSD ${c.number}: ${c.title}`, markdown: lines.join('\n') };
}
