import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';

const ROOT = path.resolve(__dirname, '../..');

describe('the .vsix (npm run package)', function () {
  this.timeout(120_000);
  let entries: string[];
  let manifest: { main: string; browser: string; bin?: unknown; files: string[] };

  before(async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'osd-lint-vsix-test-')), 'osd-lint.vsix');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/package-vsix.mjs'), '-o', out], { cwd: ROOT, stdio: 'pipe' });
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    entries = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
    manifest = JSON.parse(await zip.file('extension/package.json')!.async('string'));
  });

  it('holds what the extension runs: both clients, both servers, the licence index', () => {
    for (const f of [manifest.main, manifest.browser, './server/out/server.js', './server/out/browserServer.js', './server/out/licences.txt']) {
      assert.ok(entries.includes(`extension/${f.replace(/^\.\//, '')}`), `${f} is in the .vsix`);
    }
  });

  it('leaves out the terminal commands, which only the npm package carries', () => {
    assert.deepEqual(entries.filter((f) => /^extension\/(?:bin|cli)\//.test(f)), []);
    assert.equal(manifest.bin, undefined);
    const npm = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    assert.ok(npm.files.includes('bin/') && npm.files.includes('cli/out/cli.js'), 'the npm package keeps them');
  });
});
