import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Licence } from '../../../common/src/tools/run';
import { ToolInputError } from '../../../common/src/tools/definitions';
import { readText } from '../files';

/**
 * The folders the MCP server may read licence files from, resolved once (symbolic links followed),
 * so that a path or a link pointing elsewhere is refused rather than read.
 */
export class Roots {
  readonly folders: readonly string[];

  constructor(folders: readonly string[]) {
    this.folders = folders.map((f) => {
      const real = fs.realpathSync(path.resolve(f));
      if (!fs.statSync(real).isDirectory()) throw new Error(`${f} is not a folder`);
      return real;
    });
  }

  /** Reads a licence file named by a tool input: relative to a root, absolute inside one, or a file: URI. */
  read(file: string, maxBytes: number): Licence {
    let target: string;
    try {
      target = file.startsWith('file:') ? fileURLToPath(file) : file;
    } catch {
      throw new ToolInputError(`file ${JSON.stringify(file)} is not a usable file URI.`);
    }
    const candidates = path.isAbsolute(target) ? [target] : this.folders.map((root) => path.join(root, target));
    const found = candidates.find((c) => fs.existsSync(c));
    if (!found) throw new ToolInputError(`file ${JSON.stringify(file)} was not found${path.isAbsolute(target) ? '' : ` below ${this.folders.join(', ')}`}.`);
    const real = fs.realpathSync(found);
    const root = this.folders.find((r) => real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
    if (!root) throw new ToolInputError(`file ${JSON.stringify(file)} is outside the folders this server may read (${this.folders.join(', ')}); start it with --root <folder> to allow another folder.`);
    if (!fs.statSync(real).isFile()) throw new ToolInputError(`file ${JSON.stringify(file)} is a folder; name one licence file.`);
    const result = readText(real, maxBytes);
    if ('problem' in result) throw new ToolInputError(`file ${JSON.stringify(file)}: ${result.problem}.`);
    return { name: path.relative(root, real) || path.basename(real), text: result.text };
  }
}
