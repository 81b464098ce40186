import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, buildReport, markdownReport } from '../../server/src/engine';
import { builtLicenceIndex } from '../helpers/licenceIndex';
import { reportHtml } from '../../client/src/reportHtml';
import { sarifLog } from '../../common/src/sarif';
import { apacheWithCommonsClause } from '../fixtures/rider';

const ROOT = path.resolve(__dirname, '../..');
const example = fs.readFileSync(path.join(ROOT, 'examples/acme-model.license'), 'utf8');


describe('audit report', function () {
  this.timeout(30000);

  it('gives a verdict, a ten-row scorecard and the AI rows for a model licence', () => {
    const r = buildReport({ file: 'acme-model.license', text: example, analysis: analyze(example) });
    assert.equal(r.verdict, 'fails');
    assert.equal(r.scorecard.length, 10);
    assert.deepEqual(r.scorecard.filter((s) => s.status === 'fail').map((s) => s.criterion), [5, 6]);
    assert.equal(r.summary, 'Fails OSD 5, OSD 6');
    assert.ok(r.ai?.suggested, 'the AI profile is suggested for a model licence');
    assert.equal(r.ai!.rows.find((x) => x.name === 'Improving other models allowed')!.status, 'fail');
  });

  it('says "Apache-2.0 + 1 added clause (OSD 1, OSD 6)" for Apache with the Commons Clause', () => {
    const text = apacheWithCommonsClause();
    const analysis = analyze(text);
    const r = buildReport({ file: 'LICENSE', text, analysis, nearest: builtLicenceIndex().identify(text, analysis.clauses) });
    assert.equal(r.nearest?.id, 'Apache-2.0');
    assert.match(r.summary, /^Apache-2\.0 \(9\d % similar\) \+ 1 added clause \(OSD 1, OSD 6\)/);
    assert.ok(r.nearest!.added.some((a) => /right to Sell/.test(a.text) && a.criteria.includes(1)));
  });

  it('renders Markdown with the verdict, scorecard, nearest licence and findings', () => {
    const text = apacheWithCommonsClause();
    const analysis = analyze(text);
    const md = markdownReport([buildReport({ file: 'LICENSE', text, analysis, nearest: builtLicenceIndex().identify(text, analysis.clauses) })]);
    assert.match(md, /\*\*❌ Fails the OSD\*\*/);
    assert.match(md, /\| \[OSD 1: Free Redistribution\]\(https:\/\/opensource\.org\/osd#free-redistribution\) \| ❌ fail \|/);
    assert.match(md, /### Nearest known licence: Apache License 2\.0 \(`Apache-2\.0`/);
    assert.match(md, /- \*\*Added\*\* \(line \d+\) — OSD 1/);
    assert.match(md, /CC BY 4\.0/);
  });

  it('renders HTML with a strict CSP and nonce, no remote resources, escaped text', () => {
    const hostile = 'You may not sell the Software. <script>alert(1)</script><img src=https://evil.example/x.png>';
    const html = reportHtml([buildReport({ file: 'file:///w/LICENSE', text: hostile, analysis: analyze(hostile) })], 'abc123nonce', 'vscode-resource:');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta tag');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123nonce'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
    for (const tag of html.match(/<(?:script|style)\b[^>]*>/g) ?? []) assert.match(tag, /nonce="abc123nonce"/);
    assert.doesNotMatch(html, /<[^>]*\bsrc=|<link\b|@import|url\(/i, 'nothing is loaded');
    assert.doesNotMatch(html, /<script>alert|<img /, 'licence text is escaped');
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /role="status"/);
  });

  it('exports SARIF that the SARIF 2.1.0 validator accepts', function () {
    const tool = path.join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
    if (!fs.existsSync(tool)) throw new Error(`${tool} is missing: npm ci installs @microsoft/sarif-multitool`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'osd-sarif-'));
    try {
      const r = buildReport({ file: 'file:///w/model.license', text: example, analysis: analyze(example) });
      const fromReports = path.join(dir, 'report.sarif');
      fs.writeFileSync(fromReports, sarifLog([{ uri: r.file, findings: r.findings }], '0.1.0'));
      const fromCli = path.join(dir, 'cli.sarif');
      fs.writeFileSync(fromCli, spawnSync(process.execPath, [path.join(ROOT, 'bin/osd-lint.js'), '-f', 'sarif', 'examples/'], { cwd: ROOT, encoding: 'utf8' }).stdout);
      for (const file of [fromReports, fromCli]) {
        const out = `${file}.validation.sarif`;
        const run = spawnSync(tool, ['validate', file, '--output', out], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
        assert.equal(run.status, 0, run.stdout + run.stderr);
        const results = (JSON.parse(fs.readFileSync(out, 'utf8')) as { runs: Array<{ results?: Array<{ level?: string; ruleId?: string; message: { text?: string } }> }> }).runs.flatMap((x) => x.results ?? []);
        const errors = results.filter((x) => x.level === 'error' || /^JSON/.test(x.ruleId ?? ''));
        assert.deepEqual(errors.map((e) => `${e.ruleId}: ${e.message.text}`), [], `${path.basename(file)} is not valid SARIF 2.1.0`);
        assert.ok((JSON.parse(fs.readFileSync(file, 'utf8')) as { runs: Array<{ results: unknown[] }> }).runs[0].results.length > 0);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
