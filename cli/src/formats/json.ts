import type { FileReport } from '../report';

/** Machine-readable output: one entry per file with its messages and counts. */
export function json(reports: readonly (FileReport & Record<string, unknown>)[]): string {
  return JSON.stringify(reports, null, 2) + '\n';
}
