import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, MarkupContent } from 'vscode-languageserver';
import { analyze, buildReport, explanationFor, markdownReport, outline, quote, ruleById } from '../../server/src/engine';
import { documentSymbols } from '../../server/src/lsp/navigation';
import { hoverAt } from '../../server/src/lsp/hover';
import { builtLicenceIndex } from '../helpers/licenceIndex';
import { allLayouts } from '../fixtures/layouts';

/** How findings are shown: reports, scorecards, outlines and hovers a reviewer can read as they are. */
describe('presentation of findings', () => {
  it('puts the explanation after the quoted clause, not inside the quote', () => {
    const text = 'You may use the Software for non-commercial purposes only.\n';
    const md = markdownReport([buildReport({ file: 'LICENSE', text, analysis: analyze(text) })]);
    const lines = md.split('\n');
    lines.forEach((line, i) => {
      if (/^\s*>/.test(line)) assert.match(lines[i + 1], /^\s*(?:>.*)?$/, `line after the quote: ${JSON.stringify(lines[i + 1])}`);
    });
    assert.match(md, /\n {2}> You may use the Software for non-commercial purposes only\.\n\n {2}OSD 6 names business use/);
  });

  it('says "no finding" where nothing was found, and "pass" only for an unchanged OSI-approved licence', () => {
    const draft = 'Permission is hereby granted to use the Software.\n';
    const r = buildReport({ file: 'LICENSE', text: draft, analysis: analyze(draft) });
    assert.ok(r.scorecard.every((row) => row.status === 'pass' && row.evidence === 'none'));
    const md = markdownReport([r]);
    assert.doesNotMatch(md, /✅ pass/);
    assert.match(md, /\| ➖ no finding \|/);
    assert.match(md, /\*\*✅ No problem found\*\*/);
    assert.doesNotMatch(r.summary, /^Meets/);

    const mit = allLayouts().find((l) => l.id === 'MIT')!.text;
    const analysis = analyze(mit);
    const known = buildReport({ file: 'LICENSE', text: mit, analysis, nearest: builtLicenceIndex().identify(mit, analysis.clauses) });
    assert.ok(known.scorecard.every((row) => row.evidence === 'known-licence'), JSON.stringify(known.scorecard.map((x) => x.evidence)));
    assert.match(markdownReport([known]), /\| ✅ pass \|/);
    assert.match(known.summary, /unchanged — meets the Open Source Definition: the text of an OSI-approved licence/);
  });

  it('explains only the criteria a finding breaks', () => {
    const rule = ruleById('non-commercial')!;
    assert.doesNotMatch(explanationFor(rule.explanation, [6]), /OSD 1/);
    assert.match(explanationFor(rule.explanation, [6, 1]), /OSD 1 too/);
    const text = 'You may use the Software for non-commercial purposes only.';
    const r = buildReport({ file: 'LICENSE', text, analysis: analyze(text) });
    assert.deepEqual(r.findings[0].criteria, [6]);
    assert.doesNotMatch(r.findings[0].explanation, /OSD 1/);
    const doc = TextDocument.create('file:///w/LICENSE', 'license', 1, text);
    const hover = hoverAt(doc, analyze(text), { line: 0, character: 20 })!;
    assert.doesNotMatch((hover.contents as MarkupContent).value, /OSD 1\b/);
  });

  it('quotes whole words in hovers and reports', () => {
    assert.equal(quote('Licensor grants You a worldwide licence to use the Model', 30), 'Licensor grants You a…');
    const long = `You shall not use the Model ${'for any weapons development programme and '.repeat(6)}for military purposes.`;
    const doc = TextDocument.create('file:///w/LICENSE', 'license', 1, long);
    const value = (hoverAt(doc, analyze(long), { line: 0, character: 5 })!.contents as MarkupContent).value;
    const triggered = /The words that triggered it: “([^”]*)”/.exec(value)![1];
    assert.match(triggered, /(?:^|\s)\S+…$|[^…]$/);
    assert.ok(long.replace(/\s+/g, ' ').includes(triggered.replace(/…$/, '')), 'the quote is the start of the clause, cut between words');
    assert.doesNotMatch(triggered, /\s…$/);
  });

  it('names Markdown sections "1. Definitions", lists no heading twice in LICENSE.md, and keeps list items out of the outline', () => {
    const md = '# Orchid Licence\n\n## 1. Definitions\n\n"Model" means the weights.\n\n## 2. Use\n\nYou agree not to use the Model:\n\n(a) to generate spam;\n(b) to provide medical advice or diagnosis; or\n(c) Military.\n';
    const analysis = analyze(md);
    const names = (nodes: readonly { name: string; children: readonly unknown[] }[]): unknown => nodes.map((n) => (n.children.length ? [n.name, names(n.children as never)] : n.name));
    assert.deepEqual(names(outline(md, analysis)), [['Orchid Licence', [['1. Definitions', ['Model']], '2. Use']]]);
    const doc = TextDocument.create('file:///w/LICENSE.md', 'markdown', 1, md);
    const symbols = documentSymbols(doc, analysis);
    const flat = (s: readonly DocumentSymbol[]): string[] => s.flatMap((x) => [x.name, ...flat(x.children ?? [])]);
    assert.deepEqual(flat(symbols), ['Model'], 'Markdown lists the headings; OSD Lint adds the defined terms');
    const plain = md.replace(/^#+ /gm, '');
    const license = TextDocument.create('file:///w/model.license', 'license', 1, plain);
    assert.ok(!flat(documentSymbols(license, analyze(plain))).some((n) => /medical|Military|spam/.test(n)), 'list items are not sections');
  });
});
