import * as assert from 'node:assert/strict';
import { analyze, segment } from '../../server/src/engine';
import { MAX_SENTENCE } from '../../server/src/engine/sentences';

const texts = (s: string): string[] => segment(s).map((c) => c.text);

describe('segment', () => {
  it('joins hard-wrapped lines into one sentence and splits sentences', () => {
    const s = 'The licensor grants you a licence to use\nthe Software. You may copy it, e.g. for backups.\n';
    assert.deepEqual(texts(s), ['The licensor grants you a licence to use\nthe Software.', 'You may copy it, e.g. for backups.']);
  });

  it('gives exact offsets', () => {
    const s = '  Intro.\r\n\r\n1. First item;\r\n2. Second item.\r\n';
    for (const c of segment(s)) assert.equal(s.slice(c.start, c.end), c.text);
    assert.deepEqual(texts(s), ['Intro.', 'First item;', 'Second item.']);
  });

  it('strips list markers and marks items', () => {
    const s = 'Terms:\n\n(a) one thing;\n(b) another thing;\n- a bullet\n* a star\n';
    const cs = segment(s);
    assert.deepEqual(cs.slice(1).map((c) => [c.text, c.isItem]), [['one thing;', true], ['another thing;', true], ['a bullet', true], ['a star', true]]);
  });

  it('hands the lead-in of a list to its items, nested ones too', () => {
    const s = [
      'We care about safety. You agree not to use the Model to:',
      '',
      '1. Break the law, including to:',
      '    1. Do crimes',
      '2. Military uses',
      '',
      'Other text.',
      '',
      '- unrelated item',
    ].join('\n');
    const cs = segment(s);
    const by = (t: string) => cs.find((c) => c.text.startsWith(t))!;
    assert.deepEqual(by('Break').leadIns, ['You agree not to use the Model to:']);
    assert.deepEqual(by('Do crimes').leadIns, ['Break the law, including to:', 'You agree not to use the Model to:']);
    assert.deepEqual(by('Military').leadIns, ['You agree not to use the Model to:']);
    assert.deepEqual(by('unrelated').leadIns, []);
  });

  it('nests dotted section numbers by depth', () => {
    const s = '3.1. The Licensee shall not:\n\n3.1.1. Be a bank;\n3.1.2. Be a bakery;\n3.2. Other rules.\n';
    const cs = segment(s);
    assert.deepEqual(cs.find((c) => c.text.startsWith('Be a bakery'))!.leadIns, ['The Licensee shall not:']);
    assert.deepEqual(cs.find((c) => c.text.startsWith('Other rules'))!.leadIns, []);
  });

  it('recognises Markdown headings and keeps the nearest heading', () => {
    const s = '# My Licence\n\n## Use\n\nYou may use it.\n';
    const cs = segment(s);
    assert.equal(cs[0].isHeading, true);
    assert.equal(cs[2].heading, 'Use');
  });

  it('treats a colon-ending item followed by a restarted numbering as a sub-list', () => {
    const s = '4. Distribution. You may distribute it provided that:\n1. you keep notices;\n2. you add this licence.\n';
    const cs = segment(s);
    assert.deepEqual(cs.find((c) => c.text.startsWith('you add'))!.leadIns, ['You may distribute it provided that:']);
  });

  it('survives empty, blank and odd input', () => {
    assert.deepEqual(segment(''), []);
    assert.deepEqual(segment('   \n\n\t\r\n'), []);
    assert.doesNotThrow(() => segment('\u0000\ud800 1.\n(a)\n#\n- \n'));
  });

  it('reads a run of text with no sentence end in pieces of bounded length, at blanks, with exact offsets', () => {
    const filler = 'lorem ipsum dolor sit amet consectetur '.repeat(400); // about 15,600 characters, no full stop
    const s = `${filler}and you may not sell the Software`;
    const cs = segment(s);
    assert.ok(cs.length >= 4, `${cs.length} pieces`);
    for (const c of cs) {
      assert.ok(c.text.length <= MAX_SENTENCE, `a piece of ${c.text.length}`);
      assert.equal(s.slice(c.start, c.end), c.text);
      assert.match(c.text, /^\S.*\S$/s, 'a piece starts and ends on a word');
    }
    assert.equal(cs.map((c) => c.text).join(' ').length, s.length, 'nothing lost between pieces');
    // The last piece is read as a clause like any other.
    const sale = analyze(s, { clauseModel: true }).findings.filter((f) => f.criteria.includes(1));
    assert.equal(sale.length, 1);
    assert.ok(sale[0].start > s.length - MAX_SENTENCE);
  });

  it('cuts a run with no blanks at the limit without splitting a surrogate pair', () => {
    const s = 'x'.repeat(MAX_SENTENCE - 1) + '\u{20000}'.repeat(10); // a letter outside the BMP: two code units
    const cs = segment(s);
    assert.deepEqual(cs.map((c) => [c.start, c.end]), [[0, MAX_SENTENCE - 1], [MAX_SENTENCE - 1, s.length]]);
  });
});
