/**
 * What VS Code shows while an OSD Lint tool runs, and the confirmation it asks for before a tool
 * reads a file the user has not opened. Pure (no `vscode`), so the unit tests can check the wording.
 */
import { EXPLAIN_TOOL, type ToolInput } from '../../common/src/tools/definitions';

/** The progress message: what is being read and checked. */
export function invocationMessage(input: ToolInput, label?: string): string {
  if (input.tool === EXPLAIN_TOOL) return `Explaining OSD ${input.criterion}`;
  const what = input.licence.file !== undefined ? label ?? input.licence.file : 'the licence text';
  return input.tool === 'osd-lint_check' ? `Checking ${what} against the Open Source Definition` : `Auditing ${what} against the Open Source Definition`;
}

export interface Confirmation {
  readonly title: string;
  /** Markdown. */
  readonly message: string;
}

/**
 * The confirmation for reading a file that is not open in an editor (one that is open, the user
 * already sees, and the tool reads no more than the editor shows). None for text or explanations.
 */
export function confirmationFor(input: ToolInput, file: { label: string; open: boolean; inWorkspace: boolean } | undefined): Confirmation | undefined {
  if (input.tool === EXPLAIN_TOOL || input.licence.file === undefined || !file || file.open) return undefined;
  const where = file.inWorkspace ? 'from the workspace' : '**outside the workspace**';
  return {
    title: 'Let OSD Lint read this file?',
    message: `OSD Lint will read \`${file.label.replace(/`/g, "'")}\` ${where} and check it against the Open Source Definition on this machine. The findings go to the chat; nothing else is sent anywhere.`,
  };
}
