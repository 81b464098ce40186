/**
 * Which files `osd-lint <folder>` checks, which it leaves out (.gitignore, .osdlintignore,
 * --ignore-pattern), and which .osdlintrc.json judges each one: the nearest above the file, from
 * any working folder.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isLicenceName } from '../../cli/src/files';
import { filesOf, layout, requireBuild, ROOT, run } from './run';

const SALE = 'You may not sell the Software.\n';
const CLEAN = fs.readFileSync(path.join(ROOT, 'examples/permissive/LICENSE'), 'utf8');

/** A small repository: licences where REUSE and GitHub put them, and docs, code and build output that say "may not sell". */
const REPO: Record<string, string> = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.gitignore': 'out/\n*.log\n',
  '.osdlintignore': '# fixtures with violations on purpose\nvendor/\n',
  LICENSE: CLEAN,
  NOTICE: 'This product includes software developed by Example Corp.\n',
  'LICENSES/MIT.txt': CLEAN,
  'LICENSES/LicenseRef-Custom.txt': SALE,
  'LICENSES/index.js': `// ${SALE}`,
  'assets/logo.png.license': 'SPDX-FileCopyrightText: 2024 Example Corp\nSPDX-License-Identifier: MIT\n',
  'drafts/LICENCE-draft.md': `# Draft\n\n${SALE}`,
  'README.md': `# Example\n\n${SALE}`,
  'CHANGELOG.md': `## 1.0\n\n- ${SALE}`,
  'docs/guide.md': SALE,
  'docs/notes.txt': SALE,
  'policy/terms.md': SALE,
  'syntaxes/license.tmLanguage.json': JSON.stringify({ name: SALE }),
  'src/license.ts': `// ${SALE}`,
  'out/LICENSE.txt': SALE,
  'build.log': SALE,
  'vendor/lib/LICENSE': SALE,
  'node_modules/dep/LICENSE': SALE,
  '.github/LICENSE': SALE,
};

const CHECKED = ['LICENSE', 'LICENSES/LicenseRef-Custom.txt', 'LICENSES/MIT.txt', 'NOTICE', 'assets/logo.png.license', 'drafts/LICENCE-draft.md'];

describe('osd-lint CLI: which files a folder means', function () {
  this.timeout(30000);
  let tmp: string;
  let repo: string;
  before(() => {
    requireBuild();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'osd-lint-select-'));
    repo = path.join(tmp, 'repo');
    layout(repo, REPO);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('checks licence files only: not docs, code, data, ignored, dependency or hidden files', () => {
    const r = run(['-f', 'json', '.'], repo);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(filesOf(r.stdout), CHECKED);
    const stylish = run(['.'], repo).stdout;
    assert.match(stylish, /LICENSES\/LicenseRef-Custom\.txt\n {2}1:\d+ +error .*no-sale/);
    assert.doesNotMatch(stylish, /README|CHANGELOG|guide|tmLanguage|license\.ts|vendor|out\/|node_modules|\.github/);
  });

  it('names licence files as the help says', () => {
    for (const name of ['LICENSE', 'LICENCE', 'license.md', 'LICENSE-MIT', 'LICENSE.Apache-2.0', 'COPYING', 'COPYING.LESSER', 'NOTICE.txt', 'UNLICENSE', 'Licenses.txt', 'model.license', 'x.licence']) {
      assert.ok(isLicenceName(name), name);
    }
    for (const name of ['README.md', 'license.ts', 'LICENSE.json', 'license.html', 'licensing.md', 'notices-app.js', 'COPYRIGHT']) assert.ok(!isLicenceName(name), name);
    assert.ok(isLicenceName('Apache-2.0.txt', true), 'anything text-like in LICENSES/');
    assert.ok(!isLicenceName('index.js', true));
  });

  it('gives the same files from another working folder and for a subfolder', () => {
    const fromDocs = run(['-f', 'json', '..'], path.join(repo, 'docs'));
    assert.deepEqual(filesOf(fromDocs.stdout), CHECKED.map((f) => `../${f}`));
    const outside = run(['-f', 'json', repo], os.tmpdir());
    assert.deepEqual(filesOf(outside.stdout).map((f) => path.relative(repo, path.resolve(os.tmpdir(), f)).split(path.sep).join('/')), CHECKED);
    // The root's .gitignore and .osdlintignore apply to a subfolder walked on its own.
    layout(repo, { 'drafts/out/LICENSE': SALE, 'drafts/vendor/LICENSE': SALE });
    try {
      assert.deepEqual(filesOf(run(['-f', 'json', 'drafts'], repo).stdout), ['drafts/LICENCE-draft.md']);
    } finally {
      fs.rmSync(path.join(repo, 'drafts/out'), { recursive: true });
      fs.rmSync(path.join(repo, 'drafts/vendor'), { recursive: true });
    }
  });

  it('checks Markdown and text files named on the command line, matched by a glob, or included by .osdlintrc.json', () => {
    let r = run(['-f', 'json', 'README.md', 'docs/*.txt'], repo);
    assert.equal(r.code, 1);
    assert.deepEqual(filesOf(r.stdout), ['README.md', 'docs/notes.txt']);
    fs.writeFileSync(path.join(repo, '.osdlintrc.json'), '{ "include": ["policy/*.md", "/CHANGELOG.md"] }');
    try {
      r = run(['-f', 'json', '.'], repo);
      assert.deepEqual(filesOf(r.stdout), [...CHECKED.slice(0, 1), 'CHANGELOG.md', ...CHECKED.slice(1), 'policy/terms.md'].sort());
      // Included from any working folder: the patterns are relative to the config file.
      assert.ok(filesOf(run(['-f', 'json', 'policy'], repo).stdout).includes('policy/terms.md'));
      assert.deepEqual(filesOf(run(['-f', 'json', '.'], path.join(repo, 'policy')).stdout), ['terms.md']);
      fs.writeFileSync(path.join(repo, '.osdlintrc.json'), '{ "include": "policy" }');
      r = run(['.'], repo);
      assert.match(r.stderr, /\.osdlintrc\.json:1:\d+: "include" must be an array/);
    } finally {
      fs.rmSync(path.join(repo, '.osdlintrc.json'));
    }
  });

  it('leaves out named files that .osdlintignore ignores, with a note, unless --no-ignore', () => {
    let r = run(['vendor/lib/LICENSE', 'LICENSE'], repo);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /vendor\/lib\/LICENSE: ignored by \.osdlintignore \(--no-ignore checks it\)/);
    assert.match(r.stdout, /1 file checked: no problems/);
    r = run(['vendor/lib/LICENSE'], repo);
    assert.equal(r.code, 0, 'only ignored files named: nothing to report, not a usage error');
    r = run(['--no-ignore', 'vendor/lib/LICENSE'], repo);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /no-sale/);
    r = run(['--no-ignore', '-f', 'json', '.'], repo);
    assert.deepEqual(filesOf(r.stdout), [...CHECKED, 'out/LICENSE.txt', 'vendor/lib/LICENSE'].sort(), 'node_modules and hidden folders stay out');
  });

  it('.gitignore counts only inside a repository; .osdlintignore anywhere above', () => {
    const plain = path.join(tmp, 'plain');
    layout(plain, { '.gitignore': 'LICENSE-B\n', '.osdlintignore': 'sub/LICENSE-C\n', 'LICENSE-A': SALE, 'LICENSE-B': SALE, 'sub/LICENSE-C': SALE });
    assert.deepEqual(filesOf(run(['-f', 'json', '.'], plain).stdout), ['LICENSE-A', 'LICENSE-B']);
    assert.match(run(['sub/LICENSE-C'], plain).stderr, /ignored by \.osdlintignore/);
    fs.mkdirSync(path.join(plain, '.git'));
    assert.deepEqual(filesOf(run(['-f', 'json', '.'], plain).stdout), ['LICENSE-A']);
    // A nested .osdlintignore re-includes what the root's leaves out.
    layout(plain, { 'sub/.osdlintignore': '!LICENSE-C\n' });
    assert.deepEqual(filesOf(run(['-f', 'json', '.'], plain).stdout), ['LICENSE-A', 'sub/LICENSE-C']);
  });

  it('--ignore-pattern (repeatable, relative to the working folder) leaves files out', () => {
    let r = run(['-f', 'json', '--ignore-pattern', 'LICENSES/LicenseRef-*', '--ignore-pattern', 'drafts/', '.'], repo);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(filesOf(r.stdout), CHECKED.filter((f) => !/LicenseRef|drafts/.test(f)));
    r = run(['--ignore-pattern', 'LicenseRef-Custom.txt', 'LICENSES/LicenseRef-Custom.txt'], repo);
    assert.match(r.stderr, /ignored by --ignore-pattern/);
    r = run(['-f', 'json', '--ignore-pattern', '*.md', 'README.md', 'docs/*'], repo);
    assert.deepEqual(filesOf(r.stdout), ['docs/notes.txt'], 'glob matches are filtered too');
  });

  it('judges each file with the nearest .osdlintrc.json above it, whatever the working folder; -c overrides for all', () => {
    layout(repo, { '.osdlintrc.json': '{ "rules": { "no-sale": "warning" } }', 'drafts/.osdlintrc.json': '{ "rules": { "no-sale": "off" } }' });
    try {
      const messages = (out: string): unknown => (JSON.parse(out) as Array<{ messages: unknown[] }>).map((x) => x.messages);
      const draft = path.join(repo, 'drafts/LICENCE-draft.md');
      const results = [
        run(['-f', 'json', 'drafts/LICENCE-draft.md'], repo),
        run(['-f', 'json', 'LICENCE-draft.md'], path.join(repo, 'drafts')),
        run(['-f', 'json', draft], os.tmpdir()),
        run(['-f', 'json', draft], ROOT),
      ];
      for (const r of results) {
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(messages(r.stdout), [[]], 'no-sale is off next to the draft');
      }
      const custom = path.join(repo, 'LICENSES/LicenseRef-Custom.txt');
      for (const cwd of [repo, path.join(repo, 'drafts'), os.tmpdir()]) {
        const r = run([custom], cwd);
        assert.equal(r.code, 0, `${cwd}: the repository's config makes it a warning`);
        assert.match(r.stdout, /warning +Selling the work is forbidden/);
      }
      const all = run(['-c', 'drafts/.osdlintrc.json', '.'], repo);
      assert.equal(all.code, 0, all.stdout);
      assert.doesNotMatch(all.stdout, /no-sale/);
    } finally {
      fs.rmSync(path.join(repo, '.osdlintrc.json'));
      fs.rmSync(path.join(repo, 'drafts/.osdlintrc.json'));
    }
  });

  it('on this repository, reports licence files only', () => {
    const r = run(['-f', 'json', '.'], ROOT);
    const files = filesOf(r.stdout);
    assert.ok(files.includes('LICENSE') && files.includes('examples/acme-model.license'), files.join(', '));
    for (const f of files) assert.ok(isLicenceName(path.basename(f), /(^|\/)LICENSES\//i.test(f)), `${f} is not a licence file`);
    assert.ok(!files.some((f) => /README|CHANGELOG|SECURITY|BENCHMARKS|tmLanguage|node_modules|(^|\/)out\//.test(f)), files.join(', '));
  });
});
