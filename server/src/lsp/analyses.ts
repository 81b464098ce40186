import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigFile } from '../../../common/src/config';
import type { Settings } from '../../../common/src/settings';
import { analyze, type Analysis, type AnalyzeOptions, type Criterion, type SeveritySetting } from '../engine';

/** What one document is analysed with: VS Code settings over the workspace config file. */
export interface Effective {
  enable: boolean;
  maxFileSize: number;
  options: AnalyzeOptions;
  /** Identifies the options, to know when a cached analysis is still valid. */
  key: string;
}

/** Combines the config file and the settings; a setting wins over the file. */
export function effective(settings: Settings, file: ConfigFile): Effective {
  const rules = { ...file.rules, ...settings.rules };
  const criteria: Partial<Record<Criterion, SeveritySetting>> = {};
  for (const [k, v] of Object.entries({ ...file.criteria, ...settings.criteria })) {
    const n = Number(k);
    if (Number.isInteger(n) && n >= 1 && n <= 10) criteria[n as Criterion] = v;
  }
  const options: AnalyzeOptions = { rules, criteria, suppressions: file.suppressions };
  const maxFileSize = settings.maxFileSize !== undefined && settings.maxFileSize !== 5_000_000 ? settings.maxFileSize : file.maxFileSize ?? settings.maxFileSize;
  return { enable: settings.enable, maxFileSize, options, key: JSON.stringify([rules, criteria, file.suppressions]) };
}

interface Entry {
  version: number;
  key: string;
  analysis: Analysis;
}

/**
 * One analysis per document version and options, shared by diagnostics, hovers and code actions,
 * so a hover or a quick fix never re-runs the rules on text that was already analysed.
 */
export class Analyses {
  private readonly entries = new Map<string, Entry>();

  get(doc: TextDocument, eff: Effective, isCancelled?: () => boolean): Analysis | undefined {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.key === eff.key) return hit.analysis;
    let cancelled = false;
    const analysis = analyze(doc.getText(), {
      ...eff.options,
      isCancelled: isCancelled ? () => (cancelled = cancelled || isCancelled()) : undefined,
    });
    if (cancelled) return undefined;
    this.entries.set(doc.uri, { version: doc.version, key: eff.key, analysis });
    return analysis;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
