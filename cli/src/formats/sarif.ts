import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import { criterion, type Criterion, RULES } from '../../../server/src/engine';
import type { FileReport } from '../report';

const LEVEL = { error: 'error', warning: 'warning', information: 'note' } as const;

/** SARIF 2.1.0: one rule per rule id with its criterion link, one result per finding. */
export function sarif(reports: readonly FileReport[], version: string): string {
  const run = new SarifRunBuilder().initSimple({ toolDriverName: 'osd-lint', toolDriverVersion: version, url: 'https://opensource.org/osd' });
  for (const rule of RULES) {
    const r = new SarifRuleBuilder().initSimple({
      ruleId: rule.id,
      shortDescriptionText: rule.title,
      fullDescriptionText: rule.explanation,
      helpUri: criterion(rule.criteria[0]).url,
    });
    r.rule.properties = { criteria: [...rule.criteria] };
    r.rule.defaultConfiguration = { level: LEVEL[rule.severity] };
    run.addRule(r);
  }
  for (const report of reports) {
    const uri = pathToFileURL(path.resolve(report.filePath)).href;
    for (const m of report.messages) {
      const result = new SarifResultBuilder().initSimple({
        level: LEVEL[m.severity],
        messageText: m.message,
        ruleId: m.ruleId,
        fileUri: uri,
        startLine: m.line,
        startColumn: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
      });
      result.result.properties = { criteria: [...m.criteria], criteriaUris: m.criteria.map((c) => criterion(c as Criterion).url) };
      run.addResult(result);
    }
  }
  const builder = new SarifBuilder();
  builder.addRun(run);
  return builder.buildSarifJsonString({ indent: true }) + '\n';
}
