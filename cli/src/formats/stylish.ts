import type { FileReport } from '../report';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface StylishOptions {
  readonly color: boolean;
  /** Files named on the command line that could not be checked (the exit code is 2). */
  readonly skipped?: number;
  /** `--max-warnings`, when the warnings are more than it allows (the exit code is 1). */
  readonly tooManyWarnings?: number;
}

/** ESLint-style output: file, then `line:col  severity  message  rule-id`, then a summary line. */
export function stylish(reports: readonly FileReport[], options: StylishOptions): string {
  const paint = (code: string, s: string): string => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
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
  const skipped = options.skipped ?? 0;
  const notes = [
    ...(skipped > 0 ? [`${plural(skipped, 'named file')} could not be checked (see above)`] : []),
    ...(options.tooManyWarnings !== undefined ? [`more warnings than --max-warnings ${options.tooManyWarnings} allows`] : []),
  ];
  const tail = notes.length > 0 ? `; ${notes.join('; ')}` : '';
  if (total === 0) {
    if (skipped > 0) return `${paint('31;1', '✖')} ${plural(reports.length, 'file')} checked: no problems${tail}.\n`;
    return `${paint('32', '✔')} ${plural(reports.length, 'file')} checked: no problems.\n`;
  }
  const failed = errors > 0 || notes.length > 0;
  lines.push('', paint(failed ? '31;1' : '33;1', `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} information) in ${plural(reports.length, 'file')}${tail}`), '');
  return lines.join('\n');
}
