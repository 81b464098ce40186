import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sarifLog } from '../../../common/src/sarif';
import type { FileReport } from '../report';

/** SARIF 2.1.0 for the CLI's reports. */
export function sarif(reports: readonly FileReport[], version: string): string {
  return sarifLog(reports.map((r) => ({ uri: pathToFileURL(path.resolve(r.filePath)).href, findings: r.messages })), version);
}
