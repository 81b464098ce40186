/**
 * Prints, as JSON, every regular expression the engine holds: the literals in its source (read
 * with the TypeScript parser) and every pattern it builds with `new RegExp` while it loads and
 * analyses the sample texts given as arguments. `test/unit/redos.test.ts` feeds them to recheck.
 *
 *   tsx scripts/engine-patterns.ts [sample files…]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** One pattern: its source and flags, and where it was written or built. */
export interface Pattern {
  source: string;
  flags: string;
  where: string;
}

const root = path.resolve(__dirname, '..');
const engineDir = path.join(root, 'server/src/engine');
const found = new Map<string, Pattern>();
const add = (source: string, flags: string, where: string): void => {
  const key = `/${source}/${flags.replace(/g/g, '')}`;
  if (!found.has(key)) found.set(key, { source, flags: flags.replace(/g/g, ''), where });
};

// Built patterns: watch the RegExp constructor before the engine loads.
const Native = RegExp;
globalThis.RegExp = new Proxy(Native, {
  construct(target, args: [string | RegExp, string?], newTarget) {
    const re = Reflect.construct(target, args, newTarget) as RegExp;
    const at = new Error().stack?.split('\n').find((l) => l.includes('/engine/')) ?? '';
    if (at) add(re.source, re.flags, `built ${at.trim().replace(/^at\s+/, '').replace(root + '/', '')}`);
    return re;
  },
  apply(_target, _self, args: [string | RegExp, string?]) {
    return Reflect.construct(globalThis.RegExp, args);
  },
});

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.name.endsWith('.ts')) yield p;
  }
}

// Literal patterns: every regular-expression literal in the engine's source.
for (const file of files(engineDir)) {
  const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(src);
      const slash = text.lastIndexOf('/');
      const { line } = src.getLineAndCharacterOfPosition(node.getStart(src));
      add(text.slice(1, slash), text.slice(slash + 1), `${path.relative(root, file)}:${line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
}

function main(): void {
  // Loaded only now, after the RegExp constructor is watched.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require('../server/src/engine') as typeof import('../server/src/engine');
  for (const file of process.argv.slice(2)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const clauseModel of [true, false]) engine.analyze(text, { clauseModel });
  }
  process.stdout.write(JSON.stringify([...found.values()]));
}

main();
