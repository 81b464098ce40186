/** The browser (web worker) entry point: the same server over postMessage. */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { parseIndex } from './engine';
import { startServer } from './lsp/startServer';
import { guardLibraryMessages } from './lsp/params';

declare const self: { location?: { href: string } };
declare function fetch(url: string): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/** The index of known licences sits beside this bundle in the extension: fetch it on first use. */
async function loadLicenceIndex() {
  if (!self.location) return undefined;
  const response = await fetch(new URL('licences.txt', self.location.href).toString());
  if (!response.ok) throw new Error(`licences.txt: HTTP ${response.status}`);
  return parseIndex(await response.text());
}

const worker = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
startServer(createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker), { messageStrategy: guardLibraryMessages }), { loadLicenceIndex });
