import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Names a licence file usually has. */
const LICENCE_NAME = /^(?:licen[sc]e|copying|unlicen[sc]e|notice)(?:[-._].*)?$|\.licen[sc]e$/i;
const TEXT_EXTENSION = /\.(?:txt|md|markdown|license|licence|text)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

export interface Target {
  readonly file: string;
  /** Named on the command line (rather than found in a folder): problems reading it are errors. */
  readonly explicit: boolean;
}

/** Expands paths, folders and globs into the files to lint. Throws with a clear message for a missing path. */
export async function resolveTargets(args: readonly string[], cwd: string): Promise<Target[]> {
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean): void => {
    const abs = path.resolve(cwd, file);
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ file: path.relative(cwd, abs) || abs, explicit });
  };
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, dot: false, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) throw new Error(`No files match ${arg}`);
      matches.sort().forEach((m) => add(m, true));
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new Error(`No such file or folder: ${arg}`);
    }
    if (stat.isDirectory()) walk(abs).forEach((f) => add(f, false));
    else add(abs, true);
  }
  return out;
}

/** Licence-like and text files below a folder, sorted. */
function walk(dir: string): string[] {
  const files: string[] = [];
  const visit = (d: string, inLicensesDir: boolean): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) visit(p, /^licen[sc]es$/i.test(e.name));
      } else if (e.isFile() && (inLicensesDir || LICENCE_NAME.test(e.name) || TEXT_EXTENSION.test(e.name))) {
        files.push(p);
      }
    }
  };
  visit(dir, /^licen[sc]es$/i.test(path.basename(dir)));
  return files;
}

export type ReadResult = { text: string } | { problem: string };

/** Reads a text file; binary and oversized files are refused with a reason. */
export function readText(file: string, maxBytes: number): ReadResult {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (e: unknown) {
    return { problem: `cannot read: ${(e as Error).message}` };
  }
  if (size > maxBytes) return { problem: `skipped: ${(size / 1e6).toFixed(1)} MB is over the ${(maxBytes / 1e6).toFixed(1)} MB limit (--max-file-size)` };
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e: unknown) {
    return { problem: `cannot read: ${(e as Error).message}` };
  }
  if (buf.subarray(0, 8000).includes(0)) return { problem: 'skipped: binary file' };
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}
