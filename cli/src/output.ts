/** Where the report goes and whether it is coloured. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Colours: `--color`/`--no-color` first; then off for a file; then FORCE_COLOR as Node reads it
 * ('', 1, 2, 3 or true: on; anything else, 0 or false included: off); then NO_COLOR (set and not
 * empty: off); then on when stdout is a terminal.
 */
export function useColor(flag: boolean | undefined, toFile: boolean, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

/** Writes the report to a file, creating its folders; returns an error message on failure. */
export function writeOutputFile(file: string, text: string): string | undefined {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return undefined;
  } catch (e: unknown) {
    return `cannot write ${file}: ${(e as Error).message}`;
  }
}
