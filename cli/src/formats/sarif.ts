import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sarifLog } from '../../../common/src/sarif';
import type { FileReport } from '../report';

/**
 * SARIF 2.1.0 for the CLI's reports. Files below `cwd` get URIs relative to `%SRCROOT%`, which
 * `originalUriBaseIds` declares as `cwd`: run it from the checkout's root for GitHub code scanning.
 */
export function sarif(reports: readonly FileReport[], version: string, cwd: string): string {
  const root = pathToFileURL(path.resolve(cwd)).href;
  return sarifLog(
    reports.map((r) => ({ uri: pathToFileURL(path.resolve(cwd, r.filePath)).href, findings: r.messages })),
    version,
    { srcRoot: root.endsWith('/') ? root : `${root}/` },
  );
}
