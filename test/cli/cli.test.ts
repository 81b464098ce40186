import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireBuild, ROOT, run } from './run';

describe('osd-lint CLI', function () {
  this.timeout(20000);
  let tmp: string;
  before(() => {
    requireBuild();
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

  it('refuses a named binary file: it says it was skipped and why, and the summary agrees with exit code 2', () => {
    const bin = path.join(tmp, 'LICENSE.bin');
    fs.writeFileSync(bin, Buffer.from([0x4c, 0x49, 0x00, 0x01, 0x02]));
    const r = run([bin]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /LICENSE\.bin: skipped: binary file .*exit code is 2/);
    assert.match(r.stdout, /✖ 0 files checked: no problems; 1 named file could not be checked/);
    assert.doesNotMatch(r.stdout, /✔/);
  });

  it('--max-file-size counts characters, as the editor does, and refuses a huge file without reading it', () => {
    const big = path.join(tmp, 'BIG-LICENSE.txt');
    fs.writeFileSync(big, 'You may use it. '.repeat(1000)); // 16,000 characters
    let r = run(['--max-file-size', '6000', big]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /16,000 characters, over the limit of 6,000 \(--max-file-size/);
    // 3 bytes per character: "€" is one UTF-16 unit in three UTF-8 bytes, so 1,000 of them fit 1,000 characters.
    const euros = path.join(tmp, 'EURO-LICENSE.txt');
    fs.writeFileSync(euros, '€'.repeat(1000));
    assert.equal(run(['--max-file-size', '1000', euros]).code, 0);
    assert.equal(run(['--max-file-size', '999', euros]).code, 2);
    // Far over the limit in bytes: refused by size, before decoding.
    r = run(['--max-file-size', '10', big]);
    assert.match(r.stderr, /16,000 bytes, over the limit of 10 characters/);
    assert.match(run(['--help']).stdout, /--max-file-size <n> +skip files longer than n characters/);
    assert.equal(run(['--max-file-size', '0', big]).code, 2);
  });

  it('reads .osdlintrc.json from the folder, and carries on with defaults when it is broken', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'cfg-'));
    fs.copyFileSync(path.join(ROOT, 'examples/noncommercial/LICENSE.md'), path.join(dir, 'LICENSE.md'));
    // (The example's sentence on companies and products that are sold is read as OSD 1 as well: distribution-permission.)
    fs.writeFileSync(path.join(dir, '.osdlintrc.json'), '{ "rules": { "non-commercial": "off", "no-sale": "warning", "distribution-permission": "warning" } }');
    let r = run(['.'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /warning\s+Selling the work is forbidden/);
    assert.match(r.stdout, /warning\s+Distribution needs the licensor's permission/);
    assert.doesNotMatch(r.stdout, /non-commercial/);

    fs.writeFileSync(path.join(dir, '.osdlintrc.json'), '{ "rules": { "non-commercial": "off" ');
    r = run(['.'], dir);
    assert.equal(r.code, 1, 'defaults apply: the non-commercial errors are back');
    assert.match(r.stderr, /\.osdlintrc\.json:1:\d+: .*not valid JSON|\.osdlintrc\.json:\d+:\d+: /);
    assert.match(r.stdout, /non-commercial/);
  });
});
