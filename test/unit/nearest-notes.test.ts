import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { NearestNotes, type Note, reanchor } from '../../server/src/lsp/nearestNotes';

const note = (text: string, words: string): Note => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, words, diagnostic: { severity: DiagnosticSeverity.Information, code: 'added-clause', message: words } };
};

describe('notes from the nearest licence', () => {
  const text = 'First clause. Second clause. Third clause.';
  const notes = [note(text, 'First clause.'), note(text, 'Third clause.')];

  it('stay where they were after an edit that comes after them', () => {
    const edited = text.replace('Third clause.', 'Third clause, amended.');
    assert.deepEqual(reanchor(notes, edited, edited.length - text.length).map((n) => [n.start, n.words]), [[0, 'First clause.']]);
  });

  it('move with their words after an edit before them, and are dropped when their words were edited', () => {
    const edited = `Preamble. ${text}`.replace('First clause.', 'First clause, amended.');
    const moved = reanchor(notes, edited, edited.length - text.length);
    assert.deepEqual(moved.map((n) => [n.start, n.words]), [[edited.indexOf('Third clause.'), 'Third clause.']]);
    assert.equal(edited.slice(moved[0].start, moved[0].end), 'Third clause.');
  });

  it('compare a short text on every version, a long one again only once typing pauses', async () => {
    let computed = 0;
    const due: string[] = [];
    const nearest = new NearestNotes({
      compute: (doc) => (computed++, [note(doc.getText(), 'Third clause.')]),
      due: (uri) => due.push(uri),
      immediateUpTo: 50,
      pauseMs: 20,
    });
    const short = TextDocument.create('file:///short', 'license', 1, text);
    nearest.diagnostics(short, []);
    nearest.diagnostics(TextDocument.update(short, [{ text: 'X ' }], 2), []);
    assert.equal(computed, 2, 'short: compared for each version');

    const longText = `${'Padding words. '.repeat(10)}${text}`;
    let long = TextDocument.create('file:///long', 'license', 1, longText);
    const first = nearest.diagnostics(long, []);
    assert.equal(computed, 3);
    long = TextDocument.update(long, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'New. ' }], 2);
    const typed = nearest.diagnostics(long, []);
    assert.equal(computed, 3, 'long: not compared while typing');
    assert.equal(typed[0].range.start.character, first[0].range.start.character + 5, 'the note moved with its words');
    assert.deepEqual(nearest.diagnostics(long, []), typed, 'the same version gets the same notes');
    // (Waits for the pause under any load, up to 5 s, rather than a fixed time.)
    for (const deadline = Date.now() + 5000; due.length === 0 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(due, ['file:///long'], 'due once typing paused');
    nearest.diagnostics(long, []);
    assert.equal(computed, 4, 'compared again when due');
    nearest.diagnostics(long, []);
    assert.equal(computed, 4, 'and not again for the same version');
    nearest.clear();
  });
});
