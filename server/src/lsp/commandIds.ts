/**
 * The server's own commands (`workspace/executeCommand`), which its code actions call. Their ids
 * differ from the VS Code client's contributed commands (`osdLint.*`): vscode-languageclient
 * registers a server's commands in VS Code itself, and a second registration of an id throws.
 * No imports: the VS Code client reads these too.
 */
/** `[criterion: number]` → the explanation (`{ title, markdown }`), also shown to the user. */
export const SHOW_CRITERION_COMMAND = 'osd-lint.showCriterion';
/** `[documentUri: string, rule: string, clause: string]` → adds the suppression to `.osdlintrc.json`. */
export const SUPPRESS_COMMAND = 'osd-lint.suppress';
export const SERVER_COMMANDS: readonly string[] = [SHOW_CRITERION_COMMAND, SUPPRESS_COMMAND];
