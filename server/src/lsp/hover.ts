import { type Hover, MarkupKind, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analysis, criterion, type Criterion, explanationFor, hasHan, OSD_ATTRIBUTION, quote, ruleById } from '../engine';

/** The hover for a position: findings on it, else a mention of a criterion, else a defined term. */
export function hoverAt(doc: TextDocument, analysis: Analysis, position: Position): Hover | null {
  const offset = doc.offsetAt(position);
  const findings = analysis.findings.filter((f) => f.start <= offset && offset <= f.end);
  if (findings.length > 0) {
    const parts = findings.map((f) => {
      const rule = ruleById(f.ruleId);
      const lines = [
        // A finding on a Chinese clause names its criteria in both languages.
        `**${f.criteria.map((c) => `OSD ${c} — ${criterion(c).title}${hasHan(f.matched) ? ` / ${criterion(c).titleZh}` : ''}`).join(' · ')}** \`${f.ruleId}\` (${f.severity})`,
        '',
        ...f.criteria.map((c) => `> ${criterion(c).text}`),
        '',
        `**Why:** ${rule ? explanationFor(rule.explanation, f.criteria) : f.message} The words that triggered it: “${quote(f.matched, 160)}”.`,
      ];
      if (f.terms?.length) {
        lines.push('', ...f.terms.map((t) => `**${t.term}**: ${quote(t.definition, 300)}`));
      }
      if (rule) lines.push('', `**How to fix:** ${rule.suggestion}`);
      lines.push('', f.criteria.map((c) => `[Read OSD ${c}](${criterion(c).url})`).join(' · '));
      return lines.join('\n');
    });
    return markdown([...parts, `_${OSD_ATTRIBUTION}_`].join('\n\n---\n\n'), doc, findings[0].start, findings[0].end);
  }
  return criterionMention(doc, offset) ?? definedTerm(doc, analysis, offset);
}

/** "OSD 6" or "criterion 6" under the cursor shows the criterion. */
function criterionMention(doc: TextDocument, offset: number): Hover | null {
  const text = doc.getText();
  const from = Math.max(0, offset - 20);
  const window = text.slice(from, offset + 20);
  const re = /\b(?:OSD|criterion|criteria)\s*#?\s*(10|[1-9])\b/gi;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (offset < start || offset > end) continue;
    const c = criterion(Number(m[1]) as Criterion);
    return markdown(`**OSD ${c.number} — ${c.title}**\n\n> ${c.text}\n\n[Read OSD ${c.number}](${c.url})\n\n_${OSD_ATTRIBUTION}_`, doc, start, end);
  }
  return null;
}

/** A defined term under the cursor shows its definition. */
function definedTerm(doc: TextDocument, analysis: Analysis, offset: number): Hover | null {
  if (analysis.definitions.size === 0) return null;
  const text = doc.getText();
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndAt = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt);
  for (const d of analysis.definitions.values()) {
    let i = line.indexOf(d.term);
    while (i >= 0) {
      const start = lineStart + i;
      if (offset >= start && offset <= start + d.term.length) {
        return markdown(`**“${d.term}”** (defined term)\n\n${d.text.replace(/\s+/g, ' ')}`, doc, start, start + d.term.length);
      }
      i = line.indexOf(d.term, i + 1);
    }
  }
  return null;
}

function markdown(value: string, doc: TextDocument, start: number, end: number): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: { start: doc.positionAt(start), end: doc.positionAt(end) } };
}
