import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The README's first command as a new user runs it: in a fresh copy of the checkout (the files git
 * knows, as they are in the working tree, with ../shared beside it), `npm ci` installs and builds
 * everything, then `npx osd-lint examples/` lints the example licences. Nothing built here is
 * reused: the copy has no node_modules and no out/. (The second command, `npm test`, is what
 * `.ci/run` runs on a fresh clone, with the e2e setup left to `npm test` itself.)
 */
const ROOT = path.resolve(__dirname, '../..');

/** The files of the checkout: tracked and new ones not ignored, as they are on disk. */
function checkoutFiles(): string[] {
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ls-files failed in ${ROOT}: ${r.stderr}`);
  return r.stdout.split('\0').filter((f) => f && fs.existsSync(path.join(ROOT, f)));
}

describe('the README commands in a fresh copy', function () {
  this.timeout(600_000);
  let base: string;
  let copy: string;

  before(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'osd-fresh-'));
    copy = path.join(base, 'main');
    for (const f of checkoutFiles()) {
      const to = path.join(copy, f);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(path.join(ROOT, f), to);
      fs.chmodSync(to, fs.statSync(path.join(ROOT, f)).mode);
    }
    fs.symlinkSync(path.resolve(ROOT, '../shared'), path.join(base, 'shared'));
  });

  after(() => fs.rmSync(base, { recursive: true, force: true }));

  it('npm ci installs and builds, then npx osd-lint examples/ reports the example licence that fails', () => {
    assert.ok(!fs.existsSync(path.join(copy, 'node_modules')) && !fs.existsSync(path.join(copy, 'cli/out')), 'the copy starts unbuilt');
    // A user's shell: no variables of the npm that runs this test.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    const ci = spawnSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: copy, env, encoding: 'utf8' });
    assert.equal(ci.status, 0, `npm ci failed:\n${ci.stdout.slice(-3000)}\n${ci.stderr.slice(-3000)}`);
    for (const bundle of ['cli/out/cli.js', 'server/out/server.js', 'client/out/extension.js', 'server/out/licences.txt']) {
      assert.ok(fs.existsSync(path.join(copy, bundle)), `npm ci built ${bundle}`);
    }
    const lint = spawnSync('npx', ['--no-install', 'osd-lint', 'examples/'], { cwd: copy, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8' });
    assert.equal(lint.status, 1, `osd-lint examples/ exits 1 (errors found):\n${lint.stdout}\n${lint.stderr}`);
    assert.match(lint.stdout, /acme-model\.license/);
    assert.match(lint.stdout, /OSD 5/);
    assert.match(lint.stdout, /OSD 6/);
    assert.doesNotMatch(lint.stdout + lint.stderr, /Cannot find module|unexpected error/i);
    // The permissive example alone is clean.
    const clean = spawnSync('npx', ['--no-install', 'osd-lint', 'examples/permissive'], { cwd: copy, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8' });
    assert.equal(clean.status, 0, `${clean.stdout}\n${clean.stderr}`);
  });
});
