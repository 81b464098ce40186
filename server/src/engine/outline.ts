import type { Analysis } from './engine';
import { termPattern } from './definitions';
import type { Clause } from './types';

/** A section of a licence (a heading or a titled numbered section) or a defined term, for outlines. */
export interface OutlineNode {
  readonly name: string;
  readonly kind: 'section' | 'definition';
  /** A Markdown heading ("## 1. Definitions"), which Markdown editors list themselves. */
  readonly markdown?: boolean;
  /** The whole section (up to the next section at the same or a higher level). */
  readonly start: number;
  readonly end: number;
  /** The words to highlight: the title, or the defined term. */
  readonly selectionStart: number;
  readonly selectionEnd: number;
  readonly children: OutlineNode[];
}

interface Mutable extends OutlineNode {
  end: number;
  level: number;
  children: Mutable[];
}

/**
 * A short sentence that names a section: "Definitions.", "Grant of Rights", "Limitations". An
 * item of a list under a lead-in ("You agree not to use the Model: … (b) to provide medical
 * advice") is a list item, never a section.
 */
function isTitle(c: Clause): boolean {
  if (c.isItem && c.leadIns.length > 0) return false;
  const words = c.text.trim().split(/\s+/).length;
  return (c.isHeading && !(c.isItem && /^[a-z]/.test(c.text))) || (c.text.length <= 60 && words <= 7 && /^[A-Z0-9"“(]/.test(c.text) && (/\.$/.test(c.text) || !/[.;:,]$/.test(c.text)) && !/\b(?:you|shall|may|must|will)\b/i.test(c.text));
}

/** The whole title of a heading block: "## 1. Definitions" is "1. Definitions", not "1". */
function blockTitle(clauses: readonly Clause[], first: Clause): string {
  return clauses.filter((c) => c.block === first.block).map((c) => c.text.trim()).join(' ');
}

/** Sections (nested) and the definitions inside them. */
export function outline(text: string, analysis: Analysis): OutlineNode[] {
  const roots: Mutable[] = [];
  const stack: Mutable[] = [];
  const firstOfBlock = analysis.clauses.filter((c, i, all) => i === 0 || all[i - 1].block !== c.block);
  for (const c of firstOfBlock) {
    const hashes = c.marker && /^#+$/.test(c.marker) ? c.marker.length : 0;
    let level: number | undefined;
    if (hashes) level = hashes;
    else if (c.isHeading && !c.isItem) level = 1;
    else if (c.isItem && c.marker && !/^[-*+•]/.test(c.marker) && isTitle(c)) level = 10 + c.depth;
    if (level === undefined) continue;
    const title = c.isHeading ? blockTitle(analysis.clauses, c) : c.text;
    const name = c.marker && !hashes ? `${c.marker} ${title.replace(/\.$/, '')}` : title.replace(/\.$/, '');
    const last = c.isHeading ? analysis.clauses.filter((x) => x.block === c.block).pop()! : c;
    const node: Mutable = { name: name.replace(/\s+/g, ' '), kind: 'section', start: c.blockStart, end: text.length, selectionStart: c.start, selectionEnd: last.end, children: [], level, ...(hashes ? { markdown: true } : {}) };
    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop()!.end = trimEnd(text, c.blockStart);
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
  }
  for (const n of stack) n.end = trimEnd(text, text.length);
  for (const d of analysis.definitions.values()) {
    const node: Mutable = { name: d.term, kind: 'definition', start: d.clauseStart, end: d.clauseEnd, selectionStart: d.start, selectionEnd: d.end, children: [], level: 99 };
    const parent = innermost(roots, d.clauseStart);
    (parent ? parent.children : roots).push(node);
  }
  sortTree(roots);
  return roots;
}

function innermost(nodes: Mutable[], offset: number): Mutable | undefined {
  for (const n of nodes) {
    if (n.kind === 'section' && n.start <= offset && offset < n.end) return innermost(n.children, offset) ?? n;
  }
  return undefined;
}

function sortTree(nodes: Mutable[]): void {
  nodes.sort((a, b) => a.start - b.start);
  nodes.forEach((n) => sortTree(n.children));
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The defined term at an offset, if the offset is on a use or the definition of one. */
export function termAt(text: string, analysis: Analysis, offset: number): string | undefined {
  for (const d of analysis.definitions.values()) {
    for (const [s, e] of occurrences(text, d.term)) if (s <= offset && offset <= e) return d.term;
  }
  return undefined;
}

/** Offsets [start, end) of every whole-word use of a term. */
export function occurrences(text: string, term: string): Array<[number, number]> {
  const re = new RegExp(termPattern(term).source, 'g');
  const out: Array<[number, number]> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
