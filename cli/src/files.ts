import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ConfigResolver } from './config';
import type { IgnoreRules } from './ignore';

/** Names a licence file has: LICENSE, LICENCE-MIT, COPYING.LESSER, NOTICE.txt, UNLICENSE, foo.license. */
const LICENCE_NAME = /^(?:un)?licen[sc]es?(?:$|[-._])|^copying(?:$|[-._])|^notice(?:$|[-._])|\.licen[sc]e$/i;
/** Extensions of code, data and media: `license.ts` or `LICENSES/index.js` is not a licence text. */
const NOT_TEXT = new Set(
  ('js mjs cjs ts mts cts tsx jsx json jsonc json5 yaml yml toml xml xsd html htm xhtml css scss less py pyc rb go rs java kt kts scala ' +
    'groovy gradle c h cc cpp cxx hpp cs fs swift m mm php pl pm sh bash zsh fish ps1 bat cmd lua r jl ex exs erl hs ml dart vue svelte ' +
    'sql lock map svg png jpg jpeg gif ico webp bmp pdf zip gz tgz bz2 xz tar jar class o a so dll dylib exe wasm bin dat csv tsv ini cfg ' +
    'conf properties tmpl tpl j2 template snap spdx rdf ttl').split(' '),
);
/** Folders a search never enters: dependencies (hidden folders are skipped too). */
const SKIP_DIRS = new Set(['node_modules', 'bower_components']);
const LICENSES_DIR = /^licen[sc]es$/i;

/** Whether a file name (not a path) looks like a licence text. */
export function isLicenceName(name: string, inLicensesDir = false): boolean {
  const ext = /\.([^.]+)$/.exec(name)?.[1].toLowerCase();
  if (ext !== undefined && NOT_TEXT.has(ext)) return false;
  return inLicensesDir || LICENCE_NAME.test(name);
}

export interface Target {
  /** As reported: relative to the working folder when below it. */
  readonly file: string;
  readonly abs: string;
  /** Named on the command line (rather than found in a folder): problems reading it are errors. */
  readonly explicit: boolean;
}

export interface Resolved {
  readonly targets: Target[];
  /** Files named on the command line that an ignore file or pattern leaves out, with the reason. */
  readonly ignored: Array<{ file: string; reason: string }>;
}

/** How a path is reported: relative to `cwd` when below it, else absolute. */
export const displayPath = (cwd: string, abs: string): string => path.relative(cwd, abs) || abs;

/**
 * Expands paths, folders and globs into the files to lint, sorted. A folder gives its licence
 * files (and those its config includes); a named file or a glob's matches are taken whatever their
 * name. Throws with a clear message for a missing path or a glob without matches.
 */
export async function resolveTargets(args: readonly string[], cwd: string, ignores: IgnoreRules, configs: ConfigResolver): Promise<Resolved> {
  const targets: Target[] = [];
  const ignored: Resolved['ignored'] = [];
  const seen = new Set<string>();
  const add = (abs: string, explicit: boolean): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    targets.push({ file: displayPath(cwd, abs), abs, explicit });
  };
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, dot: false, onlyFiles: true, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) throw new Error(`No files match ${arg}`);
      for (const m of matches.map((x) => path.resolve(x))) if (ignores.reason(m) === undefined) add(m, true);
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new Error(`No such file or folder: ${arg}`);
    }
    if (stat.isDirectory()) {
      walk(abs, ignores, configs).forEach((f) => add(f, false));
      continue;
    }
    const reason = ignores.reason(abs);
    if (reason === undefined) add(abs, true);
    else if (!seen.has(abs)) ignored.push({ file: displayPath(cwd, abs), reason });
  }
  targets.sort((a, b) => compare(a.file, b.file));
  return { targets, ignored };
}

/** Code-point order, the same in every locale. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Licence files below a folder, and the files its configs include, that nothing ignores. */
function walk(dir: string, ignores: IgnoreRules, configs: ConfigResolver): string[] {
  const files: string[] = [];
  const visit = (d: string, inLicensesDir: boolean): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.') && ignores.reason(p, true) === undefined) visit(p, inLicensesDir || LICENSES_DIR.test(e.name));
      } else if (e.isFile() && (isLicenceName(e.name, inLicensesDir) || configs.forDir(d).includes(p)) && ignores.reason(p) === undefined) {
        files.push(p);
      }
    }
  };
  visit(dir, LICENSES_DIR.test(path.basename(dir)));
  return files;
}

export type ReadResult = { text: string } | { problem: string };

const number = (n: number): string => n.toLocaleString('en-US');

/**
 * Decodes a text as UTF-8 (without BOM); binary texts and texts longer than `maxChars` characters
 * (UTF-16 code units, as the editor counts them) are refused with a reason.
 */
export function decodeText(buf: Buffer, maxChars: number): ReadResult {
  if (buf.subarray(0, 8000).includes(0)) return { problem: 'skipped: binary file (it has NUL bytes), not a licence text' };
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > maxChars) return { problem: `skipped: ${number(text.length)} characters, over the limit of ${number(maxChars)} (--max-file-size or maxFileSize)` };
  return { text };
}

/**
 * Reads a text file; binary and over-long files are refused with a reason. A file of more than
 * three bytes per allowed character cannot fit (UTF-8 takes at most three bytes per UTF-16 unit),
 * so it is refused without being read.
 */
export function readText(file: string, maxChars: number): ReadResult {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (e: unknown) {
    return { problem: `cannot read: ${(e as Error).message}` };
  }
  if (size > maxChars * 3 + 3) return { problem: `skipped: ${size < 1e6 ? `${number(size)} bytes` : `${(size / 1e6).toFixed(1)} MB`}, over the limit of ${number(maxChars)} characters (--max-file-size or maxFileSize)` };
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e: unknown) {
    return { problem: `cannot read: ${(e as Error).message}` };
  }
  return decodeText(buf, maxChars);
}
