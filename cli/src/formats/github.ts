import type { Severity } from '../../../server/src/engine';
import type { FileReport } from '../report';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice' };

/** Escapes the message of a workflow command, as GitHub's toolkit does (`%`, CR, LF). */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escapes a property value: also `:` and `,`, which separate properties. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding,
 * shown on the line in the pull request. Paths are relative to the working folder (run it from
 * the checkout's root) with forward slashes.
 */
export function github(reports: readonly FileReport[], skipped: ReadonlyArray<{ file: string; problem: string }> = []): string {
  const lines: string[] = [];
  const file = (p: string): string => escapeProperty(p.replace(/\\/g, '/'));
  for (const r of reports) {
    for (const m of r.messages) {
      const title = `osd-lint ${m.ruleId} (OSD ${m.criteria.join(', ')})`;
      const props = [`file=${file(r.filePath)}`, `line=${m.line}`, `endLine=${m.endLine}`, `col=${m.column}`, `endColumn=${m.endColumn}`, `title=${escapeProperty(title)}`];
      lines.push(`::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message)}`);
    }
  }
  for (const s of skipped) lines.push(`::error file=${file(s.file)},title=${escapeProperty('osd-lint could not check this file')}::${escapeData(s.problem)}`);
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
