import type { FileReport } from '../report';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** ESLint-style output: file, then `line:col  severity  message  rule-id`, then a summary line. */
export function stylish(reports: readonly FileReport[], color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of reports) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.informationCount;
    if (r.messages.length === 0) continue;
    lines.push('', paint('4', r.filePath));
    const width = Math.max(...r.messages.map((m) => `${m.line}:${m.column}`.length));
    for (const m of r.messages) {
      const sev = m.severity === 'error' ? paint('31', 'error  ') : m.severity === 'warning' ? paint('33', 'warning') : paint('36', 'info   ');
      lines.push(`  ${paint('2', `${m.line}:${m.column}`.padEnd(width))}  ${sev}  ${m.message}  ${paint('2', m.ruleId)}`);
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return `${paint('32', '✔')} ${plural(reports.length, 'file')} checked: no problems.\n`;
  lines.push('', paint(errors > 0 ? '31;1' : '33;1', `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} information) in ${plural(reports.length, 'file')}`), '');
  return lines.join('\n');
}
