import type { Finding } from './types';

/** A suppression kept outside the licence text (in `.osdlintrc.json`): a rule on a clause. */
export interface Suppression {
  /** Rule id, or "*" for every rule. */
  readonly rule: string;
  /** Words of the clause (a fragment is enough); white space and case do not matter. */
  readonly clause: string;
}

/** The body of an HTML comment that is an osd-lint directive. */
const DIRECTIVE = /^\s*osd-lint-(disable-next-line|disable|enable)\b([\s\S]*)$/;

/**
 * osd-lint comments with where each starts and ends. Found with indexOf, comment by comment: a
 * pattern that scans from every "<!--" to its "-->" is quadratic on a text of unclosed comments.
 */
function* directives(text: string): Generator<{ index: number; end: number; kind: string; body: string }> {
  for (let at = text.indexOf('<!--'); at >= 0; ) {
    const close = text.indexOf('-->', at + 4);
    if (close < 0) return;
    const m = DIRECTIVE.exec(text.slice(at + 4, close));
    if (m) yield { index: at, end: close + 3, kind: m[1], body: m[2] };
    at = text.indexOf('<!--', close + 3);
  }
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Drops findings that a suppression names: config-file entries, and Markdown comments
 * `<!-- osd-lint-disable-next-line RULE -->` (the next non-blank line) or
 * `<!-- osd-lint-disable RULE -->` … `<!-- osd-lint-enable RULE -->` (RULE may be omitted: all rules).
 */
export function applySuppressions(text: string, findings: readonly Finding[], suppressions: readonly Suppression[] = []): Finding[] {
  const ranges = commentRanges(text);
  const entries = suppressions.map((s) => ({ rule: s.rule, clause: squash(s.clause) })).filter((s) => s.clause.length > 0);
  if (ranges.length === 0 && entries.length === 0) return [...findings];
  return findings.filter((f) => {
    if (ranges.some((r) => (r.rules.length === 0 || r.rules.includes(f.ruleId)) && f.clauseStart >= r.start && f.clauseStart < r.end)) return false;
    if (entries.length > 0) {
      const clause = squash(text.slice(f.clauseStart, f.clauseEnd));
      if (entries.some((e) => (e.rule === '*' || e.rule === f.ruleId) && clause.includes(e.clause))) return false;
    }
    return true;
  });
}

interface Range {
  start: number;
  end: number;
  rules: string[];
}

function commentRanges(text: string): Range[] {
  if (!text.includes('osd-lint-')) return [];
  const ranges: Range[] = [];
  const open = new Map<string, number>();
  for (const m of directives(text)) {
    const rules = m.body.split(/[\s,]+/).filter((r) => r.length > 0);
    const after = m.end;
    if (m.kind === 'disable-next-line') {
      let lineStart = text.indexOf('\n', after) + 1;
      while (lineStart > 0 && lineStart < text.length && /^[ \t]*\r?\n/.test(text.slice(lineStart, lineStart + 200))) lineStart = text.indexOf('\n', lineStart) + 1;
      if (lineStart <= 0) continue;
      const lineEnd = text.indexOf('\n', lineStart);
      ranges.push({ start: lineStart, end: lineEnd < 0 ? text.length : lineEnd, rules });
    } else if (m.kind === 'disable') {
      for (const r of rules.length ? rules : ['*']) if (!open.has(r)) open.set(r, after);
    } else {
      for (const r of rules.length ? rules : [...open.keys()]) {
        const start = open.get(r);
        if (start === undefined) continue;
        open.delete(r);
        ranges.push({ start, end: m.index, rules: r === '*' ? [] : [r] });
      }
    }
  }
  for (const [r, start] of open) ranges.push({ start, end: text.length, rules: r === '*' ? [] : [r] });
  return ranges;
}
