import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analysis, Analyzer, type AuditReport, buildReport, LicenceIndex, type LicenceIndexData } from '../engine';
import type { AuditParams } from '../../../common/src/protocol';

/** Loads the index of known licences on first use; undefined where it cannot be had (browser). */
export class KnownLicences {
  private index: LicenceIndex | undefined;
  private failed = false;

  constructor(private readonly load: (() => LicenceIndexData | undefined) | undefined, private readonly log: (m: string) => void) {}

  get(): LicenceIndex | undefined {
    if (this.index || this.failed || !this.load) return this.index;
    try {
      const data = this.load();
      if (data) this.index = new LicenceIndex(data);
      else this.failed = true;
    } catch (e: unknown) {
      this.failed = true;
      this.log(`The index of known licences could not be loaded: ${String(e)}`);
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
    const analysis = (doc && analysisOf(doc)) ?? new Analyzer().analyze(text);
    const incorporated = (d.policies ?? [])
      .filter((p) => typeof p?.uri === 'string' && typeof p.text === 'string')
      .map((p) => ({ file: p.uri, text: p.text, analysis: new Analyzer().analyze(p.text) }));
    const nearest = known.get()?.identify(text, analysis.clauses);
    reports.push(buildReport({ file: d.uri, text, analysis, nearest, profile: params.profile, incorporated }));
  }
  return reports;
}
