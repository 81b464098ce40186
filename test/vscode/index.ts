/**
 * The in-host integration suite: runs inside a real VS Code extension host, under
 * @vscode/test-electron (`npm run test:vscode`) or code-server (the e2e runner), unchanged.
 */
import * as path from 'node:path';
import Mocha from 'mocha';
import { glob } from 'tinyglobby';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const files = await glob('**/*.test.js', { cwd: __dirname });
  for (const f of files.sort()) mocha.addFile(path.resolve(__dirname, f));
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
  });
}
