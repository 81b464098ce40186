import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import { criterion, type Criterion, RULES } from '../../server/src/engine';

const LEVEL = { error: 'error', warning: 'warning', information: 'note' } as const;

export interface SarifFile {
  /** A file URI, or a path (made absolute by the caller). */
  uri: string;
  findings: ReadonlyArray<{ ruleId: string; severity: 'error' | 'warning' | 'information'; message: string; line: number; column: number; endLine: number; endColumn: number; criteria: readonly number[] }>;
}

/** SARIF 2.1.0 from findings, with the node-sarif-builder library: one rule per rule id, one result per finding. */
export function sarifLog(files: readonly SarifFile[], version: string): string {
  const run = new SarifRunBuilder().initSimple({ toolDriverName: 'osd-lint', toolDriverVersion: version, url: 'https://opensource.org/osd' });
  for (const rule of RULES) {
    const r = new SarifRuleBuilder().initSimple({ ruleId: rule.id, shortDescriptionText: rule.title, fullDescriptionText: rule.explanation, helpUri: criterion(rule.criteria[0]).url });
    r.rule.properties = { criteria: [...rule.criteria] };
    r.rule.defaultConfiguration = { level: LEVEL[rule.severity] };
    run.addRule(r);
  }
  for (const file of files) {
    for (const f of file.findings) {
      const result = new SarifResultBuilder().initSimple({
        level: LEVEL[f.severity],
        messageText: f.message,
        ruleId: f.ruleId,
        fileUri: file.uri,
        startLine: f.line,
        startColumn: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
      });
      result.result.properties = { criteria: [...f.criteria], criteriaUris: f.criteria.map((c) => criterion(c as Criterion).url) };
      run.addResult(result);
    }
  }
  const builder = new SarifBuilder();
  builder.addRun(run);
  return builder.buildSarifJsonString({ indent: true }) + '\n';
}
