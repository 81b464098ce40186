/**
 * What every fix must keep, checked on the text it produces: no grant of rights removed, no new
 * finding, the finding gone, list numbering continuous, the draft's spelling and defined terms.
 */
import { analyze, type AnalyzeOptions, countGrants, type Finding, segment } from '../../server/src/engine';

const key = (f: Finding): string => `${f.ruleId}|${f.severity}`;

function counts(findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) out.set(key(f), (out.get(key(f)) ?? 0) + 1);
  return out;
}

/**
 * Independent of the engine's own grant reader: operative grants written the usual ways. Counted
 * so that a fix may rewrite a grant but not remove one.
 */
const GRANT_WORDS = /\b(?:grants?\s+(?:to\s+)?(?:you|licensee|each|all|a|an|the)\b|permission\s+is\s+(?:hereby\s+)?granted|(?:you|licensee|licensees)\s+(?:is|are)\s+(?:hereby\s+)?granted|(?:you|licensee|licensees|recipients?|anyone)\s+(?:may|can)\s+(?!not\b)(?:\w+\s+){0,2}?(?:use|copy|modify|distribute|redistribute|sell|reproduce|run|share|publish)\b|(?<!\b(?:that|which|who)\s)(?:may|can)\s+be\s+(?:used|copied|modified|distributed|redistributed|sold|shared|published)\b|(?:is|are)\s+(?:hereby\s+)?permitted\b)/gi;

function grantWords(text: string): number {
  return text
    .split(/(?<=[.;:])\s+|\n\s*\n/)
    .filter((sentence) => {
      // The grant must come before any negation in its part of the sentence ("…, but neither the Software … may be sold").
      const parts = sentence.split(/,\s*but\s+|;\s*/i);
      return parts.some((p) => {
        const g = new RegExp(GRANT_WORDS.source, 'i').exec(p);
        return g !== null && !/\b(?:no|not|nothing|neither|nor|none|until|unless)\b/i.test(p.slice(0, g.index));
      });
    }).length;
}

/** List markers of each list, in order: "1." "2." … must run on without a gap. */
export function numberingGaps(text: string): string[] {
  const gaps: string[] = [];
  const clauses = segment(text).filter((c, i, all) => c.isItem && c.marker && (i === 0 || all[i - 1].block !== c.block));
  const last = new Map<string, string>();
  for (const c of clauses) {
    const m = /^(\(?)((?:\d+\.)*)(\d+|[a-zA-Z])([.)]?)$/.exec(c.marker!);
    if (!m) continue;
    const listKey = `${c.depth}|${m[1]}|${m[2]}|${m[4]}|${/\d/.test(m[3]) ? 'n' : /[a-z]/.test(m[3]) ? 'a' : 'A'}`;
    const prev = last.get(listKey);
    const value = /\d/.test(m[3]) ? Number(m[3]) : m[3].toLowerCase().charCodeAt(0) - 96;
    if (prev !== undefined && value !== Number(prev) + 1 && value !== 1) gaps.push(`${c.marker} after ${prev}`);
    last.set(listKey, String(value));
    // A shallower item closes the deeper lists.
    for (const k of [...last.keys()]) if (Number(k.split('|')[0]) > c.depth) last.delete(k);
  }
  return gaps;
}

/** Words capitalised inside a sentence of `after` that `before` never uses: a foreign defined term. */
export function foreignTerms(before: string, after: string): string[] {
  const known = new Set((before.match(/[A-Za-z][\w]*/g) ?? []).filter((w) => /^[A-Z]/.test(w)));
  const words = after.match(/(?<![.!?:;"“]\s*|^\s*|\n\s*|[\w-])[A-Z][a-z]\w*/g) ?? [];
  return [...new Set(words.filter((w) => !known.has(w) && !/^(?:I|OSD)$/.test(w)))];
}

/** The draft's spelling: a British draft gets no "license" (noun), an American one no "licence". */
export function spellingChanged(before: string, after: string): string | undefined {
  const british = /\blicence\b/i.test(before);
  const american = /\blicense\b(?!\s+(?:to|the|it|them|this|that|your|its|their)\b)/i.test(before);
  const countOf = (t: string, re: RegExp): number => (t.match(re) ?? []).length;
  if (british && !american && countOf(after, /\blicense\b(?!\s+(?:to|the|it|them|this|that|your|its|their)\b)/gi) > 0) return 'License in a British draft';
  if (american && !british && countOf(after, /\blicence\b/gi) > countOf(before, /\blicence\b/gi)) return 'Licence in an American draft';
  return undefined;
}

/** Every problem with a fixed text; [] when the fix keeps everything it must. */
export function fixProblems(before: string, after: string, finding: Finding | undefined, options: AnalyzeOptions): string[] {
  const problems: string[] = [];
  const was = analyze(before, options).findings;
  const now = analyze(after, options).findings;
  const wasCounts = counts(was);
  for (const [k, n] of counts(now)) if (n > (wasCounts.get(k) ?? 0)) problems.push(`new finding ${k}`);
  if (finding && now.filter((f) => f.ruleId === finding.ruleId && f.severity === finding.severity).length >= was.filter((f) => f.ruleId === finding.ruleId && f.severity === finding.severity).length) problems.push(`finding ${finding.ruleId} left`);
  if (countGrants(after) < countGrants(before)) problems.push('grant removed (engine count)');
  if (grantWords(after) < grantWords(before)) problems.push('grant removed (independent count)');
  const gaps = numberingGaps(after).filter((g) => !numberingGaps(before).includes(g));
  if (gaps.length) problems.push(`numbering gaps: ${gaps.join(', ')}`);
  const foreign = foreignTerms(before, after);
  if (foreign.length) problems.push(`terms the draft does not use: ${foreign.join(', ')}`);
  const spelling = spellingChanged(before, after);
  if (spelling) problems.push(spelling);
  return problems;
}
