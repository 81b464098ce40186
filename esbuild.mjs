// Bundles the client, the Node and browser servers and the CLI, so the .vsix needs no node_modules.
// Usage: node esbuild.mjs [--watch] [--dev]   (--dev: no minification)
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const dev = process.argv.includes('--dev');
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  minify: !dev,
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  define: { OSD_LINT_VERSION: JSON.stringify(version) },
};

// ESM dependencies bundled into CommonJS may read import.meta.url (fdir does, for createRequire).
const nodeCjs = {
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Prefer ES module builds: jsonc-parser's UMD build hides its requires from the bundler.
  mainFields: ['module', 'main'],
  banner: { js: "const __import_meta_url = require('url').pathToFileURL(__filename).href;" },
  define: { ...common.define, 'import.meta.url': '__import_meta_url' },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', ...nodeCjs, external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js', ...nodeCjs },
  { ...common, entryPoints: ['client/src/browserExtension.ts'], outfile: 'client/out/browserExtension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/browserServer.ts'], outfile: 'server/out/browserServer.js', platform: 'browser', format: 'iife', target: 'es2022' },
  { ...common, entryPoints: ['cli/src/cli.ts'], outfile: 'cli/out/cli.js', ...nodeCjs },
  // `osd-lint mcp`: a bundle of its own, so that linting files never loads the MCP SDK.
  { ...common, entryPoints: ['cli/src/mcp/main.ts'], outfile: 'cli/out/mcp.js', ...nodeCjs },
  // The in-host integration suite (mocha and vscode stay external: the extension host provides them).
  { ...common, minify: false, entryPoints: ['test/vscode/index.ts', 'test/vscode/extension.test.ts', 'test/vscode/restart.test.ts', 'test/vscode/tools.test.ts', 'test/vscode/runTest.ts'], outdir: 'out/test/vscode', ...nodeCjs, external: ['vscode', 'mocha', '@vscode/test-electron'] },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching');
} else {
  const t0 = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  console.log(`esbuild: ${builds.length} bundles in ${Date.now() - t0} ms`);
}
