/** The CLI's CI conventions: exit codes, --max-warnings, --quiet, stdin, -o, colours, order, --format github. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { escapeData, escapeProperty } from '../../cli/src/formats/github';
import { useColor } from '../../cli/src/output';
import { filesOf, layout, requireBuild, run } from './run';

const ERROR = 'You may not sell the Software.';
const WARNING_PRODUCT = 'The rights granted here apply only when the Software is used as part of the Acme Suite.';
const WARNING_CLICK = 'You must accept this licence by clicking I Agree.';
const ESC = '\u001b[';

describe('osd-lint CLI in CI', function () {
  this.timeout(30000);
  let tmp: string;
  before(() => {
    requireBuild();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'osd-lint-ci-'));
    layout(tmp, {
      'warnings/LICENSE': `${WARNING_PRODUCT}\n\n${WARNING_CLICK}\n`,
      'mixed/LICENSE': `${WARNING_PRODUCT}\n\n${ERROR}\n`,
      'b/LICENSE': `${ERROR}\n\nCopyright 2024.\n\n${WARNING_CLICK} ${ERROR}\n`,
      'a/LICENSE': `${WARNING_CLICK}\n\n${ERROR}\n`,
    });
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('--max-warnings N exits 1 when there are more than N warnings, and says so', () => {
    assert.equal(run(['warnings'], tmp).code, 0, 'warnings alone pass');
    assert.equal(run(['--max-warnings', '2', 'warnings'], tmp).code, 0);
    const r = run(['--max-warnings', '1', 'warnings'], tmp);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /2 warnings, more than --max-warnings 1 allows/);
    assert.match(r.stdout, /✖ 2 problems \(0 errors, 2 warnings, 0 information\) in 1 file; more warnings than --max-warnings 1 allows/);
    assert.equal(run(['--max-warnings=-1', 'warnings'], tmp).code, 0, '-1: no limit');
    assert.equal(run(['--max-warnings', 'many', 'warnings'], tmp).code, 2);
  });

  it('--quiet reports errors only; the exit code still counts errors (and warnings for --max-warnings)', () => {
    let r = run(['--quiet', 'mixed'], tmp);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /no-sale/);
    assert.doesNotMatch(r.stdout, /product-specific|\d+:\d+ +warning/);
    r = run(['--quiet', 'warnings'], tmp);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /no problems/);
    r = run(['--quiet', '-f', 'json', 'mixed'], tmp);
    assert.deepEqual((JSON.parse(r.stdout) as Array<{ messages: Array<{ severity: string }> }>)[0].messages.map((m) => m.severity), ['error']);
    assert.equal(run(['--quiet', '--max-warnings', '0', 'warnings'], tmp).code, 1);
  });

  it('reads standard input with -, named by --stdin-filename for the report and the config lookup', () => {
    let r = run(['-'], { cwd: tmp, input: `${ERROR}\n`, env: { NO_COLOR: '1' } });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^<stdin>$/m);
    r = run(['-f', 'github', '--stdin-filename', 'a/LICENSE.md', '-'], { cwd: tmp, input: `# Terms\n\n${ERROR}\n` });
    assert.match(r.stdout, /^::error file=a\/LICENSE\.md,line=3,/m);
    layout(tmp, { 'quiet/.osdlintrc.json': '{ "rules": { "no-sale": "off" } }' });
    r = run(['--stdin-filename', 'quiet/LICENSE', '-'], { cwd: tmp, input: `${ERROR}\n` });
    assert.equal(r.code, 0, 'the config next to the named file applies');
    r = run(['--stdin-filename', path.join(tmp, 'quiet/LICENSE'), '-'], { cwd: os.homedir(), input: `${ERROR}\n` });
    assert.equal(r.code, 0, 'from any working folder');
    r = run(['-'], { cwd: tmp, input: Buffer.from([0x41, 0, 0x42]) });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /<stdin>: skipped: binary file/);
    for (const args of [['--stdin-filename', 'x', 'a'], ['-', '-']]) {
      r = run(args, tmp);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^osd-lint: /);
    }
  });

  it('-o writes the report to a file, creating its folders; stdout stays empty and the exit code is kept', () => {
    const out = path.join(tmp, 'reports/deep/osd-lint.sarif');
    const r = run(['-f', 'sarif', '-o', out, 'a'], tmp);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /1 error, 1 warning, 0 information in 1 file; report written to reports\/deep\/osd-lint\.sarif/);
    assert.equal((JSON.parse(fs.readFileSync(out, 'utf8')) as { version: string }).version, '2.1.0');
    const stylish = path.join(tmp, 'reports/out.txt');
    assert.equal(run(['--output-file', stylish, 'a'], { cwd: tmp, env: { FORCE_COLOR: '1' } }).code, 1);
    assert.ok(!fs.readFileSync(stylish, 'utf8').includes(ESC), 'no colours in a file');
    assert.equal(fs.readFileSync(stylish, 'utf8'), run(['a'], tmp).stdout);
    fs.writeFileSync(path.join(tmp, 'blocker'), '');
    const bad = run(['-o', 'blocker/x.txt', 'a'], tmp);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /cannot write/);
  });

  it('colours by terminal, NO_COLOR, FORCE_COLOR and --color/--no-color', () => {
    const colours = (env: Record<string, string>, args: string[] = []): boolean => run([...args, 'a'], { cwd: tmp, env }).stdout.includes(ESC);
    assert.equal(colours({}), false, 'a pipe is not a terminal');
    assert.equal(colours({ FORCE_COLOR: '1' }), true);
    assert.equal(colours({ FORCE_COLOR: '3' }), true);
    assert.equal(colours({ FORCE_COLOR: '0' }), false);
    assert.equal(colours({ FORCE_COLOR: '1', NO_COLOR: '1' }), true, 'FORCE_COLOR wins, as in Node');
    assert.equal(colours({ NO_COLOR: '1' }, ['--color']), true);
    assert.equal(colours({ FORCE_COLOR: '1' }, ['--no-color']), false);
    assert.equal(colours({}, ['--no-color', '--color']), true, 'the last one wins');
    assert.equal(useColor(undefined, false, {}, true), true, 'a terminal');
    assert.equal(useColor(undefined, false, { NO_COLOR: '1' }, true), false);
    assert.equal(useColor(undefined, false, { NO_COLOR: '' }, true), true, 'an empty NO_COLOR is unset');
    assert.equal(useColor(undefined, true, {}, true), false, 'a file');
    assert.equal(useColor(undefined, false, { FORCE_COLOR: 'false' }, true), false);
  });

  it('sorts by file, then line and column, in every format', () => {
    const args = ['b', 'a', 'mixed'];
    const expected = ['a/LICENSE', 'b/LICENSE', 'mixed/LICENSE'];
    const json = JSON.parse(run(['-f', 'json', ...args], tmp).stdout) as Array<{ filePath: string; messages: Array<{ line: number; column: number }> }>;
    assert.deepEqual(filesOf(JSON.stringify(json)), expected);
    const sorted = (ps: Array<[number, number]>): boolean => ps.every((p, i) => i === 0 || ps[i - 1][0] < p[0] || (ps[i - 1][0] === p[0] && ps[i - 1][1] <= p[1]));
    for (const r of json) assert.ok(r.messages.length > 1 && sorted(r.messages.map((m) => [m.line, m.column])), r.filePath);

    const stylish = run(args, tmp).stdout;
    assert.deepEqual([...stylish.matchAll(/^(\S+\/LICENSE)$/gm)].map((m) => m[1]), expected);
    assert.ok(sorted([...stylish.split('b/LICENSE')[1].split('mixed/')[0].matchAll(/^ {2}(\d+):(\d+)/gm)].map((m) => [Number(m[1]), Number(m[2])])));

    const sarif = JSON.parse(run(['-f', 'sarif', ...args], tmp).stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }> }> };
    const locs = sarif.runs[0].results.map((x) => x.locations[0].physicalLocation);
    assert.deepEqual([...new Set(locs.map((l) => l.artifactLocation.uri))], expected);
    for (const f of expected) assert.ok(sorted(locs.filter((l) => l.artifactLocation.uri === f).map((l) => [l.region.startLine, l.region.startColumn])), f);

    const gh = run(['-f', 'github', ...args], tmp).stdout.trim().split('\n').map((l) => /file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(l)!);
    assert.deepEqual([...new Set(gh.map((m) => m[1]))], expected);
    for (const f of expected) assert.ok(sorted(gh.filter((m) => m[1] === f).map((m) => [Number(m[2]), Number(m[3])])), f);

    const md = run(['-f', 'markdown', ...args], tmp).stdout;
    const at = expected.map((f) => md.indexOf(f));
    assert.ok(at.every((x, i) => x >= 0 && (i === 0 || at[i - 1] < x)), `markdown in file order: ${at.join(', ')}`);
  });

  it('--format github writes workflow commands, escaped as GitHub requires', () => {
    const r = run(['-f', 'github', 'mixed', 'a'], tmp);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.every((l) => /^::(error|warning|notice) file=[^:]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[^:]+::\S/.test(l)), r.stdout);
    assert.ok(lines.some((l) => l.startsWith('::error file=mixed/LICENSE,line=3,endLine=3,col=5,endColumn=17,title=osd-lint no-sale (OSD 1)::Selling the work is forbidden.')), r.stdout);
    assert.ok(lines.some((l) => l.startsWith('::warning file=a/LICENSE,')));
    assert.equal(escapeData('100% sure\r\nnext: a, b'), '100%25 sure%0D%0Anext: a, b');
    assert.equal(escapeProperty('a,b: 50%\n'), 'a%2Cb%3A 50%25%0A');
    layout(tmp, { 'odd,name: x/LICENSE': `${ERROR}\n`, 'info/LICENSE': 'You must accept this licence by clicking I Agree.\n' });
    assert.match(run(['-f', 'github', 'odd,name: x'], tmp).stdout, /^::error file=odd%2Cname%3A x\/LICENSE,line=1,/);
    const info = run(['-f', 'github', '--stdin-filename', 'LICENSE', '-'], { cwd: tmp, input: fs.readFileSync(path.join(__dirname, '../../examples/acme-model.license')) });
    assert.match(info.stdout, /^::notice file=LICENSE,line=4,/m, 'information findings are notices');
    const skipped = run(['-f', 'github', '-'], { cwd: tmp, input: Buffer.from([0, 1]) });
    assert.equal(skipped.code, 2);
    assert.match(skipped.stdout, /^::error file=<stdin>,title=osd-lint could not check this file::skipped: binary file/);
  });
});
