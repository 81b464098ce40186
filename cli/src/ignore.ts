/**
 * Which files the CLI leaves out: `.gitignore` and `.osdlintignore` files (gitignore syntax, read
 * with the `ignore` library) from the repository root down to each file, and `--ignore-pattern`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE = '.osdlintignore';
const IGNORE_FILES = ['.gitignore', IGNORE_FILE] as const;

/** `abs` relative to `base` with forward slashes, or undefined when it is not below `base`. */
export function relativeInside(base: string, abs: string): string | undefined {
  const rel = path.relative(base, abs);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

interface Matcher {
  readonly dir: string;
  readonly ig: Ignore;
  /** What to name when this matcher ignores a file. */
  readonly label: string;
  /** A .gitignore file: it applies only inside a repository. */
  readonly git?: boolean;
}

export class IgnoreRules {
  private readonly perDir = new Map<string, Matcher[]>();
  private readonly roots = new Map<string, string | undefined>();
  private readonly patterns: Matcher | undefined;

  /**
   * @param enabled false with `--no-ignore`: nothing is ignored.
   * @param patterns `--ignore-pattern` values, relative to `cwd`; they win over ignore files.
   */
  constructor(private readonly enabled: boolean, patterns: readonly string[], cwd: string) {
    this.patterns = enabled && patterns.length > 0 ? { dir: cwd, ig: ignore().add([...patterns]), label: '--ignore-pattern' } : undefined;
  }

  /**
   * Why a file or folder (absolute path; folders end with a separator) is ignored, or undefined
   * when it is not. Ignore files apply from the repository root (the folder with `.git`) down;
   * outside a repository, .gitignore files mean nothing and .osdlintignore files apply from any folder above.
   */
  reason(absPath: string, isDir = false): string | undefined {
    if (!this.enabled) return undefined;
    const target = absPath.replace(/[\\/]+$/, '');
    const dirs: string[] = [];
    const start = path.dirname(target);
    const root = this.repositoryRoot(start);
    for (let d = start; ; d = path.dirname(d)) {
      dirs.unshift(d);
      if (d === root || path.dirname(d) === d) break;
    }
    let verdict: string | undefined;
    const fromFiles = dirs.flatMap((d) => this.matchers(d).filter((m) => root !== undefined || !m.git));
    for (const m of [...fromFiles, ...(this.patterns ? [this.patterns] : [])]) {
      const rel = relativeInside(m.dir, target);
      if (rel === undefined) continue;
      const r = m.ig.test(isDir ? `${rel}/` : rel);
      if (r.ignored) verdict = m.label;
      else if (r.unignored) verdict = undefined;
    }
    return verdict;
  }

  /** The folder whose `.git` marks the repository of `dir`, or undefined outside one. */
  private repositoryRoot(dir: string): string | undefined {
    if (this.roots.has(dir)) return this.roots.get(dir);
    const parent = path.dirname(dir);
    const root = fs.existsSync(path.join(dir, '.git')) ? dir : parent === dir ? undefined : this.repositoryRoot(parent);
    this.roots.set(dir, root);
    return root;
  }

  /** The ignore files of one folder, .gitignore first: .osdlintignore can re-include what it leaves out. */
  private matchers(dir: string): Matcher[] {
    let list = this.perDir.get(dir);
    if (list) return list;
    list = [];
    for (const name of IGNORE_FILES) {
      const file = path.join(dir, name);
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      list.push({ dir, ig: ignore().add(text), label: file, git: name === '.gitignore' });
    }
    this.perDir.set(dir, list);
    return list;
  }
}
