import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/engine';

const ROOT = path.resolve(__dirname, '../..');
const read = (f: string): string => fs.readFileSync(path.join(ROOT, f), 'utf8');
const pkg = JSON.parse(read('package.json'));
const ids = RULES.map((r) => r.id).sort();

/** Keeps rule ids, their docs, the settings schemas and the README's rule table in sync. */
describe('metadata', () => {
  it('the README rule table lists every rule with its criteria, severity and title', () => {
    const rows = read('README.md').split('\n').filter((l) => /^\| `[a-z0-9-]+` \|/.test(l));
    const expected = RULES.map((r) => `| \`${r.id}\` | ${r.criteria.map((c) => `OSD ${c}`).join(', ')} | ${r.severity} | ${r.title} |`);
    assert.deepEqual(rows, expected);
  });

  it('the osdLint.rules setting offers every rule id and nothing else', () => {
    const props = pkg.contributes.configuration.properties['osdLint.rules'].properties;
    assert.deepEqual(Object.keys(props).sort(), ids);
  });

  it('the .osdlintrc.json schema offers every rule id and is contributed', () => {
    const schema = JSON.parse(read('schemas/osdlintrc.schema.json'));
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), ids);
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.osdlintrc.json', url: './schemas/osdlintrc.schema.json' }]);
  });

  it('every rule documents why and how to fix', () => {
    for (const r of RULES) {
      assert.ok(r.explanation.length > 40, `${r.id}: explanation`);
      assert.ok(r.suggestion.length > 20, `${r.id}: suggestion`);
    }
  });

  it('every contributed command is registered by the client, and every registered public one is contributed', () => {
    const source = read('client/src/setup.ts');
    const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).filter((c) => !c.startsWith('_')).sort();
    const contributed = (pkg.contributes.commands as { command: string; category: string }[]).map((c) => c.command).sort();
    assert.deepEqual(contributed, registered);
    for (const c of pkg.contributes.commands) assert.equal(c.category, 'OSD Lint');
  });

  it('settings have the right scopes', () => {
    const props = pkg.contributes.configuration.properties as Record<string, { scope: string }>;
    for (const [k, v] of Object.entries(props)) assert.equal(v.scope, k === 'osdLint.trace.server' ? 'window' : 'resource', k);
  });

  it('the CHANGELOG names the package version', () => {
    assert.match(read('CHANGELOG.md'), new RegExp(`### Version ${pkg.version.replace(/\./g, '\\.')}`));
  });
});
