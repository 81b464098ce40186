/**
 * The learned layer: one logistic model per criterion over the clause model's features, trained
 * at build time on labelled clauses (`npm run train`, scripts/train.ts) and shipped as data
 * (weights.json). It speaks only where the clause model's decisions found nothing in a clause that
 * binds, and only as a warning: it says a clause reads like the clauses that break a criterion,
 * and which of its words weigh most in that reading.
 */
import type { Criterion } from '../../types';
import type { Features, FeatureSource } from './features';
import data from './weights.json';

/**
 * The weights file: feature names (one per line), and per criterion a bias and the weights of the
 * features it weighs, as integers in `scale`ths, with their feature indexes given as ascending gaps.
 */
export interface Weights {
  readonly about: string;
  /** Hash of what the weights were trained from (training data and feature code). */
  readonly inputs: string;
  /** A criterion is reported above this probability. */
  readonly threshold: number;
  readonly scale: number;
  readonly features: string;
  readonly criteria: Readonly<Record<string, { readonly bias: number; readonly gaps: readonly number[]; readonly weights: readonly number[] }>>;
}

/** A criterion the clause reads as breaking, how surely, and the features that weigh most. */
export interface LearnedReading {
  readonly criterion: Criterion;
  readonly probability: number;
  /** The features that push hardest towards the criterion, strongest first, with where they stand. */
  readonly because: ReadonlyArray<{ readonly feature: string; readonly weight: number; readonly source: FeatureSource }>;
}

interface Table {
  /** Per feature, where its weights start in `weights`: one per model, in the order of `models` (0 where a model does not weigh it). */
  readonly rowOf: ReadonlyMap<string, number>;
  readonly weights: Float64Array;
  readonly threshold: number;
  readonly models: ReadonlyArray<{ criterion: Criterion; bias: number }>;
}

const weights = data as unknown as Weights;
let table: Table | undefined;

/**
 * Features that name no restriction: the force alone (`f:`, `m:`) and the names of the work and
 * the licensor. They weigh in the reading but do not explain it.
 */
const SAYS_NOTHING = /^(?:f|m):|(?:^|[:_&])(?:work|licensor)(?:$|_)/;

function load(w: Weights): Table {
  const names = w.features.split('\n');
  const models = Object.entries(w.criteria);
  // One row per weighed feature, in one array: a few MB less than a small array per feature.
  const rowOf = new Map<string, number>();
  models.forEach(([, m]) => {
    let at = 0;
    for (const gap of m.gaps) if (!rowOf.has(names[(at += gap)])) rowOf.set(names[at], rowOf.size * models.length);
  });
  const weights = new Float64Array(rowOf.size * models.length);
  models.forEach(([, m], k) => {
    let at = 0;
    m.gaps.forEach((gap, i) => {
      weights[(rowOf.get(names[(at += gap)]) as number) + k] = m.weights[i] / w.scale;
    });
  });
  return {
    rowOf,
    weights,
    threshold: w.threshold,
    models: models.map(([c, m]) => ({ criterion: Number(c) as Criterion, bias: m.bias / w.scale })),
  };
}

/** The criteria a clause with these features reads as breaking, most probable first. */
export function learnedReadings(features: Features, source: Weights = weights): LearnedReading[] {
  const t = source === weights ? (table ??= load(source)) : load(source);
  // One lookup per feature: the features a clause has that some model weighs, with all their weights.
  const present: Array<[number, string, FeatureSource]> = [];
  for (const [name, where] of features) {
    const row = t.rowOf.get(name);
    if (row !== undefined) present.push([row, name, where]);
  }
  const out: LearnedReading[] = [];
  t.models.forEach((m, k) => {
    let z = m.bias;
    for (const [row] of present) z += t.weights[row + k];
    const probability = 1 / (1 + Math.exp(-z));
    if (probability <= t.threshold) return;
    const because = present
      .map(([row, feature, where]) => ({ feature, weight: t.weights[row + k], source: where }))
      .filter((b) => b.weight > 0 && !SAYS_NOTHING.test(b.feature))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 3);
    out.push({ criterion: m.criterion, probability, because });
  });
  return out.sort((a, b) => b.probability - a.probability);
}
