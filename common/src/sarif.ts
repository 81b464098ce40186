import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import { criterion, type Criterion, type Rule, RULES } from '../../server/src/engine';

const LEVEL = { error: 'error', warning: 'warning', information: 'note' } as const;

/** The uriBaseId of the folder results are relative to (GitHub code scanning resolves it to the checkout). */
export const SRCROOT = '%SRCROOT%';

export interface SarifFile {
  /** A file URI (`file:///…`), or another URI the log keeps as it is. */
  uri: string;
  findings: ReadonlyArray<{ ruleId: string; severity: 'error' | 'warning' | 'information'; message: string; line: number; column: number; endLine: number; endColumn: number; criteria: readonly number[] }>;
}

export interface SarifOptions {
  /**
   * The file URI of a folder (`file:///home/me/repo/`): files below it get URIs relative to
   * `%SRCROOT%`, declared in `originalUriBaseIds`, as GitHub code scanning expects. Other files
   * keep their absolute URIs.
   */
  srcRoot?: string;
}

/** `no-sale` → `NoSale`: the rule's friendly name. */
const pascal = (id: string): string => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** Help for a rule, in plain text and Markdown: why it breaks the criteria, how to fix it, examples. */
function help(rule: Rule): { text: string; markdown: string } {
  const criteria = rule.criteria.map((c) => criterion(c));
  const names = criteria.map((c) => `OSD ${c.number} (${c.title})`).join(', ');
  const fail = rule.examples.fail[0];
  const pass = rule.examples.pass[0];
  const text = [
    `${rule.title}: breaks ${names}.`,
    rule.explanation,
    `How to fix: ${rule.suggestion}`,
    ...(fail ? [`Flagged: "${fail}"`] : []),
    ...(pass ? [`Not flagged: "${pass}"`] : []),
    `The criteria: ${criteria.map((c) => c.url).join(' ')}`,
  ].join('\n\n');
  const md = (s: string): string => s.replace(/([\\`*_[\]<>])/g, '\\$1');
  const markdown = [
    `**${md(rule.title)}** — breaks ${criteria.map((c) => `[OSD ${c.number}: ${md(c.title)}](${c.url})`).join(', ')}.`,
    md(rule.explanation),
    `**How to fix:** ${md(rule.suggestion)}`,
    ...(fail ? [`Flagged:\n\n> ${md(fail)}`] : []),
    ...(pass ? [`Not flagged:\n\n> ${md(pass)}`] : []),
  ].join('\n\n');
  return { text, markdown };
}

/**
 * SARIF 2.1.0 from findings, with the node-sarif-builder library: one rule per rule id (with
 * `help` in text and Markdown, as GitHub code scanning requires), one result per finding.
 */
export function sarifLog(files: readonly SarifFile[], version: string, options: SarifOptions = {}): string {
  const run = new SarifRunBuilder().initSimple({ toolDriverName: 'osd-lint', toolDriverVersion: version, url: 'https://opensource.org/osd' });
  for (const rule of RULES) {
    const r = new SarifRuleBuilder().initSimple({ ruleId: rule.id, shortDescriptionText: rule.title, fullDescriptionText: rule.explanation, helpUri: criterion(rule.criteria[0]).url });
    r.rule.name = pascal(rule.id);
    r.rule.help = help(rule);
    r.rule.properties = { criteria: [...rule.criteria], tags: ['licence', 'open-source-definition', ...rule.criteria.map((c) => `OSD-${c}`)] };
    r.rule.defaultConfiguration = { level: LEVEL[rule.severity] };
    run.addRule(r);
  }
  const root = options.srcRoot === undefined ? undefined : options.srcRoot.endsWith('/') ? options.srcRoot : `${options.srcRoot}/`;
  const location = (uri: string): { uri: string; uriBaseId?: string } =>
    root !== undefined && uri.startsWith(root) && uri.length > root.length ? { uri: uri.slice(root.length), uriBaseId: SRCROOT } : { uri };
  const artifacts: Array<{ location: { uri: string; uriBaseId?: string }; mimeType: string }> = [];
  for (const file of files) {
    const loc = location(file.uri);
    if (file.findings.length > 0) artifacts.push({ location: loc, mimeType: /\.(?:md|markdown|mdown|mkd)$/i.test(file.uri) ? 'text/markdown' : 'text/plain' });
    for (const f of file.findings) {
      const result = new SarifResultBuilder().initSimple({
        level: LEVEL[f.severity],
        messageText: f.message,
        ruleId: f.ruleId,
        fileUri: loc.uri,
        startLine: f.line,
        startColumn: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
      });
      if (loc.uriBaseId) result.result.locations![0].physicalLocation!.artifactLocation!.uriBaseId = loc.uriBaseId;
      result.result.properties = { criteria: [...f.criteria], criteriaUris: f.criteria.map((c) => criterion(c as Criterion).url) };
      run.addResult(result);
    }
  }
  // Declared before the builder completes the run, so that each artifact keeps its uriBaseId.
  run.run.artifacts = artifacts;
  run.run.columnKind = 'utf16CodeUnits';
  if (root !== undefined) run.run.originalUriBaseIds = { [SRCROOT]: { uri: root } };
  const builder = new SarifBuilder();
  builder.addRun(run);
  return builder.buildSarifJsonString({ indent: true }) + '\n';
}
