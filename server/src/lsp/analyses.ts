import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigFile } from '../../../common/src/config';
import { DEFAULT_SETTINGS, type Settings } from '../../../common/src/settings';
import { type Analysis, Analyzer, type AnalyzeOptions, type Criterion, isMarkdownName, type SeveritySetting } from '../engine';

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
  // A value set in the editor wins; the editor's default gives way to the config file's.
  const maxFileSize = settings.maxFileSize !== DEFAULT_SETTINGS.maxFileSize ? settings.maxFileSize : file.maxFileSize ?? settings.maxFileSize;
  const judgement = settings.judgement !== DEFAULT_SETTINGS.judgement ? settings.judgement : file.judgement ?? settings.judgement;
  const options: AnalyzeOptions = { rules, criteria, suppressions: file.suppressions, clauseModel: judgement === 'clause-model' };
  return { enable: settings.enable, maxFileSize, options, key: JSON.stringify([rules, criteria, file.suppressions, judgement]) };
}

interface Entry {
  version: number;
  key: string;
  analysis?: Analysis;
  /** Keeps clause results between versions, so an edit re-runs the rules only where it changed. */
  analyzer: Analyzer;
}

/**
 * One analysis per document version and options, shared by diagnostics, hovers and code actions,
 * so a hover or a quick fix never re-runs the rules on text that was already analysed.
 */
export class Analyses {
  private readonly entries = new Map<string, Entry>();

  get(doc: TextDocument, eff: Effective, isCancelled?: () => boolean): Analysis | undefined {
    let entry = this.entries.get(doc.uri);
    if (entry?.analysis && entry.version === doc.version && entry.key === eff.key) return entry.analysis;
    if (!entry) this.entries.set(doc.uri, (entry = { version: -1, key: '', analyzer: new Analyzer() }));
    let cancelled = false;
    const analysis = entry.analyzer.analyze(doc.getText(), {
      ...eff.options,
      markdown: doc.languageId === 'markdown' || isMarkdownName(doc.uri),
      isCancelled: isCancelled ? () => (cancelled = cancelled || isCancelled()) : undefined,
    });
    if (cancelled) return undefined;
    Object.assign(entry, { version: doc.version, key: eff.key, analysis });
    return analysis;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  /** Forgets the analyses (settings changed) but keeps the clause results, which do not depend on them. */
  clear(): void {
    for (const e of this.entries.values()) e.analysis = undefined;
  }
}
