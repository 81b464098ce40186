/** Markdown licence files keep the Markdown language; the client reaches them by pattern. */
export const MARKDOWN_LICENCE_PATTERN = '**/{LICENSE,LICENCE,COPYING,License,Licence,license,licence,copying}*.md';

/** A document filter that both the VS Code API and the language client accept. */
export interface Filter {
  readonly language: string;
  readonly scheme: string;
  readonly pattern?: string;
}

/** Which documents the server analyses. */
export const DOCUMENT_SELECTOR: Filter[] = [
  { language: 'license', scheme: 'file' },
  { language: 'license', scheme: 'untitled' },
  { language: 'markdown', scheme: 'file', pattern: MARKDOWN_LICENCE_PATTERN },
];
