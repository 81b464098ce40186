import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { TOOLS } from '../../common/src/tools/definitions';
import { EXTENSION_ID, open } from './helpers';

const NAMES = ['osd-lint_check', 'osd-lint_audit', 'osd-lint_explain'];

/** The text parts of a tool result. */
function textOf(result: vscode.LanguageModelToolResult): string {
  return result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : typeof (p as { value?: unknown }).value === 'string' ? (p as { value: string }).value : '')).join('');
}

/** Rejections of invokeTool carry the tool's message (or VS Code's, for schema problems). */
async function failureOf(name: string, input: object): Promise<string> {
  try {
    const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
    return `no error; the tool answered: ${textOf(result).slice(0, 200)}`;
  } catch (e: unknown) {
    return e instanceof Error ? e.message : String(e);
  }
}

describe('language-model tools', () => {
  let example: string;

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    example = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'examples/acme-model.license')));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('vscode.lm.tools lists the three tools with their input schemas', () => {
    const ours = vscode.lm.tools.filter((t) => NAMES.includes(t.name));
    assert.deepEqual(ours.map((t) => t.name).sort(), [...NAMES].sort(), `tools: ${vscode.lm.tools.map((t) => t.name).join(', ')}`);
    for (const def of TOOLS) {
      const info = ours.find((t) => t.name === def.name)!;
      assert.deepEqual(info.inputSchema, def.inputSchema, `${def.name}: the contributed schema is the shared one`);
      assert.equal(info.description, def.description);
    }
  });

  it('osd-lint_check on the Llama-style example returns the OSD 5 and OSD 6 findings', async () => {
    const out = textOf(await vscode.lm.invokeTool('osd-lint_check', { input: { text: example }, toolInvocationToken: undefined }));
    assert.match(out, /Breaks OSD 5, OSD 6\./, out.slice(0, 300));
    assert.match(out, /error size-threshold — OSD 5 \(No Discrimination Against Persons or Groups\)/);
    assert.match(out, /clause at 36:4-39:15 \(line:column, 1-based\): “If the products or services offered by you or your affiliates had more than seven hundred million monthly active users/);
    assert.match(out, /error acceptable-use-policy — OSD 6 \(No Discrimination Against Fields of Endeavor\)/);
    assert.match(out, /error field-of-use — OSD 6/);
    assert.match(out, /Rewrite: “[^”]*not a condition of this (?:License|Agreement)[^”]*”/, 'the suggested rewrite');
  });

  it('reads an open licence by its workspace path, and audits it with the settings and the index of known licences', async () => {
    await open('model.license');
    const check = textOf(await vscode.lm.invokeTool('osd-lint_check', { input: { file: 'model.license' }, toolInvocationToken: undefined }));
    assert.match(check, /^OSD Lint check of model\.license: /);
    assert.match(check, /size-threshold — OSD 5/);
    const audit = textOf(await vscode.lm.invokeTool('osd-lint_audit', { input: { file: 'model.license' }, toolInvocationToken: undefined }));
    assert.match(audit, /Verdict: fails the Open Source Definition\. Fails OSD 5, OSD 6\./, audit.slice(0, 300));
    assert.match(audit, /OSD 5 FAIL \(1 error\)/);
    assert.match(audit, /Open Source AI Definition 1\.0 \(suggested/);
    assert.match(audit, /Improving other models allowed: FAIL/);
  });

  it('osd-lint_explain quotes the criterion and what breaks it', async () => {
    const out = textOf(await vscode.lm.invokeTool('osd-lint_explain', { input: { criterion: 6 }, toolInvocationToken: undefined }));
    assert.match(out, /^OSD 6: No Discrimination Against Fields of Endeavor/);
    assert.match(out, /The license must not restrict anyone from making use of the program in a specific field of endeavor/);
    assert.match(out, /- field-of-use \(error\)/);
  });

  it('refuses bad input with a message that says what is wrong', async () => {
    assert.match(await failureOf('osd-lint_explain', { criterion: 11 }), /criterion/i);
    assert.match(await failureOf('osd-lint_check', {}), /text|file/);
    assert.match(await failureOf('osd-lint_check', { file: 'no-such-licence.txt' }), /no-such-licence\.txt.*not found/);
    // and keeps working
    assert.match(textOf(await vscode.lm.invokeTool('osd-lint_explain', { input: { criterion: 1 }, toolInvocationToken: undefined })), /^OSD 1: Free Redistribution/);
  });
});
