/**
 * `npm run train`: trains the learned layer (server/src/engine/model/learned) and writes its
 * weights. Deterministic: the same inputs give the same file, byte for byte.
 *
 * Training data, all in this repository or its npm dependencies:
 * - labelled clauses: every set in test/fixtures/tuning but the near-twin sets in NOT_TRAINED (violating with their criteria, compliant);
 * - negatives: every sentence of the OSI-approved texts of the maintained `spdx-license-list`.
 * Never the dev.jsonl halves nor test/fixtures/blind: those measure what the layer learned.
 *
 * The model is one logistic regression per criterion, full-batch gradient descent with L2, in a
 * fixed order. `--if-stale` (the build) trains only when the inputs' hash differs from the one in
 * the weights file.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanText } from '../server/src/engine/language';
import { clauseFeatures } from '../server/src/engine/model/learned/features';
import type { Weights } from '../server/src/engine/model/learned/classifier';
import { readProvisions } from '../server/src/engine/model/provisions';
import { Reading } from '../server/src/engine/model/reading';
import { segment } from '../server/src/engine/segment';

const ROOT = path.resolve(__dirname, '..');
export const WEIGHTS_FILE = path.join(ROOT, 'server/src/engine/model/learned/weights.json');
const TUNING = path.join(ROOT, 'test/fixtures/tuning');
/** What the features depend on: the clause model's reading and the feature code. */
const CODE = [...fs.readdirSync(path.join(ROOT, 'server/src/engine/model')).filter((f) => f.endsWith('.ts')).map((f) => `server/src/engine/model/${f}`), 'server/src/engine/model/learned/features.ts', 'server/src/engine/language.ts', 'server/src/engine/segment.ts', 'server/src/engine/nesting.ts', 'scripts/train.ts'];

/**
 * `positiveWeight` scales the weight of a criterion's violating examples against the rest;
 * `approvedWeight` weighs the sentences of OSI-approved licences above other compliant clauses:
 * they are what must stay clean.
 */
export const SETTINGS = { threshold: 0.9, epochs: 200, rate: 0.5, l2: 1e-3, l1: 3e-4, positiveWeight: 0.25, approvedWeight: 3, minWeight: 0.02 };
export type Settings = typeof SETTINGS;

export interface Example {
  readonly features: readonly string[];
  readonly criteria: ReadonlySet<number>;
  /** A sentence of an OSI-approved licence. */
  readonly approved?: boolean;
}

/** Feature names of a text, read as the clause model reads a clause with no lead-in. */
export function featuresOf(text: string): string[] {
  const readings = readProvisions(cleanText(text)).map((p) => new Reading(p, []));
  return [...clauseFeatures(readings).keys()];
}

/**
 * Tuning sets the decisions are tuned on but the learned layer is not trained on: near-twin pairs of
 * long provisions, where the violating and the compliant clause share most of their words. A model
 * of words cannot tell such twins apart; trained on them it learns to doubt every long provision
 * and finds fewer restrictions everywhere (with weak17 in training, eleven sets lost a clause each,
 * two of them blind). weak19, weak20, weak21, weak22, precision11, precision12, precision13, precision14 and precision15 are near-twin sets of the same kind.
 */
const NOT_TRAINED: ReadonlySet<string> = new Set(['weak17.jsonl', 'weak18.jsonl', 'weak19.jsonl', 'weak20.jsonl', 'weak21.jsonl', 'precision11.jsonl', 'precision12.jsonl', 'precision13.jsonl', 'precision14.jsonl', 'precision15.jsonl', 'weak22.jsonl']);

function tuningFiles(): string[] {
  return fs.readdirSync(TUNING).filter((f) => f.endsWith('.jsonl') && !NOT_TRAINED.has(f)).sort().map((f) => path.join(TUNING, f));
}

function osiTexts(): string[] {
  const full = require('spdx-license-list/full') as Record<string, { osiApproved: boolean; licenseText?: string }>;
  return Object.keys(full).sort().filter((id) => full[id].osiApproved && full[id].licenseText).map((id) => full[id].licenseText!);
}

/** The hash of everything the weights are trained from. */
export function inputsHash(): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(SETTINGS));
  for (const f of [...CODE, ...tuningFiles()]) h.update(f.replace(ROOT, '')).update(fs.readFileSync(path.resolve(ROOT, f)));
  for (const t of osiTexts()) h.update(t);
  return h.digest('hex').slice(0, 16);
}

export function examples(): Example[] {
  const out: Example[] = [];
  for (const file of tuningFiles()) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { osd: number[]; text: string };
      out.push({ features: featuresOf(c.text), criteria: new Set(c.osd) });
    }
  }
  for (const text of osiTexts()) {
    for (const clause of segment(text)) if (clause.text.length >= 20) out.push({ features: featuresOf(clause.text), criteria: new Set(), approved: true });
  }
  return out;
}

/** Weights are stored as integers in thousandths. */
const WEIGHT_SCALE = 1000;

/** Trains the weights from the inputs (or from `data`, for cross-validation). */
export function trainWeights(settings: Settings = SETTINGS, data: readonly Example[] = examples()): Weights {
  const index = new Map<string, number>();
  for (const e of data) for (const f of e.features) if (!index.has(f)) index.set(f, index.size);
  const rows = data.map((e) => e.features.map((f) => index.get(f)!));
  const dim = index.size;
  const weighed: Array<{ criterion: number; bias: number; kept: Array<[number, number]> }> = [];
  for (let k = 1; k <= 10; k++) {
    const w = new Float64Array(dim + 1);
    const y = data.map((e) => (e.criteria.has(k) ? 1 : 0));
    const positives = y.reduce((a: number, b) => a + b, 0);
    const positiveWeight = ((data.length - positives) / Math.max(1, positives)) * settings.positiveWeight;
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      const g = new Float64Array(dim + 1);
      for (let i = 0; i < rows.length; i++) {
        let z = w[dim];
        for (const j of rows[i]) z += w[j];
        const d = (1 / (1 + Math.exp(-z)) - y[i]) * (y[i] ? positiveWeight : data[i].approved ? settings.approvedWeight : 1);
        for (const j of rows[i]) g[j] += d;
        g[dim] += d;
      }
      for (let j = 0; j <= dim; j++) w[j] -= settings.rate * ((g[j] / rows.length) * 10 + settings.l2 * w[j]);
      // L1 as a proximal step: weights that earn less than it become exactly zero (a sparse, small model).
      const shrink = settings.rate * settings.l1;
      if (shrink > 0) for (let j = 0; j < dim; j++) w[j] = Math.sign(w[j]) * Math.max(0, Math.abs(w[j]) - shrink);
    }
    const kept: Array<[number, number]> = [];
    for (let j = 0; j < dim; j++) if (Math.abs(w[j]) >= settings.minWeight) kept.push([j, Math.round(w[j] * WEIGHT_SCALE)]);
    weighed.push({ criterion: k, bias: Math.round(w[dim] * WEIGHT_SCALE), kept });
  }
  // Only features some criterion weighs are kept, renumbered; each criterion's indexes as ascending gaps.
  const used = [...new Set(weighed.flatMap((c) => c.kept.map(([j]) => j)))].sort((a, b) => a - b);
  const renumber = new Map(used.map((j, i) => [j, i]));
  const names = [...index.keys()];
  const criteria: Record<string, { bias: number; gaps: number[]; weights: number[] }> = {};
  for (const c of weighed) {
    let last = 0;
    const gaps = c.kept.map(([j]) => {
      const at = renumber.get(j)!;
      const gap = at - last;
      last = at;
      return gap;
    });
    criteria[c.criterion] = { bias: c.bias, gaps, weights: c.kept.map(([, x]) => x) };
  }
  return {
    about: `Learned layer of OSD Lint: logistic regression per criterion over clause-model features, trained by scripts/train.ts on ${data.length} examples. Weights and biases in thousandths; feature indexes as gaps from the previous one. Generated: do not edit.`,
    inputs: settings === SETTINGS ? inputsHash() : 'cross-validation',
    threshold: settings.threshold,
    scale: WEIGHT_SCALE,
    features: used.map((j) => names[j]).join('\n'),
    criteria,
  };
}

/** The weights as written to the file: one criterion per line, so that a change reads as a diff. */
export function serialize(w: Weights): string {
  const lines = [`{"about": ${JSON.stringify(w.about)},`, `"inputs": ${JSON.stringify(w.inputs)},`, `"threshold": ${w.threshold},`, `"scale": ${w.scale},`, `"features": ${JSON.stringify(w.features)},`, '"criteria": {'];
  const entries = Object.entries(w.criteria);
  entries.forEach(([k, c], i) => lines.push(`${JSON.stringify(k)}: ${JSON.stringify(c)}${i < entries.length - 1 ? ',' : ''}`));
  lines.push('}}', '');
  return lines.join('\n');
}

function main(): void {
  if (process.argv.includes('--if-stale') && fs.existsSync(WEIGHTS_FILE)) {
    const current = JSON.parse(fs.readFileSync(WEIGHTS_FILE, 'utf8')) as Weights;
    if (current.inputs === inputsHash()) return;
  }
  const t0 = Date.now();
  const w = trainWeights();
  fs.writeFileSync(WEIGHTS_FILE, serialize(w));
  console.log(`learned layer: ${w.features.split("\n").length} features, trained in ${Date.now() - t0} ms -> ${path.relative(ROOT, WEIGHTS_FILE)}`);
}

if (require.main === module) main();
