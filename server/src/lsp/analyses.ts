import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis, type AnalyzeOptions, type Criterion, type SeveritySetting } from '../engine';
import type { Settings } from '../../../common/src/settings';

/** Turns settings into engine options. */
export function optionsFrom(settings: Settings): AnalyzeOptions {
  const criteria: Partial<Record<Criterion, SeveritySetting>> = {};
  for (const [k, v] of Object.entries(settings.criteria)) {
    const n = Number(k);
    if (Number.isInteger(n) && n >= 1 && n <= 10) criteria[n as Criterion] = v;
  }
  return { rules: settings.rules, criteria };
}

interface Entry {
  version: number;
  key: string;
  analysis: Analysis;
}

/**
 * One analysis per document version and settings, shared by diagnostics, hovers and code actions,
 * so a hover or a quick fix never re-runs the rules on text that was already analysed.
 */
export class Analyses {
  private readonly entries = new Map<string, Entry>();

  get(doc: TextDocument, settings: Settings, isCancelled?: () => boolean): Analysis | undefined {
    const key = JSON.stringify([settings.rules, settings.criteria]);
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.key === key) return hit.analysis;
    let cancelled = false;
    const analysis = analyze(doc.getText(), {
      ...optionsFrom(settings),
      isCancelled: isCancelled ? () => (cancelled = cancelled || isCancelled()) : undefined,
    });
    if (cancelled) return undefined;
    this.entries.set(doc.uri, { version: doc.version, key, analysis });
    return analysis;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
