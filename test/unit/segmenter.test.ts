import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { segment } from '../../server/src/engine/segment';
import { changedStretch, Segmenter } from '../../server/src/engine/segmenter';
import { corpusSentences, licenceText, nestedList } from '../fuzz/generators';

const example = fs.readFileSync(path.resolve(__dirname, '../../examples/acme-model.license'), 'utf8');

/** Pieces an edit types or pastes: layout that changes how the blocks around it are read. */
const TYPED = ['x', ' ', '\n', '\n\n', '\r\n', ':', ':\n', '\n(a) ', '\n1. ', '\n2. ', '\n  - ', '\n# Heading\n', '\n| a | b |\n| --- | --- |\n| c | d |\n', '\n| |\n', '|', ' | ', '\n|-\n', '\n---\n', '    ', '\t', 'You agree not to:', '. The ', '（一）', '。', '第三条 '];

/** An edit: delete a stretch of the text at a place and type one of the pieces (or nothing). */
const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom('', ...TYPED));
const apply = (text: string, [at, cut, typed]: [number, number, string]): string => {
  const i = text.length ? at % (text.length + 1) : 0;
  return text.slice(0, i) + typed + text.slice(Math.min(text.length, i + cut));
};

describe('incremental segmentation', function () {
  this.timeout(0);
  const sentences = corpusSentences();
  const base = fc.oneof(licenceText(sentences), fc.constant(example), fc.constant(nestedList(6) + example.slice(0, 3000)));

  it('gives the same clauses as reading the whole text, after every edit of a series', () => {
    fc.assert(
      fc.property(base, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const segmenter = new Segmenter();
        let text = start;
        assert.deepEqual(segmenter.segment(text), segment(text));
        for (const e of edits) {
          text = apply(text, e);
          assert.deepEqual(segmenter.segment(text), segment(text));
        }
      }),
      { numRuns: Number(process.env.SEGMENT_RUNS ?? 300) },
    );
  });

  it('reads a pipe line after a table row with no cells as a whole reading does (found by review)', () => {
    for (const [before, after] of [['a\n|-\nb|c', '|\n|-\nb|c'], ['a\r\n|-\r\nb|c', '|\r\n|-\r\nb|c'], ['| |\n---\nx | y', '| |\n| - |\n---\nx | y'], ['| |\nzz\n| |\n- x | y', '| |\n| - |\n| |\n- x | y']]) {
      const segmenter = new Segmenter();
      segmenter.segment(before);
      assert.deepEqual(segmenter.segment(after), segment(after), JSON.stringify(after));
    }
  });

  it('re-reads only the blocks around a one-character edit in a long text', () => {
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += example + '\n\n';
    const segmenter = new Segmenter();
    const whole = segmenter.segment(text).length;
    assert.ok(segmenter.lastRead > 1000, `a first reading reads every block (${segmenter.lastRead})`);
    const at = text.indexOf('seven hundred million', 100_000);
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    assert.deepEqual(segmenter.segment(edited), segment(edited));
    assert.ok(segmenter.lastRead <= 3, `read ${segmenter.lastRead} blocks`);
    assert.equal(segmenter.segment(edited).length, whole);
  });

  it('reads a text with fenced code, HTML comments or in Markdown whole, as their closing can lie anywhere below', () => {
    for (const [text, markdown] of [[`${example}\n\`\`\`\ncode\n`, false], [`<!-- a\n\n${example}`, false], [example, true]] as const) {
      const segmenter = new Segmenter();
      segmenter.segment(text, { markdown });
      const edited = `${text}\n\nYou may not sell it.\n`;
      assert.deepEqual(segmenter.segment(edited, { markdown }), segment(edited, { markdown }));
      assert.equal(segmenter.lastRead, segment(edited, { markdown }).at(-1)!.block + 1);
    }
  });

  it('finds the stretch an edit changed, in chunks and characters', () => {
    const long = 'a'.repeat(5000);
    assert.deepEqual(changedStretch(long, long), { from: 5000, oldEnd: 5000, delta: 0 });
    assert.deepEqual(changedStretch(`${long}b${long}`, `${long}cc${long}`), { from: 5000, oldEnd: 5001, delta: 1 });
    assert.deepEqual(changedStretch('abc', 'abcabc'), { from: 3, oldEnd: 3, delta: 3 });
    assert.deepEqual(changedStretch('', 'x'), { from: 0, oldEnd: 0, delta: 1 });
  });
});
