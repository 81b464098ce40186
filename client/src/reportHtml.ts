import type { AuditReport } from '../../server/src/engine/report';
import { describeLanguages } from '../../server/src/engine/zh/bilingual';

/** Escapes text for HTML content and attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STATUS = { pass: ['✔', 'pass'], fail: ['✖', 'fail'], review: ['!', 'review'] } as const;
/** "pass" only where the text is a known approved licence; where nothing was found, say so. */
const shown = (row: { status: keyof typeof STATUS; evidence?: string }): readonly [string, string] => (row.evidence === 'none' ? ['➖', 'no finding'] : STATUS[row.status]);
const VERDICT = { meets: 'Meets the Open Source Definition', fails: 'Fails the Open Source Definition', review: 'Needs human review' } as const;

/**
 * The audit report page for the webview: theme colours only, no remote resources, a strict
 * Content-Security-Policy with a nonce for the one style sheet and the one script, semantic
 * tables and text (not colour alone) for every status, so that it reads well with a screen reader.
 */
export function reportHtml(reports: readonly AuditReport[], nonce: string, cspSource: string, label: (uri: string) => string = (u) => u): string {
  const csp = `default-src 'none'; img-src ${cspSource}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; font-src ${cspSource}; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'`;
  const body = reports.map((r, i) => section(r, i, label)).join('\n');
  const overview = reports.length > 1
    ? `<table class="overview"><caption>${reports.length} licences</caption><thead><tr><th scope="col">Licence</th><th scope="col">Verdict</th><th scope="col">Summary</th></tr></thead><tbody>${reports.map((r, i) => `<tr><th scope="row"><a href="#report-${i}">${escapeHtml(label(r.file))}</a></th><td class="${r.verdict}">${escapeHtml(VERDICT[r.verdict])}</td><td>${escapeHtml(r.summary)}</td></tr>`).join('')}</tbody></table>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>OSD Lint audit</title>
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.5em 2em; line-height: 1.45; }
h1, h2, h3 { font-weight: 600; }
a { color: var(--vscode-textLink-foreground); }
table { border-collapse: collapse; margin: 0.5em 0 1.2em; }
th, td { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, #8884)); padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
caption { text-align: left; font-weight: 600; padding: 0.3em 0; }
.verdict { font-size: 1.25em; font-weight: 600; padding: 0.5em 0.8em; border-left: 0.35em solid; margin: 0.6em 0; }
.fails, .fail { color: var(--vscode-errorForeground); border-color: var(--vscode-errorForeground); }
.review { color: var(--vscode-editorWarning-foreground); border-color: var(--vscode-editorWarning-foreground); }
.meets, .pass { color: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); border-color: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(11em, 1fr)); gap: 0.5em; list-style: none; padding: 0; }
.cards li { border: 1px solid var(--vscode-panel-border, #8884); border-top: 0.3em solid; padding: 0.4em 0.6em; }
.cards .n { font-weight: 600; }
blockquote { margin: 0.3em 0; padding: 0.2em 0.8em; border-left: 0.25em solid var(--vscode-textBlockQuote-border, #8886); background: var(--vscode-textBlockQuote-background); }
.finding { margin: 0 0 1em; }
.sev { font-weight: 600; text-transform: uppercase; font-size: 0.85em; }
.error { color: var(--vscode-errorForeground); } .warning { color: var(--vscode-editorWarning-foreground); } .information { color: var(--vscode-editorInfo-foreground); }
footer { margin-top: 2em; opacity: 0.8; font-size: 0.9em; }
</style>
</head>
<body>
<h1>OSD Lint audit</h1>
${overview}
${body}
<footer>Criteria text: &ldquo;The Open Source Definition&rdquo; by the Open Source Initiative, https://opensource.org/osd, CC BY 4.0.</footer>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-reveal]');
  if (!link) return;
  event.preventDefault();
  const d = link.dataset;
  vscode.postMessage({ type: 'reveal', uri: d.uri, line: Number(d.line), column: Number(d.column), endLine: Number(d.endLine), endColumn: Number(d.endColumn) });
});
</script>
</body>
</html>`;
}

function section(r: AuditReport, i: number, label: (uri: string) => string): string {
  const cards = r.scorecard.map((s) => `<li class="${s.status}" aria-label="OSD ${s.criterion} ${escapeHtml(s.title)}: ${shown(s)[1]}"><span class="n">${shown(s)[0]} OSD ${s.criterion}</span><br>${escapeHtml(s.title)}<br><span>${shown(s)[1]}${s.errors ? `, ${s.errors} error${s.errors > 1 ? 's' : ''}` : ''}${s.warnings ? `, ${s.warnings} warning${s.warnings > 1 ? 's' : ''}` : ''}</span></li>`).join('');
  const ai = r.ai ? `<h3>Open Source AI Definition 1.0${r.ai.suggested ? ' <small>(suggested: the text talks about models)</small>' : ''}</h3><table><thead><tr><th scope="col">Requirement</th><th scope="col">Status</th><th scope="col">Note</th></tr></thead><tbody>${r.ai.rows.map((row) => `<tr><th scope="row">${escapeHtml(row.name)}</th><td class="${row.status}">${shown(row)[0]} ${shown(row)[1]}</td><td>${escapeHtml(row.note)}</td></tr>`).join('')}</tbody></table>` : '';
  const n = r.nearest;
  const nearest = n ? `<h3>Nearest known licence: ${escapeHtml(n.name)} (<code>${escapeHtml(n.id)}</code>, ${Math.round(n.similarity * 100)} % similar${n.osiApproved ? ', OSI-approved' : ''})</h3><ul>${[
    ...n.added.map((a) => `<li><strong>Added</strong> (line ${a.line})${a.criteria.length ? ` — <span class="fail">${a.criteria.map((c) => `OSD ${c}`).join(', ')}</span>` : ''}: <q>${escapeHtml(a.text.slice(0, 400))}</q></li>`),
    ...n.changed.map((c) => `<li><strong>Changed</strong> (line ${c.line}): <q>${escapeHtml(c.text.slice(0, 300))}</q>, was <q>${escapeHtml(c.reference.slice(0, 300))}</q></li>`),
    ...(n.removed.length ? [`<li><strong>Removed</strong>: ${n.removed.length} sentence(s), e.g. <q>${escapeHtml(n.removed[0].slice(0, 200))}</q></li>`] : []),
  ].join('') || '<li>No differences.</li>'}</ul>` : '';
  const findings = r.findings.map((f) => {
    const where = f.source ?? r.file;
    return `<div class="finding" role="group" aria-label="${escapeHtml(f.severity)}: ${escapeHtml(f.ruleId)}"><span class="sev ${f.severity}">${f.severity}</span> <a href="#" data-reveal data-uri="${escapeHtml(where)}" data-line="${f.line}" data-column="${f.column}" data-end-line="${f.endLine}" data-end-column="${f.endColumn}">${escapeHtml(label(where))}:${f.line}:${f.column}</a> <code>${escapeHtml(f.ruleId)}</code> — ${escapeHtml(f.message)}<blockquote>${escapeHtml(f.clause.slice(0, 600))}</blockquote><div>${escapeHtml(f.explanation)} <em>Fix:</em> ${escapeHtml(f.suggestion)}</div></div>`;
  }).join('');
  return `<section id="report-${i}" aria-labelledby="title-${i}">
<h2 id="title-${i}">${escapeHtml(label(r.file))}</h2>
<p class="verdict ${r.verdict}" role="status">${escapeHtml(VERDICT[r.verdict])} — ${escapeHtml(r.summary)}</p>
${r.languages ? `<p class="languages"><strong>Languages:</strong> ${escapeHtml(describeLanguages(r.languages))}</p>` : ''}
<h3>Scorecard</h3>
<ul class="cards" aria-label="Scorecard of the ten criteria">${cards}</ul>
${ai}
${nearest}
<h3>Findings (${r.findings.length})</h3>
${findings || '<p>No findings.</p>'}
</section>`;
}
