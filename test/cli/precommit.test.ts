/**
 * The pre-commit hook (.pre-commit-hooks.yaml): it runs the package's own bin on licence-named
 * files only. (Checked by hand with pre-commit 3.0.4 from a clean clone: pre-commit runs
 * `npm install`, then `npm pack` and reads the tarball's name from its output, which .npmrc keeps
 * clean of the `prepare` build's output.)
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './run';

/** The `key: value` lines of the single hook (the file is flat on purpose). */
function hook(): Record<string, string> {
  const text = fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(?:- | {2})([a-z_]+): (.*)$/gm)) out[m[1]] = m[2].replace(/^'(.*)'$/, '$1');
  return out;
}

/** A pre-commit (Python) pattern as a JavaScript one: a leading (?i) becomes the i flag. */
const pattern = (p: string): RegExp => (p.startsWith('(?i)') ? new RegExp(p.slice(4), 'i') : new RegExp(p));

describe('pre-commit hook', () => {
  it('runs the osd-lint bin of this package, with node, on the file names given', () => {
    const h = hook();
    assert.equal(h.id, 'osd-lint');
    assert.equal(h.language, 'node');
    assert.equal(h.entry, 'osd-lint');
    assert.equal(h.pass_filenames, 'true');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    assert.ok(pkg.bin['osd-lint'], 'the entry is a bin of the package');
    assert.ok(pkg.scripts.prepare, 'npm install builds the bundles');
    assert.match(fs.readFileSync(path.join(ROOT, '.npmrc'), 'utf8'), /^foreground-scripts=false$/m, 'npm pack prints the tarball name alone');
  });

  it('selects licence-named files, not docs or code', () => {
    const h = hook();
    const files = pattern(h.files);
    const exclude = pattern(h.exclude);
    const selected = (p: string): boolean => files.test(p) && !exclude.test(p);
    for (const p of ['LICENSE', 'docs/LICENSE.md', 'COPYING.LESSER', 'NOTICE', 'UNLICENSE', 'a/model.license', 'x.licence', 'LICENSES/MIT.txt', 'LICENSE-APACHE']) assert.ok(selected(p), p);
    for (const p of ['README.md', 'CHANGELOG.md', 'src/license.ts', 'LICENSE.json', 'LICENSES/index.js', 'docs/licensing.md', 'syntaxes/license.tmLanguage.json']) assert.ok(!selected(p), p);
  });
});
