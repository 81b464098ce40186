/** Runs the built CLI (bin/osd-lint.js) as a user would, with a controlled environment. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/osd-lint.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  /** Replaces the colour variables of the environment (NO_COLOR=1 unless given). */
  env?: Record<string, string | undefined>;
}

export function run(args: string[], cwdOrOptions: string | RunOptions = ROOT): RunResult {
  const o: RunOptions = typeof cwdOrOptions === 'string' ? { cwd: cwdOrOptions } : cwdOrOptions;
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  Object.assign(env, o.env ?? { NO_COLOR: '1' });
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: o.cwd ?? ROOT, encoding: 'utf8', env, input: o.input ?? '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes files below `root` from a map of relative paths to contents (folders are created). */
export function layout(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

export function requireBuild(): void {
  if (!fs.existsSync(path.join(ROOT, 'cli/out/cli.js'))) throw new Error('cli/out/cli.js is missing: run npm run build first');
}

/** The files a JSON report covers, in order. */
export function filesOf(jsonOutput: string): string[] {
  return (JSON.parse(jsonOutput) as Array<{ filePath: string }>).map((r) => r.filePath.split(path.sep).join('/'));
}
