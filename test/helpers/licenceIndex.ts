import * as fs from 'node:fs';
import * as path from 'node:path';
import { LicenceIndex, parseIndex } from '../../server/src/engine/identify';

/** The index of known licences that `npm run build` writes; fails loudly when it is missing. */
export function builtLicenceIndex(): LicenceIndex {
  const file = path.resolve(__dirname, '../../server/out/licences.txt');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
  return new LicenceIndex(parseIndex(fs.readFileSync(file, 'utf8')));
}
