import type { DocumentSelector } from 'vscode-languageclient';

/** Markdown licence files keep the Markdown language; the client reaches them by pattern. */
export const MARKDOWN_LICENCE_PATTERN = '**/{LICENSE,LICENCE,COPYING,License,Licence,license,licence,copying}*.md';

/** Which documents the server analyses. */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  { language: 'license', scheme: 'file' },
  { language: 'license', scheme: 'untitled' },
  { language: 'markdown', scheme: 'file', pattern: MARKDOWN_LICENCE_PATTERN },
];
