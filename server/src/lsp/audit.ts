import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analysis, Analyzer, type AuditReport, buildReport, isMarkdownName, LicenceIndex, type LicenceIndexData } from '../engine';
import type { AuditParams } from '../../../common/src/protocol';

/** How a host loads the index: at once (Node reads a file) or later (a web worker fetches it). */
export type IndexLoader = () => LicenceIndexData | undefined | Promise<LicenceIndexData | undefined>;

/**
 * Loads the index of known licences on first use. A loader that answers later (a fetch in the
 * browser) leaves `get()` undefined until the index arrives, then calls `onReady`.
 */
export class KnownLicences {
  private index: LicenceIndex | undefined;
  private state: 'idle' | 'loading' | 'done' = 'idle';

  constructor(private readonly load: IndexLoader | undefined, private readonly log: (m: string) => void, private readonly onReady: () => void = () => undefined) {}

  get(): LicenceIndex | undefined {
    if (this.state !== 'idle' || !this.load) return this.index;
    this.state = 'loading';
    const fail = (e: unknown): void => {
      this.state = 'done';
      this.log(`The index of known licences could not be loaded: ${String(e)}`);
    };
    const accept = (data: LicenceIndexData | undefined): void => {
      this.state = 'done';
      if (data) this.index = new LicenceIndex(data);
    };
    try {
      const result = this.load();
      if (result instanceof Promise) {
        result.then((data) => {
          accept(data);
          if (this.index) this.onReady();
        }, fail);
      } else {
        accept(result);
      }
    } catch (e: unknown) {
      fail(e);
    }
    return this.index;
  }
}

/** Audits the documents of a request. Open documents use their current (cached) analysis. */
export function audit(
  params: AuditParams,
  open: (uri: string) => TextDocument | undefined,
  analysisOf: (doc: TextDocument) => Analysis | undefined,
  known: KnownLicences,
): AuditReport[] {
  const reports: AuditReport[] = [];
  for (const d of params?.documents ?? []) {
    if (typeof d?.uri !== 'string') continue;
    const doc = open(d.uri);
    const text = doc ? doc.getText() : typeof d.text === 'string' ? d.text : undefined;
    if (text === undefined) continue;
    const analysis = (doc && analysisOf(doc)) ?? new Analyzer().analyze(text, { markdown: isMarkdownName(d.uri) });
    const incorporated = (d.policies ?? [])
      .filter((p) => typeof p?.uri === 'string' && typeof p.text === 'string')
      .map((p) => ({ file: p.uri, text: p.text, analysis: new Analyzer().analyze(p.text, { markdown: isMarkdownName(p.uri) }) }));
    const nearest = known.get()?.identify(text, analysis.clauses);
    reports.push(buildReport({ file: d.uri, text, analysis, nearest, profile: params.profile, incorporated }));
  }
  return reports;
}
