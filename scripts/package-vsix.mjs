#!/usr/bin/env node
// Packages the VS Code extension (`npm run package`): the files the extension runs, staged in a
// temporary folder and packed there by vsce. The npm package shares package.json's `files` list but
// also carries the CLI, its MCP server and their commands (bin/), which the extension never runs; vsce
// cannot take both that list and an ignore file, so the stage gets a manifest with the extension's
// files only. Arguments are passed to `vsce package` (`-o FILE` is read from the current folder).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
/** In the npm package only: the terminal commands and what they run. */
const NPM_ONLY = new Set(['bin/', 'cli/out/cli.js', 'cli/out/mcp.js']);
const files = manifest.files.filter((f) => !NPM_ONLY.has(f));

const args = process.argv.slice(2);
const at = args.findIndex((a) => a === '-o' || a === '--out');
if (at >= 0 && args[at + 1]) args[at + 1] = path.resolve(args[at + 1]);
else args.push('-o', path.join(root, `${manifest.name}-${manifest.version}.vsix`));

const missing = files.filter((f) => !fs.existsSync(path.join(root, f)));
if (missing.length > 0) {
  console.error(`package-vsix: missing ${missing.join(', ')}; run npm run build first`);
  process.exit(1);
}
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'osd-lint-vsix-'));
try {
  for (const f of files) fs.cpSync(path.join(root, f), path.join(stage, f), { recursive: true });
  const { bin: _commands, ...extension } = manifest;
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify({ ...extension, files }, null, 2));
  const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', ...args], { cwd: stage, stdio: 'inherit' });
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
