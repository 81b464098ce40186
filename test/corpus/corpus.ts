import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';
import type { AnalyzeOptions, Criterion, Finding } from '../../server/src/engine';

/** Where the shared corpus lives: `../shared/corpus` beside the checkout, or $OSD_LINT_CORPUS. */
export const CORPUS_DIR = process.env.OSD_LINT_CORPUS ?? path.resolve(__dirname, '../../../shared/corpus');

/** Throws a clear error when the corpus is missing, so corpus tests fail loudly, never pass silently. */
export function requireCorpus(): void {
  if (!fs.existsSync(path.join(CORPUS_DIR, 'spdx', 'index.json'))) {
    throw new Error(`Corpus not found at ${CORPUS_DIR}: put ../shared beside the checkout or set OSD_LINT_CORPUS.`);
  }
}

export interface SpdxEntry {
  id: string;
  name: string;
  isOsiApproved: boolean;
  isDeprecated: boolean;
}

export function spdxIndex(): SpdxEntry[] {
  requireCorpus();
  return JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'spdx', 'index.json'), 'utf8')) as SpdxEntry[];
}

export function spdxText(id: string): string {
  return fs.readFileSync(path.join(CORPUS_DIR, 'spdx', 'text', `${id}.txt`), 'utf8');
}

export interface Annotation {
  osd: Criterion;
  quote: string;
  why: string;
  confidence: string;
}

export interface RestrictedEntry {
  id: string;
  title: string;
  file: string;
  violations: Annotation[];
}

export function restrictedIndex(): RestrictedEntry[] {
  requireCorpus();
  return JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'restricted', 'index.json'), 'utf8')) as RestrictedEntry[];
}

export function restrictedText(entry: RestrictedEntry): string {
  return fs.readFileSync(path.join(CORPUS_DIR, 'restricted', entry.file), 'utf8');
}

export interface AnnotationResult {
  licence: string;
  annotation: Annotation;
  /** Findings that overlap the quote. */
  overlapping: Finding[];
  /** Whether one of them names the annotated criterion. */
  hit: boolean;
}

export interface RestrictedResult {
  entry: RestrictedEntry;
  findings: Finding[];
  annotations: AnnotationResult[];
  /** Findings that overlap no annotated quote (for review). */
  outside: Finding[];
}

/** Runs the engine on a restricted licence and matches its findings against the annotations. */
export function evaluateRestricted(entry: RestrictedEntry, options: AnalyzeOptions = {}): RestrictedResult {
  const text = restrictedText(entry);
  const findings = [...analyze(text, options).findings];
  const covered = new Set<Finding>();
  const annotations = entry.violations.map((annotation) => {
    const start = text.indexOf(annotation.quote);
    if (start < 0) throw new Error(`${entry.id}: quote not found: ${annotation.quote.slice(0, 60)}`);
    const end = start + annotation.quote.length;
    const overlapping = findings.filter((f) => f.start < end && f.end > start);
    overlapping.forEach((f) => covered.add(f));
    return { licence: entry.id, annotation, overlapping, hit: overlapping.some((f) => f.criteria.includes(annotation.osd)) };
  });
  return { entry, findings, annotations, outside: findings.filter((f) => !covered.has(f)) };
}
