import * as assert from 'node:assert/strict';
import { analyze, segment } from '../../server/src/engine';
import { cleanText } from '../../server/src/engine/language';

const texts = (s: string): string[] => segment(s).map((c) => c.text);
const exact = (s: string): void => {
  for (const c of segment(s)) assert.equal(s.slice(c.start, c.end), c.text);
};

/** Markdown is layout, not content (issue 16): see also invariance.test.ts over the corpus. */
describe('Markdown layout', () => {
  it('reads a block quote like the plain text, and splits sentences across quoted lines', () => {
    const s = '> You may use the Software.\n> Sell it you\n> may not. Keep notices.\n>\n> - one item\n';
    exact(s);
    assert.deepEqual(texts(s), ['You may use the Software.', 'Sell it you\n> may not.', 'Keep notices.', 'one item']);
    assert.equal(cleanText('Sell it you\n> may not.'), 'Sell it you   may not.');
  });

  it('skips fenced code, fences included, and reads an unclosed fence as text', () => {
    const s = 'Intro.\n\n```text\nYou may not sell the software.\n```\n\n~~~~\n~~~\n~~~~\nAfter.\n';
    assert.deepEqual(texts(s), ['Intro.', 'After.']);
    assert.deepEqual(analyze('Permission is granted.\n\n```\nYou may not sell the software.\n```\n').findings, []);
    const unclosed = 'Permission is granted.\n\n```\nYou may not sell the software.\n';
    assert.ok(analyze(unclosed).findings.some((f) => f.ruleId === 'no-sale'), 'an unclosed fence hides nothing');
    // "```a```" is inline code, not a fence, so the last fence is never closed: all is text.
    assert.deepEqual(texts('```a```\nText.\n```\n'), ['```a```\nText.\n```']);
  });

  it('skips HTML comments (block, inline, over several lines) but reads an unclosed one as text', () => {
    const block = '# Licence\n\nPermission is granted.\n\n<!-- You may not use the Software for military purposes. -->\n\nEnd.\n';
    assert.deepEqual(texts(block), ['Licence', 'Permission is granted.', 'End.']);
    assert.deepEqual(analyze(block, { clauseModel: true }).findings, []);
    const several = 'Permission is granted.\n\n<!--\nYou may not sell the Software.\n-->\nAfter.\n';
    assert.deepEqual(texts(several), ['Permission is granted.', 'After.']);
    // Inline: the clause keeps its text and offsets; the comment is blanked out of what is judged.
    const inline = 'Permission is granted to use the Software <!-- but not for military purposes -->.';
    const [clause] = segment(inline);
    assert.equal(clause.text, inline);
    assert.ok(!cleanText(clause.text).includes('military'));
    assert.equal(cleanText(clause.text).length, inline.length);
    assert.deepEqual(analyze(inline, { clauseModel: true }).findings, []);
    const unclosed = 'Permission is granted.\n\n<!-- draft\nYou may not sell the Software.\n';
    assert.ok(analyze(unclosed).findings.some((f) => f.ruleId === 'no-sale'), 'an unclosed comment hides nothing');
  });

  it('starts a finding on the words, not on a comment before them', () => {
    const s = '<!-- note --> You may not use the Software for military purposes.\n';
    const [f] = analyze(s, { clauseModel: true }).findings;
    assert.ok(f, 'the restriction after the comment is found');
    assert.ok(s.slice(f.start).startsWith('You may not'), s.slice(f.start, f.end));
  });

  it('skips indented code in Markdown only, and still reads indented list items and pasted plain-text licences', () => {
    const s = '# Licence\n\nPermission is granted to use the Software.\n\nA notice to copy:\n\n    You may not sell the Software.\n\nEnd.\n';
    assert.deepEqual(texts(s).includes('You may not sell the Software.'), true, 'plain text: indentation is layout');
    assert.deepEqual(segment(s, { markdown: true }).map((c) => c.text), ['Licence', 'Permission is granted to use the Software.', 'A notice to copy:', 'End.']);
    assert.deepEqual(analyze(s, { markdown: true }).findings, []);
    // Indented under a paragraph line: a continuation, not code.
    const lazy = 'Permission is granted to use the Software, except that\n    you may not sell the Software.\n';
    assert.ok(analyze(lazy, { markdown: true }).findings.some((f) => f.ruleId === 'no-sale'));
    // Indented list items, as a plain-text licence pasted into Markdown has them, are read.
    const items = 'Conditions.\n\nYou agree that:\n\n      (a) you may not sell the Software; and\n      (b) you keep this notice.\n';
    assert.ok(analyze(items, { markdown: true }).findings.some((f) => f.ruleId === 'no-sale'));
    // The text under a list item is its paragraph; code needs four more columns.
    const list = '1. Grant.\n\n   You may not sell the Software.\n';
    assert.ok(analyze(list, { markdown: true }).findings.some((f) => f.ruleId === 'no-sale'));
    // When indented blocks would be most of the text, it is a pasted plain-text licence: all is read.
    const pasted = '    Permission is granted to use the Software.\n\n    You may not sell the Software.\n\nEnd.\n';
    assert.ok(analyze(pasted, { markdown: true }).findings.some((f) => f.ruleId === 'no-sale'));
  });

  it('reads the cells of a table apart and skips its delimiter row', () => {
    const s = '| Use | Terms |\n|:---|---:|\n| Commercial use | You may not sell it. |\n| a \\| b | c |\n\nAfter.';
    exact(s);
    assert.deepEqual(texts(s), ['Use', 'Terms', 'Commercial use', 'You may not sell it.', 'a \\| b', 'c', 'After.']);
  });

  it('trims emphasis from sentences, and emphasis does not change where they end', () => {
    // "*next*" starts no sentence, as "next" would not.
    const s = '**You may not sell it.** _Keep notices._ *next* word. *Then* more.';
    exact(s);
    assert.deepEqual(texts(s), ['You may not sell it.', 'Keep notices._ *next* word.', 'Then* more.']);
    assert.deepEqual(texts('It ends. *it* goes on.'), ['It ends. *it* goes on.']);
  });

  it('reads a list marker set in bold, and strips it from the marker', () => {
    const s = '**1.** Grant. You may use it.\n**2.** Terms:\n\n   _(a)_ one;\n';
    const cs = segment(s);
    assert.deepEqual(cs.map((c) => [c.text, c.marker, c.isItem]), [['Grant.', '1.', true], ['You may use it.', '1.', true], ['Terms:', '2.', true], ['one;', '(a)', true]]);
    assert.equal(s.slice(cs[0].blockStart, cs[0].blockStart + 2), '1.');
    assert.deepEqual(cs[3].leadIns, ['Terms:']);
  });

  it('drops the closing hashes of a heading and reads a BOM-prefixed heading', () => {
    const cs = segment('\ufeff# Title ##\r\n\r\nBody text.\r\n');
    assert.deepEqual(cs.map((c) => [c.text, c.isHeading]), [['Title', true], ['Body text.', false]]);
    assert.equal(cs[1].heading, 'Title');
  });

  it('counts tabs to the next tab stop, so that quoting keeps the nesting', () => {
    const s = '1. Lead:\n   \ta. first, under 1\n\t\ti. under a\n    b. second, under 1\n';
    const quoted = s.split('\n').map((l) => (l ? `> ${l}` : l)).join('\n');
    for (const t of [s, quoted]) {
      const by = (w: string) => segment(t).find((c) => c.text.startsWith(w))!;
      assert.deepEqual([by('first').depth, by('under a').depth, by('second').depth], [2, 3, 2]);
      assert.deepEqual(by('second').leadIns, ['Lead:']);
    }
  });

  it('blanks line breaks for the rules but keeps one after a colon, and keeps length', () => {
    for (const s of ['may\r\nnot', 'may\n>  > not', 'conditions:\r\nYou', 'x: \n> y']) assert.equal(cleanText(s).length, s.length);
    assert.equal(cleanText('may\r\nnot'), 'may  not');
    assert.equal(cleanText('conditions:\r\nYou'), 'conditions:\r\nYou');
    assert.equal(cleanText('x: \n> y'), 'x: \n  y');
    assert.equal(cleanText('a\nb', true), 'a\nb');
  });
});
