import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, occurrences, outline, termAt, type OutlineNode } from '../../server/src/engine';
import { termUses } from '../../server/src/engine/definitions';

const text = fs.readFileSync(path.resolve(__dirname, '../../examples/acme-model.license'), 'utf8');

const names = (nodes: readonly OutlineNode[]): unknown => nodes.map((n) => (n.children.length ? [n.name, names(n.children)] : n.name));

describe('outline and defined terms', () => {
  const analysis = analyze(text);

  it('lists the numbered sections with their definitions inside', () => {
    const tree = outline(text, analysis);
    const top = tree.map((n) => n.name);
    assert.ok(top.includes('1. Definitions'), JSON.stringify(names(tree)));
    assert.ok(top.includes('3. Additional Commercial Terms'));
    const defs = tree.find((n) => n.name === '1. Definitions')!.children.map((n) => n.name);
    assert.deepEqual(defs, ['Acme Materials', 'Acceptable Use Policy', 'Licensee']);
    for (const n of tree) assert.ok(n.start < n.end && n.selectionStart >= n.start && n.selectionEnd <= n.end);
  });

  it('sections end where the next one starts', () => {
    const tree = outline(text, analysis);
    for (let i = 1; i < tree.length; i++) if (tree[i].kind === 'section' && tree[i - 1].kind === 'section') assert.ok(tree[i - 1].end <= tree[i].start);
  });

  it('finds the term under the cursor and all its uses, across line breaks', () => {
    const use = text.indexOf('Acceptable Use Policy, which');
    assert.equal(termAt(text, analysis, use + 3), 'Acceptable Use Policy');
    const uses = occurrences(text, 'Acme Materials');
    assert.ok(uses.length >= 5);
    for (const [s, e] of uses) assert.match(text.slice(s, e), /^Acme\s+Materials$/);
  });
});

describe('defined-term uses', () => {
  it("finds terms across line breaks, in possessives and plurals, and not inside other words", () => {
    const text = '"Licensed Work" means the code. "Licensor" means Acme.\nThe Licensed\n   Work is the Licensor\'s. Sublicensor and Licensed Works differ.';
    const { definitions } = analyze(text);
    const uses = termUses(text, definitions).map((u) => `${u.def.term}@${u.index}`);
    assert.ok(uses.includes(`Licensed Work@${text.indexOf('Licensed\n')}`), uses.join());
    assert.ok(uses.includes(`Licensor@${text.indexOf("Licensor's")}`), uses.join());
    assert.ok(!uses.some((u) => u.startsWith('Licensor@') && Number(u.split('@')[1]) === text.indexOf('Sublicensor') + 3));
    // The plural of a defined term is a use of it ("Eligible Users" of "Eligible User").
    assert.ok(uses.includes(`Licensed Work@${text.indexOf('Licensed Works')}`), uses.join());
  });
});
