import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';
import { SERVER_BUNDLE } from '../helpers/server';

/**
 * The language server in a real editor other than VS Code: Debian's Neovim 0.7, headless, runs
 * test/neovim/lsp.lua, which starts the built server as a user's configuration would, waits for
 * diagnostics, hovers, applies a quick fix and runs both server commands through Neovim's own LSP
 * client; it writes what happened as JSON, checked here. Neovim comes from `npm run setup:e2e`.
 */
const SCRIPT = path.resolve(__dirname, 'lsp.lua');
const TEXT = fs.readFileSync(path.resolve(__dirname, '../../examples/acme-model.license'), 'utf8');
/** The Neovim to run (another build can be tried with OSD_LINT_NVIM=/path/to/nvim). */
const NVIM = process.env.OSD_LINT_NVIM || 'nvim';

interface Results {
  steps: string[];
  error?: string;
  filetype?: string;
  codes_initial?: string[];
  hover?: string[];
  actions?: string[];
  fix_title?: string;
  fixed_text?: string;
  codes_after_fix?: string[];
  show_criterion?: { title: string; markdown: string };
  messages: Array<{ type: number; message: string }>;
  suppress_title?: string;
  config_text?: string;
  codes_after_suppress?: string[];
  notifications: Array<{ message: string; level: number }>;
  server_exit?: number;
  lsp_log?: string[];
}

function nvimVersion(): string {
  const r = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(`Neovim (${NVIM}) is not installed, and the Neovim end-to-end test needs it: run "npm run setup:e2e" (installs Debian's neovim package with apt), or "apt-get install neovim".`);
  }
  return r.stdout.split('\n')[0];
}

function runNeovim(workspace: string, result: string, home: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(NVIM, ['--headless', '--clean', '-n', '-S', SCRIPT], {
      cwd: workspace,
      env: { ...process.env, OSD_NODE: process.execPath, OSD_SERVER: SERVER_BUNDLE, OSD_WORKSPACE: workspace, OSD_RESULT: result, XDG_CACHE_HOME: path.join(home, 'cache'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('Neovim (headless, Debian 0.7) with the language server', function () {
  this.timeout(60_000);
  let results: Results;
  let workspace: string;
  let tmp: string;

  before(async () => {
    const version = nvimVersion();
    if (!fs.existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run npm run build first`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'osd-lint-nvim-'));
    workspace = path.join(tmp, 'ws');
    fs.mkdirSync(path.join(workspace, 'licences'), { recursive: true });
    fs.writeFileSync(path.join(workspace, 'licences/LICENSE'), TEXT);
    const result = path.join(tmp, 'result.json');
    const run = await runNeovim(workspace, result, path.join(tmp, 'home'));
    assert.ok(fs.existsSync(result), `${version} wrote no results (exit ${run.code}): ${run.output.slice(-2000)}`);
    results = JSON.parse(fs.readFileSync(result, 'utf8')) as Results;
    assert.equal(results.error, undefined, `${version}: ${results.error}\nsteps done: ${results.steps.join(', ')}`);
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('gives LICENSE the license filetype, starts the server and gets its diagnostics, with the settings applied', () => {
    assert.equal(results.filetype, 'license');
    for (const code of ['size-threshold', 'acceptable-use-policy']) assert.ok(results.codes_initial!.includes(code), JSON.stringify(results.codes_initial));
    // click-wrap is flagged by default, and switched off in the settings Neovim sends (didChangeConfiguration: 0.7 has no workspace/configuration).
    assert.ok(analyze(TEXT).findings.some((f) => f.ruleId === 'click-wrap'));
    assert.ok(!results.codes_initial!.includes('click-wrap'), 'the osdLint settings apply');
  });

  it('shows a hover with the criterion', () => {
    const hover = results.hover!.join('\n');
    assert.match(hover, /OSD 5 — No Discrimination Against Persons or Groups/);
    assert.match(hover, /\*\*Why:\*\*/);
  });

  it('applies the preferred quick fix, and the finding goes away', () => {
    assert.ok(results.actions!.includes('Show OSD 5'), JSON.stringify(results.actions));
    assert.ok(results.actions!.includes('Suppress size-threshold for this clause in .osdlintrc.json'));
    assert.ok(results.fix_title, 'a preferred fix was offered');
    assert.doesNotMatch(results.fixed_text!, /seven hundred million/);
    assert.ok(!results.codes_after_fix!.includes('size-threshold'));
    assert.ok(results.codes_after_fix!.includes('acceptable-use-policy'));
  });

  it('runs "Show OSD 6" on the server, which shows the explanation as a message', () => {
    assert.match(results.show_criterion!.title, /^OSD 6: No Discrimination Against Fields of Endeavor/);
    const shown = results.messages.find((m) => m.message.startsWith('# OSD 6'));
    assert.ok(shown, JSON.stringify(results.messages.map((m) => m.message.slice(0, 80))));
    assert.equal(shown.type, 3);
    assert.equal(shown.message, results.show_criterion!.markdown);
  });

  it('runs "Suppress … in .osdlintrc.json" on the server: Neovim creates the file, and once saved the finding goes away', () => {
    assert.equal(results.suppress_title, 'Suppress acceptable-use-policy for this clause in .osdlintrc.json');
    const config = JSON.parse(results.config_text!) as { suppressions: Array<{ rule: string; clause: string }> };
    assert.equal(config.suppressions.length, 1);
    assert.equal(config.suppressions[0].rule, 'acceptable-use-policy');
    assert.match(config.suppressions[0].clause, /Acceptable Use Policy/);
    assert.equal(fs.readFileSync(path.join(workspace, '.osdlintrc.json'), 'utf8'), `${results.config_text}\n`, 'written in the workspace folder');
    assert.ok(!results.codes_after_suppress!.includes('acceptable-use-policy'), JSON.stringify(results.codes_after_suppress));
    assert.ok(results.codes_after_suppress!.includes('prohibited-use'), 'the other findings stay');
    assert.ok(results.messages.some((m) => m.type === 3 && /acceptable-use-policy is suppressed/.test(m.message)));
  });

  it('leaves nothing for Neovim to complain about, and the server exits cleanly', () => {
    assert.deepEqual(results.notifications.filter((n) => n.level >= 3), [], 'no warning or error shown to the user');
    assert.deepEqual((results.lsp_log ?? []).filter((l) => /\[(?:WARN|ERROR)\]/.test(l)), [], 'no warning or error in the LSP log (e.g. an unasked registration)');
    assert.deepEqual(results.steps, ['diagnostics', 'hover', 'quick fix', 'show criterion', 'suppress', 'stopped']);
    assert.equal(results.server_exit, 0);
  });
});
