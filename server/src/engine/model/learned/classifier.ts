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
  /** Per feature, its weight in each model (0 where a model does not weigh it), in the order of `models`. */
  readonly weightsOf: ReadonlyMap<string, Float64Array>;
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
  const weightsOf = new Map<string, Float64Array>();
  models.forEach(([, m], k) => {
    let at = 0;
    m.gaps.forEach((gap, i) => {
      const name = names[(at += gap)];
      let v = weightsOf.get(name);
      if (!v) weightsOf.set(name, (v = new Float64Array(models.length)));
      v[k] = m.weights[i] / w.scale;
    });
  });
  return {
    weightsOf,
    threshold: w.threshold,
    models: models.map(([c, m]) => ({ criterion: Number(c) as Criterion, bias: m.bias / w.scale })),
  };
}

/** The criteria a clause with these features reads as breaking, most probable first. */
export function learnedReadings(features: Features, source: Weights = weights): LearnedReading[] {
  const t = source === weights ? (table ??= load(source)) : load(source);
  // One lookup per feature: the features a clause has that some model weighs, with all their weights.
  const present: Array<[Float64Array, string, FeatureSource]> = [];
  for (const [name, where] of features) {
    const v = t.weightsOf.get(name);
    if (v !== undefined) present.push([v, name, where]);
  }
  const out: LearnedReading[] = [];
  t.models.forEach((m, k) => {
    let z = m.bias;
    for (const [v] of present) z += v[k];
    const probability = 1 / (1 + Math.exp(-z));
    if (probability <= t.threshold) return;
    const because = present
      .map(([v, feature, where]) => ({ feature, weight: v[k], source: where }))
      .filter((b) => b.weight > 0 && !SAYS_NOTHING.test(b.feature))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 3);
    out.push({ criterion: m.criterion, probability, because });
  });
  return out.sort((a, b) => b.probability - a.probability);
}
