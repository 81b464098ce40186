/**
 * `npm run test:vscode`: runs the in-host suite in a desktop VS Code with @vscode/test-electron.
 * It downloads VS Code, or uses $VSCODE_EXECUTABLE where one is installed. Where neither is
 * possible (no network, no VS Code), it fails with that reason.
 */
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/test/vscode/index.js'),
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      launchArgs: [path.join(root, 'test/fixtures/workspace'), '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (e: unknown) {
    console.error(`VS Code integration tests failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}

void main();
