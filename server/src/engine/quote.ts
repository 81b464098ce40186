/** Quoting clauses in titles, hovers and reports: whole words, an ellipsis when cut. */

/** `s` on one line, at most `max` characters, cut at a word boundary with "…" when longer. */
export function quote(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cutAt = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cutAt > max / 2 ? cutAt : max - 1).replace(/[,;:]$/, '')}…`;
}
