/**
 * The CLI's SARIF passes the SARIF multitool's validation with GitHub's code-scanning rule sets
 * (`--rule-kind "Sarif;Gh;Ghas"`): no error and no warning, and the notes are the ones listed.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../server/src/engine';
import { layout, requireBuild, ROOT, run } from './run';

const TOOL = path.join(ROOT, `node_modules/@microsoft/sarif-multitool-${process.platform}/Sarif.Multitool`);

interface ValidationResult {
  ruleId: string;
  level?: string;
  message: { id?: string; text?: string; arguments?: string[] };
}

/** Validates a SARIF file with every rule kind GitHub code scanning checks; returns the results. */
function validate(file: string): ValidationResult[] {
  const out = `${file}.validation.sarif`;
  const r = spawnSync(TOOL, ['validate', file, '--rule-kind', 'Sarif;Gh;Ghas', '--level', 'Error;Warning;Note', '--output', out, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const log = JSON.parse(fs.readFileSync(out, 'utf8')) as { runs: Array<{ results?: ValidationResult[] }> };
  return log.runs.flatMap((x) => x.results ?? []);
}

/** Notes that do not apply to a licence linter: no message arguments, snippets, version control, conventional ids, reachable schema URI offline. */
const ACCEPTED_NOTES = new Set(['SARIF2002', 'SARIF2003', 'SARIF2006', 'SARIF2009', 'SARIF2010', 'SARIF2011', 'SARIF2013']);

describe('osd-lint CLI: SARIF for GitHub code scanning', function () {
  this.timeout(60000);
  let tmp: string;
  before(function () {
    requireBuild();
    if (!fs.existsSync(TOOL)) throw new Error(`${TOOL} is missing: npm ci installs @microsoft/sarif-multitool`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'osd-lint-sarif-'));
    layout(tmp, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'LICENSE': 'You may not sell the Software.\n\nYou must accept this licence by clicking I Agree.\n',
      'docs/my licence/LICENSE.md': '# Terms\n\nThe rights granted here apply only when the Software is used as part of the Acme Suite.\n',
    });
    fs.copyFileSync(path.join(ROOT, 'examples/acme-model.license'), path.join(tmp, 'model.license'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('the validator runs the GitHub rules: a rule without help is an error', () => {
    const file = path.join(tmp, 'no-help.sarif');
    const rule = { id: 'no-sale', shortDescription: { text: 'Selling the work is forbidden' } };
    const result = { ruleId: 'no-sale', level: 'error', message: { text: 'x' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'LICENSE' }, region: { startLine: 1 } } }] };
    fs.writeFileSync(file, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'osd-lint', rules: [rule] } }, results: [result] }] }));
    assert.ok(validate(file).some((x) => x.ruleId === 'GH2012' && x.level === 'error'));
  });

  it('has no error or warning under the Sarif, Gh and Ghas rule kinds', () => {
    const file = path.join(tmp, 'out/osd-lint.sarif');
    const r = run(['--format', 'sarif', '-o', file, '.'], tmp);
    assert.equal(r.code, 1, r.stderr);
    const results = validate(file);
    // A result without a level is a warning (SARIF §3.27.10).
    const failures = results.filter((x) => x.level === undefined || x.level === 'error' || x.level === 'warning' || !ACCEPTED_NOTES.has(x.ruleId));
    assert.deepEqual(failures.map((x) => `${x.ruleId} ${x.level ?? 'warning'}: ${x.message.id} ${JSON.stringify(x.message.arguments)}`), []);
    const log = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.ok(log.runs[0].results.length >= 4);
  });

  it('gives every rule help in text and Markdown, and results relative URIs under %SRCROOT%', () => {
    const log = JSON.parse(run(['-f', 'sarif', '.'], tmp).stdout);
    const runLog = log.runs[0];
    assert.deepEqual(runLog.tool.driver.rules.map((x: { id: string }) => x.id), RULES.map((x) => x.id));
    for (const rule of runLog.tool.driver.rules) {
      assert.ok(rule.help.text.length > 80 && rule.help.markdown.length > 80, rule.id);
      assert.match(rule.help.markdown, /\]\(https:\/\/opensource\.org\/osd#/);
      assert.match(rule.name, /^[A-Z][A-Za-z0-9]+$/);
    }
    assert.deepEqual(runLog.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(tmp).href + '/' } });
    const uris = runLog.results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }) => x.locations[0].physicalLocation.artifactLocation);
    assert.deepEqual([...new Set(uris.map((u: { uri: string }) => u.uri))], ['LICENSE', 'docs/my%20licence/LICENSE.md', 'model.license']);
    assert.ok(uris.every((u: { uriBaseId: string }) => u.uriBaseId === '%SRCROOT%'));
    assert.ok(runLog.artifacts.every((a: { location: { uriBaseId: string } }) => a.location.uriBaseId === '%SRCROOT%'));
  });

  it('keeps absolute file URIs for files outside the working folder, and the same findings from any folder', () => {
    const sub = path.join(tmp, 'docs');
    const inside = JSON.parse(run(['-f', 'sarif', 'LICENSE'], tmp).stdout).runs[0];
    const outside = JSON.parse(run(['-f', 'sarif', path.join(tmp, 'LICENSE')], sub).stdout).runs[0];
    assert.equal(outside.results[0].locations[0].physicalLocation.artifactLocation.uri, pathToFileURL(path.join(tmp, 'LICENSE')).href);
    assert.equal(outside.results[0].locations[0].physicalLocation.artifactLocation.uriBaseId, undefined);
    const strip = (results: Array<{ locations: unknown }>): unknown => results.map((x) => ({ ...x, locations: undefined }));
    assert.deepEqual(strip(outside.results), strip(inside.results));
    const file = path.join(tmp, 'outside.sarif');
    fs.writeFileSync(file, run(['-f', 'sarif', path.join(tmp, 'LICENSE')], sub).stdout);
    assert.deepEqual(validate(file).filter((x) => x.level !== 'note').map((x) => x.ruleId), []);
  });
});
