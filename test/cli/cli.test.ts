import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/osd-lint.js');

function run(args: string[], cwd = ROOT): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('osd-lint CLI', function () {
  this.timeout(20000);
  let tmp: string;
  before(() => {
    if (!fs.existsSync(path.join(ROOT, 'cli/out/cli.js'))) throw new Error('cli/out/cli.js is missing: run npm run build first');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'osd-lint-cli-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('--judgement chooses between the clause model (default) and the rules alone', () => {
    const file = path.join(tmp, 'decompile.license');
    fs.writeFileSync(file, 'Decompiling or disassembling the Engine is prohibited.\n');
    const model = run([file]);
    assert.equal(model.code, 1, model.stderr);
    assert.match(model.stdout, /reverse-engineering-ban/);
    assert.equal(run(['--judgement', 'rules', file]).code, 0, 'the rules alone find nothing');
    const bad = run(['--judgement', 'guess', file]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown judgement "guess"/);
  });

  it('prints stylish findings for the examples and exits 1', () => {
    const r = run(['examples/']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /examples\/acme-model\.license/);
    assert.match(r.stdout, /\d+:\d+\s+error\s+Rights depend on the size of the licensee.*size-threshold/);
    assert.match(r.stdout, /✖ \d+ problems \(\d+ errors/);
    assert.doesNotMatch(r.stdout, /permissive\/LICENSE/, 'the clean licence has no findings');
  });

  it('exits 0 on a clean licence', () => {
    const r = run(['examples/permissive/LICENSE']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /no problems/);
  });

  it('writes JSON with criteria and 1-based positions', () => {
    const r = run(['--format', 'json', 'examples/acme-model.license']);
    assert.equal(r.code, 1);
    const reports = JSON.parse(r.stdout) as { filePath: string; errorCount: number; messages: { ruleId: string; criteria: number[]; line: number; column: number }[] }[];
    assert.equal(reports.length, 1);
    const m = reports[0].messages.find((x) => x.ruleId === 'size-threshold')!;
    assert.deepEqual(m.criteria, [5]);
    const text = fs.readFileSync(path.join(ROOT, 'examples/acme-model.license'), 'utf8').split('\n');
    assert.ok(text[m.line - 1].length >= m.column - 1 && m.line >= 1 && m.column >= 1);
  });

  it('writes SARIF 2.1.0 with rules, helpUri, levels, regions and criteria', () => {
    const r = run(['-f', 'sarif', 'examples/acme-model.license']);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'osd-lint');
    const rule = driver.rules.find((x: { id: string }) => x.id === 'size-threshold');
    assert.match(rule.helpUri, /^https:\/\/opensource\.org\/osd#/);
    const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'size-threshold');
    assert.equal(result.level, 'error');
    assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
    assert.ok(result.locations[0].physicalLocation.region.startColumn >= 1);
    assert.deepEqual(result.properties.criteria, [5]);
  });

  it('expands globs', () => {
    const r = run(['examples/**/LICENSE*']);
    assert.match(r.stdout, /noncommercial\/LICENSE\.md/);
  });

  it('exits 2 with a one-line message on usage and input problems', () => {
    for (const args of [[], ['--format', 'xml', 'examples'], ['does-not-exist'], ['--bogus']]) {
      const r = run(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^osd-lint: /);
    }
  });

  it('refuses a binary file and an oversized file with a clear message', () => {
    const bin = path.join(tmp, 'LICENSE.bin');
    fs.writeFileSync(bin, Buffer.from([0x4c, 0x49, 0x00, 0x01, 0x02]));
    let r = run([bin]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /binary file/);
    const big = path.join(tmp, 'BIG-LICENSE.txt');
    fs.writeFileSync(big, 'You may use it. '.repeat(1000));
    r = run(['--max-file-size', '1000', big]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /over the 0\.0 MB limit|over the .* limit/);
  });

  it('reads .osdlintrc.json from the folder, and carries on with defaults when it is broken', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'cfg-'));
    fs.copyFileSync(path.join(ROOT, 'examples/noncommercial/LICENSE.md'), path.join(dir, 'LICENSE.md'));
    fs.writeFileSync(path.join(dir, '.osdlintrc.json'), '{ "rules": { "non-commercial": "off", "no-sale": "warning" } }');
    let r = run(['.'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /warning\s+Selling the work is forbidden/);
    assert.doesNotMatch(r.stdout, /non-commercial/);

    fs.writeFileSync(path.join(dir, '.osdlintrc.json'), '{ "rules": { "non-commercial": "off" ');
    r = run(['.'], dir);
    assert.equal(r.code, 1, 'defaults apply: the non-commercial errors are back');
    assert.match(r.stderr, /\.osdlintrc\.json:1:\d+: .*not valid JSON|\.osdlintrc\.json:\d+:\d+: /);
    assert.match(r.stdout, /non-commercial/);
  });
});
