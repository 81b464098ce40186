import * as fs from 'node:fs';
import * as path from 'node:path';
import { LicenceIndex, parseIndex } from '../../server/src/engine';

/** The index of known licences built beside the server bundle (`npm run build`), for the CLI and the MCP server. */
export const INDEX_FILE = path.join(__dirname, '../../server/out/licences.txt');

/** Loads the index; when it is missing, says so through `warn` and returns undefined. */
export function loadIndex(warn: (message: string) => void): LicenceIndex | undefined {
  try {
    return new LicenceIndex(parseIndex(fs.readFileSync(INDEX_FILE, 'utf8')));
  } catch {
    warn(`osd-lint: ${INDEX_FILE} is missing (npm run build); the nearest known licence is not reported.\n`);
    return undefined;
  }
}
