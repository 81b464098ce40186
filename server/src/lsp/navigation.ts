import { type DocumentSymbol, type FoldingRange, FoldingRangeKind, type Location, type Position, SymbolKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analysis, occurrences, outline, type OutlineNode, termAt } from '../engine';

/** Go to definition of a quoted defined term. */
export function definition(doc: TextDocument, analysis: Analysis, position: Position): Location | null {
  const term = termAt(doc.getText(), analysis, doc.offsetAt(position));
  const d = term ? analysis.definitions.get(term) : undefined;
  return d ? { uri: doc.uri, range: { start: doc.positionAt(d.start), end: doc.positionAt(d.end) } } : null;
}

/** Every use of the defined term under the cursor (with or without its definition). */
export function references(doc: TextDocument, analysis: Analysis, position: Position, includeDeclaration: boolean): Location[] {
  const text = doc.getText();
  const term = termAt(text, analysis, doc.offsetAt(position));
  if (!term) return [];
  const d = analysis.definitions.get(term);
  return occurrences(text, term)
    .filter(([s]) => includeDeclaration || !d || s !== d.start)
    .map(([s, e]) => ({ uri: doc.uri, range: { start: doc.positionAt(s), end: doc.positionAt(e) } }));
}

/** Markdown headings are listed by the editor's own Markdown outline: their contents move up a level. */
function withoutMarkdownHeadings(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((n) => (n.markdown ? withoutMarkdownHeadings(n.children) : [{ ...n, children: withoutMarkdownHeadings(n.children) }]));
}

/**
 * Sections and definitions for the Outline, breadcrumbs and Go to Symbol. In a Markdown document
 * the editor's Markdown support lists the headings; OSD Lint adds the numbered sections and the
 * defined terms under them, so that no heading is listed twice.
 */
export function documentSymbols(doc: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const convert = (n: OutlineNode): DocumentSymbol => ({
    name: n.name || '(untitled)',
    kind: n.kind === 'section' ? SymbolKind.Namespace : SymbolKind.Constant,
    detail: n.kind === 'definition' ? 'defined term' : undefined,
    range: { start: doc.positionAt(n.start), end: doc.positionAt(Math.max(n.end, n.selectionEnd)) },
    selectionRange: { start: doc.positionAt(n.selectionStart), end: doc.positionAt(n.selectionEnd) },
    children: n.children.map(convert),
  });
  const tree = outline(doc.getText(), analysis);
  return (doc.languageId === 'markdown' || /\.md$/i.test(doc.uri) ? withoutMarkdownHeadings(tree) : tree).map(convert);
}

/** A fold for every section that spans more than one line. */
export function foldingRanges(doc: TextDocument, analysis: Analysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  const visit = (nodes: readonly OutlineNode[]): void => {
    for (const n of nodes) {
      if (n.kind !== 'section') continue;
      const startLine = doc.positionAt(n.start).line;
      const endLine = doc.positionAt(n.end).line;
      if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
      visit(n.children);
    }
  };
  visit(outline(doc.getText(), analysis));
  return out;
}
