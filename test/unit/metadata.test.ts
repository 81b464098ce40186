import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/engine';
import { CONFIG_FILE } from '../../common/src/config';
import { DOCUMENT_SELECTOR, MARKDOWN_LICENCE_PATTERN } from '../../client/src/selector';

const ROOT = path.resolve(__dirname, '../..');
const read = (f: string): string => fs.readFileSync(path.join(ROOT, f), 'utf8');
const raw = JSON.parse(read('package.json'));
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const NLS_KEY = /^%([^%\s]+)%$/;
/** package.json with every `%key%` replaced from package.nls.json, as VS Code reads it. */
function localize(v: unknown): unknown {
  if (typeof v === 'string') {
    const m = NLS_KEY.exec(v);
    if (!m) return v;
    assert.ok(m[1] in nls, `package.nls.json has no "${m[1]}"`);
    return nls[m[1]];
  }
  if (Array.isArray(v)) return v.map(localize);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, localize(x)]));
  return v;
}
const pkg = localize(raw) as typeof raw;
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

  it('the osdLint.rules descriptions name each rule\'s title, criteria and default severity', () => {
    const props = pkg.contributes.configuration.properties['osdLint.rules'].properties as Record<string, { description: string }>;
    for (const r of RULES) assert.equal(props[r.id].description, `${r.title} (OSD ${r.criteria.join(', ')}; default ${r.severity})`, r.id);
  });

  it('every %key% of package.json is in package.nls.json, and every string there is used', () => {
    const used = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v === 'string') {
        const m = NLS_KEY.exec(v);
        if (m) used.add(m[1]);
      } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(raw);
    assert.deepEqual([...used].filter((k) => !(k in nls)), [], 'keys missing from package.nls.json');
    assert.deepEqual(Object.keys(nls).filter((k) => !used.has(k)), [], 'strings of package.nls.json that package.json does not use');
    for (const [k, v] of Object.entries(nls)) assert.ok(typeof v === 'string' && v.trim().length > 0 && !NLS_KEY.test(v), k);
    // Command titles and setting descriptions are localizable; the npm description and the model-facing tool texts stay literal.
    for (const c of raw.contributes.commands) assert.match(c.title, NLS_KEY, c.command);
    for (const [k, v] of Object.entries(raw.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>)) assert.match(v.description ?? v.markdownDescription ?? '', NLS_KEY, k);
    assert.doesNotMatch(raw.description, NLS_KEY, 'npm shows the description as it is');
  });

  it('activates only for licence files: the Licence language, or a workspace with a licence-named Markdown file', () => {
    assert.deepEqual(raw.activationEvents, ['onLanguage:license', `workspaceContains:${MARKDOWN_LICENCE_PATTERN}`]);
    const markdown = DOCUMENT_SELECTOR.filter((f) => f.language === 'markdown');
    assert.ok(markdown.every((f) => f.pattern === MARKDOWN_LICENCE_PATTERN), 'every Markdown filter of the selector is covered by the workspaceContains pattern');
  });

  it('declares virtual and untrusted workspace support that matches the document selector', () => {
    const schemes = new Set(DOCUMENT_SELECTOR.map((f) => f.scheme));
    const virtual = raw.capabilities.virtualWorkspaces;
    if ([...schemes].every((s) => s === 'file' || s === 'untitled')) {
      assert.equal(virtual.supported, 'limited', 'only file: and untitled: documents are analysed');
      assert.match(pkg.capabilities.virtualWorkspaces.description, /untitled/);
    } else assert.ok(virtual === true || virtual.supported === true);
    // Untrusted workspaces are safe: the server runs no workspace code and reads .osdlintrc.json as data.
    assert.deepEqual(raw.capabilities.untrustedWorkspaces, { supported: true });
  });

  it('maps .osdlintrc.json to JSON with comments, as the config parser reads it', () => {
    const jsonc = (raw.contributes.languages as { id: string; filenames?: string[] }[]).find((l) => l.id === 'jsonc');
    assert.ok(jsonc?.filenames?.includes(CONFIG_FILE));
  });

  it('is ready for the marketplace and npm: repository, bugs, homepage, a 128×128 PNG icon, https or packaged links', () => {
    assert.equal(raw.private, undefined, 'a private package cannot be published to npm');
    assert.match(raw.repository.url, /^https:\/\/github\.com\/osd-lint\/osd-lint(\.git)?$/);
    assert.match(raw.bugs.url, /^https:\/\//);
    assert.match(raw.homepage, /^https:\/\//);
    const icon = fs.readFileSync(path.join(ROOT, raw.icon));
    assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
    // vsce rewrites relative links against `repository`; it refuses SVG and http images.
    for (const [, target] of read('README.md').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) {
      assert.doesNotMatch(target, /\.svg$|^http:/i, target);
      if (!/^https:\/\//.test(target)) assert.ok(fs.existsSync(path.join(ROOT, target)), `README image ${target} does not exist`);
    }
  });

  it('packs every file package.json points to, and has no runtime dependencies (the bundles carry them)', () => {
    const files = raw.files as string[];
    const packed = (f: string): boolean => files.some((p) => path.posix.normalize(f) === path.posix.normalize(p) || path.posix.normalize(f).startsWith(p.endsWith('/') ? p : `${p}/`));
    const refs = [raw.main, raw.browser, raw.icon, ...Object.values(raw.bin as Record<string, string>), 'server/out/server.js', 'server/out/browserServer.js', 'server/out/licences.txt', 'package.nls.json',
      ...raw.contributes.languages.filter((l: { configuration?: string }) => l.configuration).map((l: { configuration: string }) => l.configuration),
      ...raw.contributes.grammars.map((g: { path: string }) => g.path), ...raw.contributes.jsonValidation.map((j: { url: string }) => j.url)];
    for (const f of refs) {
      assert.ok(packed(f.replace(/^\.\//, '')), `"files" does not pack ${f}`);
      if (!/\/out\//.test(f)) assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} does not exist`);
    }
    assert.deepEqual(raw.dependencies ?? {}, {});
    assert.ok(!fs.existsSync(path.join(ROOT, '.vscodeignore')), 'vsce refuses a .vscodeignore beside "files"');
  });

  it('settings have the right scopes', () => {
    const props = pkg.contributes.configuration.properties as Record<string, { scope: string }>;
    for (const [k, v] of Object.entries(props)) assert.equal(v.scope, k === 'osdLint.trace.server' ? 'window' : 'resource', k);
  });

  it('the CHANGELOG names the package version', () => {
    assert.match(read('CHANGELOG.md'), new RegExp(`### Version ${pkg.version.replace(/\./g, '\\.')}`));
  });
});
