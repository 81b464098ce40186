import type { MarkerStyle } from './types';
import type { Span } from './sentences';

/** An open list item: where it stands, and the lead-in sentence it ends with, if any. */
export interface Open {
  readonly indent: number;
  readonly style: MarkerStyle;
  readonly ordinal: number;
  readonly depth: number;
  readonly leadIn?: Span;
}

/** What the reading of one block hands to the next: the open items, the root lead-in and the heading. */
export interface NestingState {
  /** Never changed in place: a state can be kept and resumed from. */
  readonly stack: readonly Open[];
  readonly rootLeadIn?: Span;
  readonly heading?: Span;
}

export const EMPTY_STATE: NestingState = { stack: [] };

/** What a list item or paragraph is, for placing it. */
export interface Placed {
  readonly indent: number;
  readonly style: MarkerStyle;
  readonly ordinal: number;
  readonly depth: number;
}

/**
 * Tracks which list items are open, to nest items and hand lead-ins down to them. Lead-ins are
 * spans of the text, not strings, so that a state kept from one version of a text can be compared
 * with, and moved onto, the next (see segmenter.ts).
 */
export class Nesting {
  constructor(private current: NestingState = EMPTY_STATE) {}

  get state(): NestingState {
    return this.current;
  }

  /** How many items are open, the current one included. */
  get depth(): number {
    return this.current.stack.length;
  }

  heading(span: Span): void {
    this.current = { ...this.current, heading: span };
  }

  reset(rootLeadIn: Span | undefined): void {
    this.current = { stack: [], rootLeadIn, heading: this.current.heading };
  }

  /** A paragraph: either a continuation of the open item (indented under it) or a new root. */
  placeParagraph(indent: number, leadIn: Span | undefined): Span[] {
    const stack = this.current.stack;
    const top = stack[stack.length - 1];
    if (top && indent > top.indent) {
      const inherited = this.leadInsOf(stack, stack.length - 1);
      if (leadIn) this.current = { ...this.current, stack: [...stack.slice(0, -1), { ...top, leadIn }] };
      return inherited;
    }
    this.reset(leadIn);
    return [];
  }

  /** An item: find its parent, return the lead-ins above it (nearest first), and open it. */
  placeItem(item: Placed, leadIn: Span | undefined): Span[] {
    const s = this.current.stack.slice();
    while (s.length > 0 && s[s.length - 1].indent > item.indent) s.pop();
    while (s.length > 0) {
      const top = s[s.length - 1];
      if (top.indent < item.indent) break;
      if (item.style === 'dotted' && top.style === 'dotted') {
        if (item.depth > top.depth) break;
        s.pop();
        continue;
      }
      if (top.style === item.style) {
        const parent = s[s.length - 2];
        const continuesParent = parent !== undefined && parent.style === item.style && parent.indent === item.indent
          && item.ordinal === parent.ordinal + 1 && item.ordinal !== top.ordinal + 1;
        // An item ending in a colon whose next item restarts the numbering opens a sub-list.
        if (top.leadIn && item.ordinal <= 1 && item.ordinal !== top.ordinal + 1 && !continuesParent) break;
        s.pop();
        if (continuesParent) s.pop();
        break;
      }
      const sameStyleBelow = s.findIndex((o) => o.indent === item.indent && o.style === item.style);
      if (sameStyleBelow >= 0) {
        s.length = sameStyleBelow;
        break;
      }
      break; // a new marker style at the same indentation opens a sub-list
    }
    const leadIns = this.leadInsOf(s, s.length - 1);
    s.push({ indent: item.indent, style: item.style, ordinal: item.ordinal, depth: item.depth, leadIn });
    this.current = { ...this.current, stack: s };
    return leadIns;
  }

  private leadInsOf(stack: readonly Open[], topIndex: number): Span[] {
    const out: Span[] = [];
    for (let i = topIndex; i >= 0; i--) {
      const l = stack[i].leadIn;
      if (l) out.push(l);
    }
    if (this.current.rootLeadIn) out.push(this.current.rootLeadIn);
    return out;
  }
}

/**
 * Whether two states are the same once the old one's spans are moved by `move` (which returns
 * undefined for a span the edit touched): reading on from either gives the same blocks.
 */
export function sameState(a: NestingState, old: NestingState, move: (s: Span) => Span | undefined): boolean {
  const same = (x: Span | undefined, y: Span | undefined): boolean => {
    if (!x || !y) return x === y;
    const m = move(y);
    return m !== undefined && m.start === x.start && m.end === x.end;
  };
  if (a.stack.length !== old.stack.length || !same(a.rootLeadIn, old.rootLeadIn) || !same(a.heading, old.heading)) return false;
  return a.stack.every((o, i) => {
    const p = old.stack[i];
    return o.indent === p.indent && o.style === p.style && o.ordinal === p.ordinal && o.depth === p.depth && same(o.leadIn, p.leadIn);
  });
}
