import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';
import type { AnalyzeOptions, Criterion, Finding } from '../../server/src/engine';
import { CORPUS_DIR, requireCorpus } from './corpus';

/** One labelled clause: `osd` is empty for a compliant clause. */
export interface LabelledClause {
  id: string;
  osd: Criterion[];
  severity?: 'error' | 'warning';
  idea: string;
  text: string;
}

export function readJsonl(file: string): LabelledClause[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledClause);
}

/** The public development set, `../shared/corpus/clauses/dev.jsonl`. */
export function devClauses(): LabelledClause[] {
  requireCorpus();
  return readJsonl(path.join(CORPUS_DIR, 'clauses', 'dev.jsonl'));
}

/**
 * The blind sets in `test/fixtures/blind/`, never tuned on: only their totals are looked at.
 * `clauses` was written before the clause model; the others (60 + 60 each, from the OSD text alone)
 * on 2026-11-30 (`second`), 2026-12-01 (`third`, `fourth`) and 2026-12-02 (`fifth`, `sixth`, `seventh`).
 */
export type BlindSet = 'clauses' | 'second' | 'third' | 'fourth' | 'fifth' | 'sixth' | 'seventh' | 'eighth' | 'ninth' | 'tenth' | 'eleventh' | 'twelfth' | 'thirteenth' | 'fourteenth' | 'fifteenth' | 'sixteenth' | 'seventeenth' | 'eighteenth' | 'nineteenth' | 'twentieth' | 'twenty-first' | 'twenty-second' | 'twenty-third';

export function blindSet(name: BlindSet): LabelledClause[] {
  return readJsonl(path.resolve(__dirname, `../fixtures/blind/${name}.jsonl`));
}

/**
 * The helper-written tuning sets in `test/fixtures/tuning/`, each written from the OSD text (and the
 * idea names of the dev set's README) without reading the engine, and run once before tuning on it:
 * `clauses` (the first), `ideas` (three per idea name), `precision` (mostly compliant), `recall`
 * (mostly violating), `persons` (OSD 5, 7 and 9 in long drafted sentences), `weak` (the criteria the
 * model found hardest: 5, 7, 8, 9, 10, 2, 4), `precision2` and `precision3` (mostly compliant, with near-twins that break the OSD),
 * `varied` (every criterion in varied registers), `ai` (AI-model licences), `source-available`
 * (source-available, ethical and shareware terms), `informal` (hobbyist, legacy and non-native drafting),
 * `weak2` (OSD 5, 7-10), `precision4` (compliant wordings with near-twins), `weak3` (OSD 1, 5, 7-10
 * with compliant near-twins), `precision5` (compliant-but-tricky wordings with violating near-twins), `source3`
 * (OSD 2, 3 and 4 in varied mechanisms and registers), `fields2` (OSD 6 and 8), `weak4` (OSD 7, 1, 2, 5, 8, 10 and 3/4 with compliant near-twins) and
 * `precision6` (160 compliant wordings that share words with restrictions, 40 near-twins that do not) and `weak5`
 * (OSD 7, 8, 10 and 5, with compliant near-twins) and `weak6` (OSD 2, 3, 8, 10 and 7, with compliant near-twins).
 * Every one of them is also training data for the learned layer (scripts/train.ts).
 */
export type TuningSet = 'clauses' | 'ideas' | 'precision' | 'recall' | 'persons' | 'weak' | 'precision2' | 'precision3' | 'varied' | 'ai' | 'source-available' | 'informal' | 'weak2' | 'precision4' | 'weak3' | 'precision5' | 'source3' | 'fields2' | 'weak4' | 'precision6' | 'weak5' | 'weak6' | 'weak7' | 'weak8' | 'precision7' | 'weak9' | 'weak10' | 'precision8' | 'weak11' | 'weak12' | 'precision9' | 'weak13' | 'weak14' | 'weak15' | 'weak16' | 'precision10' | 'weak17' | 'weak18' | 'weak19' | 'weak20' | 'precision13' | 'weak21' | 'precision14' | 'precision15' | 'weak22' | 'precision11' | 'precision12';

export function tuningSet(name: TuningSet): LabelledClause[] {
  return readJsonl(path.resolve(__dirname, `../fixtures/tuning/${name}.jsonl`));
}

/** Odd ids are for tuning, even ids for validation. */
export const isTuningHalf = (c: LabelledClause): boolean => Number(/(\d+)$/.exec(c.id)?.[1] ?? 0) % 2 === 1;

export interface ClauseOutcome {
  clause: LabelledClause;
  findings: readonly Finding[];
  /** Violating: an error or warning naming one of its criteria. */
  found: boolean;
  /** Compliant: the worst severity reported, if any. */
  worst?: 'error' | 'warning' | 'information';
}

export function judge(clause: LabelledClause, options: AnalyzeOptions = {}): ClauseOutcome {
  const findings = analyze(clause.text, options).findings;
  const serious = findings.filter((f) => f.severity !== 'information');
  const found = clause.osd.length > 0 && serious.some((f) => f.criteria.some((c) => clause.osd.includes(c)));
  const worst = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : findings.length ? 'information' : undefined;
  return { clause, findings, found, worst };
}

export interface SetScore {
  violating: number;
  found: number;
  compliant: number;
  compliantErrors: number;
  compliantWarnings: number;
  byCriterion: Map<Criterion, { total: number; found: number }>;
  outcomes: ClauseOutcome[];
}

export function score(clauses: readonly LabelledClause[], options: AnalyzeOptions = {}): SetScore {
  const outcomes = clauses.map((c) => judge(c, options));
  const v = outcomes.filter((o) => o.clause.osd.length > 0);
  const c = outcomes.filter((o) => o.clause.osd.length === 0);
  const byCriterion = new Map<Criterion, { total: number; found: number }>();
  for (const o of v) {
    for (const k of o.clause.osd) {
      const row = byCriterion.get(k) ?? { total: 0, found: 0 };
      row.total++;
      if (o.findings.some((f) => f.severity !== 'information' && f.criteria.includes(k))) row.found++;
      byCriterion.set(k, row);
    }
  }
  return {
    violating: v.length,
    found: v.filter((o) => o.found).length,
    compliant: c.length,
    compliantErrors: c.filter((o) => o.worst === 'error').length,
    compliantWarnings: c.filter((o) => o.worst === 'warning').length,
    byCriterion,
    outcomes,
  };
}
