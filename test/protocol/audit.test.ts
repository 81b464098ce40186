import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { type ServerHandle, startServer } from '../helpers/server';
import { spdxText } from '../corpus/corpus';
import type { AuditReport } from '../../server/src/engine';
import { apacheWithCommonsClause } from '../fixtures/rider';

const WS = path.resolve(__dirname, '../fixtures/workspace');
const uri = (f: string): string => pathToFileURL(path.join(WS, f)).href;
const read = (f: string): string => fs.readFileSync(path.join(WS, f), 'utf8');

describe('language server: workspace audit', function () {
  this.timeout(30000);
  let child: ChildProcess;
  let conn: ProtocolConnection;
  let handle: ServerHandle;

  before(async () => {
    handle = await startServer({ rootUri: pathToFileURL(WS).href });
    ({ child, conn } = handle);
  });
  after(() => child.kill());

  it('audits several licences (open and not), follows a use policy and names the nearest licence', async () => {
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('model.license'), languageId: 'license', version: 1, text: read('model.license') } });
    const reports = (await conn.sendRequest('osdLint/audit', {
      documents: [
        { uri: uri('model.license') },
        { uri: uri('LICENSE'), text: read('LICENSE') },
        { uri: uri('COPYING'), text: read('COPYING') },
        { uri: uri('model-with-policy/LICENSE'), text: read('model-with-policy/LICENSE'), policies: [{ uri: uri('model-with-policy/USE_POLICY.md'), text: read('model-with-policy/USE_POLICY.md') }] },
        { uri: 'file:///w/LICENSES/Apache-2.0.txt', text: apacheWithCommonsClause() },
      ],
      profile: 'ai-model',
    })) as AuditReport[];
    const by = (u: string): AuditReport => reports.find((r) => r.file === u)!;
    assert.equal(reports.length, 5);
    assert.equal(by(uri('model.license')).verdict, 'fails');
    assert.equal(by(uri('LICENSE')).verdict, 'meets');
    assert.deepEqual(by(uri('COPYING')).scorecard.filter((s) => s.status === 'fail').map((s) => s.criterion), [5]);
    const withPolicy = by(uri('model-with-policy/LICENSE'));
    const fromPolicy = withPolicy.findings.filter((f) => f.source === uri('model-with-policy/USE_POLICY.md'));
    assert.ok(fromPolicy.some((f) => f.ruleId === 'field-of-use'), 'weapons item of the incorporated policy');
    assert.ok(fromPolicy.some((f) => f.ruleId === 'prohibited-use'), 'job-screening item of the incorporated policy');
    assert.ok(withPolicy.ai && !withPolicy.ai.suggested, 'AI rows present because the profile asked for them');
    const apache = by('file:///w/LICENSES/Apache-2.0.txt');
    assert.equal(apache.nearest?.id, 'Apache-2.0');
    assert.match(apache.summary, /^Apache-2\.0 \(\d+ % similar\) \+ 1 added clause \(OSD 1, OSD 6\)/);
  });

  it('shows what a close variant adds as information diagnostics', async () => {
    const u = 'file:///w/LICENSES/Apache-2.0.txt';
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'license', version: 1, text: apacheWithCommonsClause() } });
    const items = ((await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } })) as { items: Array<{ code: string; message: string; severity: number }> }).items;
    const added = items.filter((d) => d.code === 'added-clause');
    assert.ok(added.length >= 1 && added.every((d) => d.severity === 3), JSON.stringify(items.map((d) => d.code)));
    assert.match(added[0].message, /^Added to Apache-2\.0 \(Apache License 2\.0, \d+ % similar\)/);
  });

  it('on a draft longer than any licence, keeps the notes on their words while typing and compares again once typing pauses', async () => {
    const u = 'file:///w/LICENSES/long-variant.txt';
    // Apache-2.0 six times over (longer than any known licence, and still Apache-2.0 word for word), then a rider.
    const base = `${Array.from({ length: 6 }, () => spdxText('Apache-2.0')).join('\n\n')}\n\nThe Licensor may audit your books and records once in every calendar year, at its own cost, on thirty days of written notice.\n`;
    assert.ok(base.length > 60_000);
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'license', version: 1, text: base } });
    const pull = async (): Promise<Array<{ code: string; range: { start: { line: number } } }>> =>
      ((await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } })) as { items: Array<{ code: string; range: { start: { line: number } } }> }).items;
    const added = (items: Awaited<ReturnType<typeof pull>>): number[] => items.filter((d) => d.code === 'added-clause').map((d) => d.range.start.line);
    const lastLine = base.split('\n').length - 2;
    assert.deepEqual(added(await pull()), [lastLine], 'the rider, compared at once on opening');
    const refreshesBefore = handle.diagnosticRefreshes.length;
    // Type a new paragraph at the top: the rider's note moves down two lines at once; the new paragraph waits for the pause.
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'You must pay a fee to the Licensor for each copy you distribute.\n\n' }] });
    assert.deepEqual(added(await pull()), [lastLine + 2], 'moved with its words, before the comparison runs again');
    const deadline = Date.now() + 10_000;
    while (handle.diagnosticRefreshes.length === refreshesBefore && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(handle.diagnosticRefreshes.length > refreshesBefore, 'the server asked for the diagnostics again once typing paused');
    assert.deepEqual(added(await pull()), [0, lastLine + 2], 'compared again: the new paragraph is an addition too');
  });

  it('renders reports as SARIF', async () => {
    const reports = (await conn.sendRequest('osdLint/audit', { documents: [{ uri: uri('COPYING'), text: read('COPYING') }] })) as AuditReport[];
    const sarif = JSON.parse((await conn.sendRequest('osdLint/sarif', reports)) as string);
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'excluded-group'));
  });
});
