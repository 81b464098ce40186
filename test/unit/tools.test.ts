import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, RULES } from '../../server/src/engine';
import { AUDIT_TOOL, CHECK_TOOL, EXPLAIN_TOOL, parseToolInput, type ToolInput, ToolInputError, TOOLS } from '../../common/src/tools/definitions';
import { osdText, runTool } from '../../common/src/tools/run';
import { confirmationFor, invocationMessage } from '../../client/src/toolMessages';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  contributes: { languageModelTools: Array<{ name: string; displayName: string; modelDescription: string; userDescription: string; inputSchema: unknown; toolReferenceName: string }> };
};
const host = { analyze: (l: { text: string }) => analyze(l.text, { clauseModel: true, clauseBudgetMs: 60_000 }) };
const minor = (range: string): number => Number(/(\d+)\.(\d+)/.exec(range)![2]);

function inputError(name: string, raw: unknown): string {
  try {
    parseToolInput(name, raw);
  } catch (e: unknown) {
    assert.ok(e instanceof ToolInputError, String(e));
    return e.message;
  }
  assert.fail(`${name} accepted ${JSON.stringify(raw)}`);
}

describe('AI-assistant tools: shared definitions and answers', () => {
  it('package.json contributes exactly the shared tools, schemas and descriptions', () => {
    const contributed = pkg.contributes.languageModelTools;
    assert.deepEqual(contributed.map((t) => t.name), TOOLS.map((t) => t.name));
    for (const def of TOOLS) {
      const c = contributed.find((t) => t.name === def.name)!;
      assert.equal(c.displayName, def.title);
      assert.equal(c.modelDescription, def.description);
      assert.deepEqual(c.inputSchema, def.inputSchema, `${def.name}: regenerate the contribution from common/src/tools/definitions.ts`);
      assert.ok(c.userDescription && c.toolReferenceName, `${def.name} has a user description and a reference name`);
    }
  });

  it('asks for a VS Code with the stable language-model tools API (1.95), and types no newer than that', () => {
    assert.ok(minor(pkg.engines.vscode) >= 95, pkg.engines.vscode);
    assert.ok(minor(pkg.devDependencies['@types/vscode']) <= minor(pkg.engines.vscode), 'vsce refuses @types/vscode newer than engines.vscode');
  });

  it('reads valid inputs', () => {
    assert.deepEqual(parseToolInput(CHECK_TOOL, { text: 'x' }), { tool: CHECK_TOOL, licence: { text: 'x' } });
    assert.deepEqual(parseToolInput(AUDIT_TOOL, { file: 'LICENSE', profile: 'ai-model' }), { tool: AUDIT_TOOL, licence: { file: 'LICENSE', profile: 'ai-model' } });
    assert.deepEqual(parseToolInput(EXPLAIN_TOOL, { criterion: 10 }), { tool: EXPLAIN_TOOL, criterion: 10 });
  });

  it('says what is wrong with a bad input', () => {
    assert.match(inputError(EXPLAIN_TOOL, { criterion: 0 }), /^osd-lint_explain: criterion must be a whole number from 1 to 10 \(the OSD has ten criteria\), got number 0\.$/);
    assert.match(inputError(EXPLAIN_TOOL, { criterion: 2.5 }), /whole number from 1 to 10/);
    assert.match(inputError(EXPLAIN_TOOL, {}), /got nothing/);
    assert.match(inputError(CHECK_TOOL, null), /give the licence as text \(a string\) or file \(a path\)/);
    assert.match(inputError(CHECK_TOOL, 'MIT'), /the input must be an object, got a string/);
    assert.match(inputError(CHECK_TOOL, { text: 5 }), /text must be a string, got number 5/);
    assert.match(inputError(CHECK_TOOL, { file: ['a'] }), /file must be a string \(a path\), got an array/);
    assert.match(inputError(CHECK_TOOL, { text: 'a', file: 'b' }), /either text or file, not both/);
    assert.match(inputError(CHECK_TOOL, { text: 'a', profile: 'ai-model' }), /unknown input "profile"; it takes text, file/);
    assert.match(inputError(AUDIT_TOOL, { text: 'a', profile: 'gpl' }), /profile must be "osd" or "ai-model"/);
    assert.match(inputError(AUDIT_TOOL, { text: 'x'.repeat(5_000_001) }), /over the 5000000 limit/);
    assert.match(inputError('osd-lint_fix', {}), /Unknown tool "osd-lint_fix"; OSD Lint offers osd-lint_check, osd-lint_audit, osd-lint_explain/);
  });

  it('check: a compliant text has no findings; a restricted one gets the rewrite', () => {
    const clean = runTool(parseToolInput(CHECK_TOOL, { text: 'Permission is hereby granted, free of charge, to any person obtaining a copy of this software, to deal in the Software without restriction.' }), { name: 'MIT grant', text: 'Permission is hereby granted, free of charge, to any person obtaining a copy of this software, to deal in the Software without restriction.' }, host);
    assert.match(clean, /^OSD Lint check of MIT grant: no findings/);
    const text = 'Licensed for non-commercial research purposes only.';
    const out = runTool(parseToolInput(CHECK_TOOL, { text }), { name: 'the draft', text }, host);
    assert.match(out, /^OSD Lint check of the draft: 1 finding \(1 error\)\. Breaks OSD 6\./);
    assert.match(out, /1\. error non-commercial — OSD 6 \(No Discrimination Against Fields of Endeavor\)\n {3}Words at 1:1-1:\d+, clause at 1:1-1:52 \(line:column, 1-based\): “Licensed for non-commercial research purposes only\.”/);
    assert.match(out, /Rewrite: “[^”]*\bfor any purpose\b[^”]*”/);
  });

  it('audit: verdict and scorecard from the report builder, without an index', () => {
    const text = 'You may not sell the Software.';
    const out = runTool(parseToolInput(AUDIT_TOOL, { text }), { name: 'draft', text }, host);
    assert.match(out, /^OSD Lint audit of draft\nVerdict: fails the Open Source Definition\. Fails OSD 1\.\nScorecard: OSD 1 FAIL \(1 error\); OSD 2 no finding;/);
    assert.match(out, /Nearest known licence: none close enough/);
    assert.match(out, /Findings \(1 error\):\n {2}error at 1:\d+ no-sale \(OSD 1\)/);
  });

  it('explain: every criterion with its text and every rule that checks it', () => {
    for (let n = 1; n <= 10; n++) {
      const out = runTool(parseToolInput(EXPLAIN_TOOL, { criterion: n }), undefined, host);
      assert.match(out, new RegExp(`^OSD ${n}: `));
      for (const r of RULES.filter((x) => (x.criteria as number[]).includes(n))) assert.ok(out.includes(`- ${r.id} (`), `OSD ${n} lists ${r.id}`);
    }
    assert.equal(osdText().split('\n').filter((l) => /^\d+\. /.test(l)).length, 10);
  });

  it('VS Code asks before reading a file that is not open, and says nothing leaves the machine', () => {
    const file: ToolInput = parseToolInput(CHECK_TOOL, { file: 'LICENSE' });
    const ask = confirmationFor(file, { label: 'LICENSE', open: false, inWorkspace: true });
    assert.equal(ask?.title, 'Let OSD Lint read this file?');
    assert.match(ask!.message, /read `LICENSE` from the workspace .* on this machine\. The findings go to the chat; nothing else is sent anywhere\./);
    assert.match(confirmationFor(file, { label: '/etc/x', open: false, inWorkspace: false })!.message, /\*\*outside the workspace\*\*/);
    assert.equal(confirmationFor(file, { label: 'LICENSE', open: true, inWorkspace: true }), undefined, 'an open document is already on screen');
    assert.equal(confirmationFor(parseToolInput(CHECK_TOOL, { text: 'x' }), undefined), undefined);
    assert.equal(confirmationFor(parseToolInput(EXPLAIN_TOOL, { criterion: 3 }), undefined), undefined);
    assert.equal(invocationMessage(file, 'LICENSE'), 'Checking LICENSE against the Open Source Definition');
    assert.equal(invocationMessage(parseToolInput(AUDIT_TOOL, { text: 'x' })), 'Auditing the licence text against the Open Source Definition');
  });
});
