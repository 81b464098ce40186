/**
 * Builds the index of known licences from the maintained spdx-license-list package (texts, names,
 * OSI flags): `server/out/licences.txt`, loaded by the server and the CLI on first use.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildIndexData, serializeIndex } from '../server/src/engine/identify';

const full = require('spdx-license-list/full') as Record<string, { name: string; osiApproved: boolean; licenseText: string }>;
const out = path.resolve(__dirname, '../server/out/licences.txt');
const t0 = Date.now();
const data = buildIndexData(Object.entries(full).map(([id, l]) => ({ id, name: l.name, osi: l.osiApproved, text: l.licenseText ?? '' })));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, serializeIndex(data));
console.log(`licence index: ${data.licences.length} texts, ${data.sentences.length} sentences, ${(fs.statSync(out).size / 1e6).toFixed(2)} MB in ${Date.now() - t0} ms`);
