import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Clause } from '../engine';

/** A note on a stretch of the text: where it is, the words it was put on, and what it says. */
export interface Note {
  start: number;
  end: number;
  /** The text of [start, end) when the note was made: a note follows its words, never other words. */
  readonly words: string;
  readonly diagnostic: Omit<Diagnostic, 'range'>;
}

interface State {
  version: number;
  notes: Note[];
  length: number;
  /** The comparison is owed: typing paused since the notes were last re-anchored. */
  due: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

export interface NearestNotesOptions {
  /** Makes the notes of a document (the comparison with the known licences). */
  readonly compute: (doc: TextDocument, clauses: readonly Clause[]) => Note[];
  /** Called when a document's notes are due again, so the editor asks for its diagnostics. */
  readonly due: (uri: string) => void;
  /** Texts up to this length are compared on every version. */
  readonly immediateUpTo?: number;
  /** How long typing must pause before a longer text is compared again. */
  readonly pauseMs?: number;
}

/** Longer than any known licence text (the longest SPDX text has about 46,000 characters). */
const IMMEDIATE_UP_TO = 60_000;
const PAUSE_MS = 400;

/**
 * The notes on clauses added to or changed from the nearest known licence. Comparing a draft with
 * the known licences reads all of it, and on a draft longer than any licence that is most of an
 * edit's cost; there it runs once typing pauses, and until then the last comparison's notes stay
 * on the words they were put on (moved with the text, dropped when those words were edited).
 */
export class NearestNotes {
  private readonly states = new Map<string, State>();
  private readonly immediateUpTo: number;
  private readonly pauseMs: number;

  constructor(private readonly options: NearestNotesOptions) {
    this.immediateUpTo = options.immediateUpTo ?? IMMEDIATE_UP_TO;
    this.pauseMs = options.pauseMs ?? PAUSE_MS;
  }

  /** The notes for this version of the document, whose analysis found `clauses`. */
  diagnostics(doc: TextDocument, clauses: readonly Clause[]): Diagnostic[] {
    const text = doc.getText();
    let state = this.states.get(doc.uri);
    if (state?.version !== doc.version || state.due) {
      if (!state || state.due || text.length <= this.immediateUpTo) {
        if (state) clearTimeout(state.timer);
        state = { version: doc.version, notes: this.options.compute(doc, clauses), length: text.length, due: false };
        this.states.set(doc.uri, state);
      } else {
        state.notes = reanchor(state.notes, text, text.length - state.length);
        state.version = doc.version;
        state.length = text.length;
        this.schedule(doc.uri, state);
      }
    }
    return state.notes.map((n) => ({ ...n.diagnostic, range: { start: doc.positionAt(n.start), end: doc.positionAt(n.end) } }));
  }

  /** Forgets every document's notes (the known licences or the settings changed). */
  clear(): void {
    for (const uri of [...this.states.keys()]) this.forget(uri);
  }

  forget(uri: string): void {
    clearTimeout(this.states.get(uri)?.timer);
    this.states.delete(uri);
  }

  private schedule(uri: string, state: State): void {
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      if (this.states.get(uri) !== state) return;
      state.due = true;
      this.options.due(uri);
    }, this.pauseMs);
    (state.timer as { unref?: () => void }).unref?.();
  }
}

/**
 * The notes that still stand on their words after an edit that changed the length by `shift`:
 * where they were (the edit came after them) or shifted (it came before); a note whose words
 * were edited is dropped until the next comparison.
 */
export function reanchor(notes: readonly Note[], text: string, shift: number): Note[] {
  const out: Note[] = [];
  for (const n of notes) {
    for (const at of shift === 0 ? [n.start] : [n.start, n.start + shift]) {
      if (at >= 0 && text.startsWith(n.words, at)) {
        out.push({ ...n, start: at, end: at + n.words.length });
        break;
      }
    }
  }
  return out;
}
