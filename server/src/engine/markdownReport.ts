import { OSD_ATTRIBUTION } from './criteria';
import { quote } from './quote';
import type { AuditReport } from './report';
import { describeLanguages } from './zh/bilingual';

const ICON = { pass: '✅ pass', fail: '❌ fail', review: '⚠️ review' } as const;
/** A pass that rests on nothing found is not shown as a pass. */
const NOTHING_FOUND = '➖ no finding';
const VERDICT = { meets: '✅ Meets the OSD', fails: '❌ Fails the OSD', review: '⚠️ Needs human review' } as const;
const verdictOf = (r: AuditReport): string => (r.verdict === 'meets' && r.scorecard.some((row) => row.evidence === 'none') ? '✅ No problem found' : VERDICT[r.verdict]);
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The audit report as Markdown: for CI comments, exports and `osd-lint --format markdown`. */
export function markdownReport(reports: readonly AuditReport[]): string {
  const out: string[] = ['# OSD Lint audit', ''];
  if (reports.length > 1) {
    out.push('| licence | verdict | summary |', '| --- | --- | --- |');
    for (const r of reports) out.push(`| ${cell(r.file)} | ${verdictOf(r)} | ${cell(r.summary)} |`);
    out.push('');
  }
  for (const r of reports) {
    out.push(`## ${r.file}`, '', `**${verdictOf(r)}** — ${r.summary}`, '');
    out.push('| criterion | status | errors | warnings |', '| --- | --- | --- | --- |');
    for (const row of r.scorecard) out.push(`| [OSD ${row.criterion}: ${row.title}](${row.url}) | ${row.evidence === 'none' ? NOTHING_FOUND : ICON[row.status]} | ${row.errors} | ${row.warnings} |`);
    out.push('');
    if (r.ai) {
      out.push(`### Open Source AI Definition 1.0${r.ai.suggested ? ' (suggested: the text talks about models)' : ''}`, '', '| requirement | status | note |', '| --- | --- | --- |');
      for (const row of r.ai.rows) out.push(`| ${row.name} | ${row.evidence === 'none' ? NOTHING_FOUND : ICON[row.status]} | ${cell(row.note)} |`);
      out.push('');
    }
    if (r.languages) out.push(`**Languages:** ${describeLanguages(r.languages)}`, '');
    if (r.nearest) {
      out.push(`### Nearest known licence: ${r.nearest.name} (\`${r.nearest.id}\`, ${Math.round(r.nearest.similarity * 100)} % similar${r.nearest.osiApproved ? ', OSI-approved' : ''})`, '');
      for (const a of r.nearest.added) out.push(`- **Added** (line ${a.line})${a.criteria.length ? ` — ${a.criteria.map((c) => `OSD ${c}`).join(', ')}` : ''}: “${quote(a.text, 300)}”`);
      for (const c of r.nearest.changed) out.push(`- **Changed** (line ${c.line}): “${quote(c.text, 200)}” (was: “${quote(c.reference, 200)}”)`);
      if (r.nearest.removed.length) out.push(`- **Removed**: ${r.nearest.removed.length} sentence(s), e.g. “${quote(r.nearest.removed[0], 160)}”`);
      if (!r.nearest.added.length && !r.nearest.changed.length && !r.nearest.removed.length) out.push('- No differences.');
      out.push('');
    }
    if (r.findings.length) {
      out.push('### Findings', '');
      for (const f of r.findings) {
        // The clause is quoted on its own; the explanation follows as a paragraph of the item, not inside the quote.
        out.push(`- **${f.severity}** ${f.source ? `${f.source}:` : 'line '}${f.line}:${f.column} \`${f.ruleId}\` — ${f.message}`, '', `  > ${quote(f.clause, 400)}`, '', `  ${f.explanation} *Fix:* ${f.suggestion}`, '');
      }
    }
  }
  out.push(`---`, `_${OSD_ATTRIBUTION}_`, '');
  return out.join('\n');
}
