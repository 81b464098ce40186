/**
 * Checks the params of every message the server handles, in one place. Handlers are registered
 * with `onRequest`/`onNotification` below (by method name, not with `connection.onHover` and the
 * like: those read `params.workDoneToken` before any handler runs, so `params: null` failed there
 * with an internal error). A malformed request is answered InvalidParams ("<method>: <what is
 * wrong>"); a malformed notification is ignored with a logged message. Messages the library
 * handles itself (initialize, $/setTrace) are checked on arrival by `guardLibraryMessages`.
 */
import {
  type CancellationToken,
  type CodeActionParams,
  type Connection,
  type DefinitionParams,
  type DidChangeConfigurationParams,
  type DidChangeTextDocumentParams,
  type DidChangeWatchedFilesParams,
  type DidCloseTextDocumentParams,
  type DidChangeWorkspaceFoldersParams,
  type DidOpenTextDocumentParams,
  type DocumentDiagnosticParams,
  type DocumentSymbolParams,
  ErrorCodes,
  type ExecuteCommandParams,
  type FoldingRangeParams,
  type HoverParams,
  type InitializeParams,
  type Message,
  type MessageStrategy,
  type ReferenceParams,
  ResponseError,
} from 'vscode-languageserver';
import type { AuditParams, ExplainCriterionParams, ToolParams } from '../../../common/src/protocol';
import { ALL_CRITERIA, type AuditReport, RULES } from '../engine';
import { SHOW_CRITERION_COMMAND, SUPPRESS_COMMAND } from './commandIds';

/** What is wrong with a value (at `path`, e.g. `params.position.line`), or undefined when it fits `T`. */
export type Check<T> = ((value: unknown, path: string) => string | undefined) & { readonly __type?: T };

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value `what` describes, tested by `ok`. */
function expect<T>(what: string, ok: (v: unknown) => boolean): Check<T> {
  return (v, path) => (ok(v) ? undefined : v === undefined ? `${path} is missing` : `${path} must be ${what}, got ${describe(v)}`);
}

export const string = expect<string>('a string', (v) => typeof v === 'string');
export const boolean = expect<boolean>('a boolean', (v) => typeof v === 'boolean');
export const integer = expect<number>('an integer', (v) => Number.isSafeInteger(v));
export const uinteger = expect<number>('a non-negative integer', (v) => Number.isSafeInteger(v) && (v as number) >= 0);
export const anything: Check<unknown> = () => undefined;

export function oneOf<T extends string | number>(...values: T[]): Check<T> {
  return expect(`one of ${values.map((x) => JSON.stringify(x)).join(', ')}`, (v) => values.includes(v as T));
}

/** An optional field: absent is fine, anything else must fit `check`. */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (v, path) => (v === undefined ? undefined : check(v, path));
}

export function arrayOf<T>(item: Check<T>): Check<T[]> {
  return (v, path) => {
    if (!Array.isArray(v)) return expect('an array', () => false)(v, path);
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** An array whose first items fit these checks, in order (more items are allowed, as for LSP objects). */
export function tuple<T extends unknown[]>(...items: Check<unknown>[]): Check<T> {
  return (v, path) => {
    if (!Array.isArray(v)) return expect('an array', () => false)(v, path);
    for (let i = 0; i < items.length; i++) {
      const problem = items[i](v[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** An object with (at least) these fields, read as a `T`; other fields are allowed, as LSP messages grow. */
export function object<T>(fields: Record<string, Check<unknown>>): Check<T> {
  return (v, path) => {
    if (!isRecord(v)) return expect('an object', () => false)(v, path);
    for (const [key, check] of Object.entries(fields)) {
      const problem = check(v[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  };
}

// What the server is sent: the fields it reads are required, as in the LSP types.
const textDocument = object({ uri: string });
const position = object({ line: uinteger, character: uinteger });
const range = object({ start: position, end: position });
const diagnostic = object({ range, message: string });

const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
/** The arguments of each server command (see commandIds.ts). */
const COMMAND_ARGUMENTS: Record<string, Check<unknown[]>> = {
  [SHOW_CRITERION_COMMAND]: tuple(expect('a criterion number, 1 to 10', (v) => ALL_CRITERIA.includes(v as never))),
  [SUPPRESS_COMMAND]: tuple(string, expect('a rule id', (v) => RULE_IDS.includes(v as string)), expect('a non-empty string', (v) => typeof v === 'string' && v.trim() !== '')),
};
const executeCommandBase = object<ExecuteCommandParams>({ command: oneOf(...Object.keys(COMMAND_ARGUMENTS)), arguments: optional(arrayOf(anything)) });
/** `workspace/executeCommand`: a known command, with the arguments it takes. */
const executeCommand: Check<ExecuteCommandParams> = (v, path) =>
  executeCommandBase(v, path) ?? COMMAND_ARGUMENTS[(v as ExecuteCommandParams).command]((v as ExecuteCommandParams).arguments ?? [], `${path}.arguments`);

export const PARAMS = {
  hover: object<HoverParams>({ textDocument, position }),
  definition: object<DefinitionParams>({ textDocument, position }),
  references: object<ReferenceParams>({ textDocument, position, context: object({ includeDeclaration: boolean }) }),
  documentSymbol: object<DocumentSymbolParams>({ textDocument }),
  foldingRange: object<FoldingRangeParams>({ textDocument }),
  codeAction: object<CodeActionParams>({ textDocument, range, context: object({ diagnostics: arrayOf(diagnostic), only: optional(arrayOf(string)) }) }),
  diagnostic: object<DocumentDiagnosticParams>({ textDocument, identifier: optional(string), previousResultId: optional(string) }),
  didOpen: object<DidOpenTextDocumentParams>({ textDocument: object({ uri: string, languageId: string, version: integer, text: string }) }),
  didChange: object<DidChangeTextDocumentParams>({
    textDocument: object({ uri: string, version: integer }),
    contentChanges: arrayOf(object({ text: string, range: optional(range), rangeLength: optional(uinteger) })),
  }),
  didClose: object<DidCloseTextDocumentParams>({ textDocument }),
  didChangeConfiguration: object<DidChangeConfigurationParams>({ settings: anything }),
  didChangeWatchedFiles: object<DidChangeWatchedFilesParams>({ changes: arrayOf(object({ uri: string, type: oneOf(1, 2, 3) })) }),
  didChangeWorkspaceFolders: object<DidChangeWorkspaceFoldersParams>({ event: object({ added: arrayOf(object({ uri: string })), removed: arrayOf(object({ uri: string })) }) }),
  executeCommand,
  /** Checked on arrival (see `guardLibraryMessages`): vscode-languageserver reads these params before the server's handler. */
  initialize: object<InitializeParams>({ capabilities: object({}) }),
  /** `initialized` carries `{}`; some clients send nothing. */
  initialized: optional(object<object>({})),
  explainCriterion: object<ExplainCriterionParams>({ criterion: integer }),
  audit: object<AuditParams>({
    documents: arrayOf(object({ uri: string, text: optional(string), policies: optional(arrayOf(object({ uri: string, text: string }))) })),
    profile: optional(oneOf('osd', 'ai-model')),
  }),
  /** The input itself is read by `parseToolInput`, which words its problems for the model. */
  tool: object<ToolParams>({
    name: string,
    input: anything,
    licence: optional(object({ uri: string, name: string, text: string })),
    profile: optional(oneOf('osd', 'ai-model')),
  }),
  /** The reports to render, as `osdLint/audit` returned them (sent as the one positional param). */
  sarif: arrayOf(object<AuditReport>({
    file: string,
    findings: arrayOf(object({
      ruleId: string,
      severity: oneOf('error', 'warning', 'information'),
      message: string,
      line: uinteger,
      column: uinteger,
      endLine: uinteger,
      endColumn: uinteger,
      criteria: arrayOf(oneOf(...ALL_CRITERIA)),
      source: optional(string),
    })),
  })),
};

/**
 * What is wrong with a message's params ("<method>: <what>"), or undefined when they pass. `args`
 * are what jsonrpc called the handler with (before the token): positional params come spread.
 */
export function paramsProblem<P>(method: string, check: Check<P>, ...args: unknown[]): string | undefined {
  // A client that passes an absent cancellation token (\`sendRequest(method, params, undefined)\`)
  // sends it as a second positional param, null: that is still one params value.
  while (args.length > 1 && (args[args.length - 1] === null || args[args.length - 1] === undefined)) args.pop();
  const problem = args.length > 1 ? `expected one params value, got ${args.length} positional params` : check(args[0], 'params');
  return problem && `${method}: ${problem}`;
}

/** Registers a request handler that only runs on params that pass `check`; others get InvalidParams. */
export function onRequest<P, R>(connection: Connection, method: string, check: Check<P>, handler: (params: P, token: CancellationToken) => R | Promise<R>): void {
  connection.onRequest(method, async (...args: unknown[]): Promise<unknown> => {
    const token = args.pop() as CancellationToken;
    const problem = paramsProblem(method, check, ...args);
    if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
    return handler(args[0] as P, token);
  });
}

/** Registers a notification handler that only runs on params that pass `check`; others are logged and ignored. It never throws. */
export function onNotification<P>(connection: Connection, method: string, check: Check<P>, handler: (params: P) => void | Promise<void>): void {
  connection.onNotification(method, async (...args: unknown[]) => {
    const problem = paramsProblem(method, check, ...args);
    if (problem) return connection.console.warn(`${problem}; ignored`);
    try {
      await handler(args[0] as P);
    } catch (e: unknown) {
      connection.console.error(`${method} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  });
}

/**
 * Messages vscode-languageserver handles itself, reading their params before any server code.
 * ($/cancelRequest is read by vscode-jsonrpc as it arrives, before any strategy: a malformed one
 * is dropped there, with an error logged, and the server carries on.)
 */
const LIBRARY_OWNED = new Map<string, Check<unknown>>([
  ['initialize', PARAMS.initialize],
  ['$/setTrace', object({ value: oneOf('off', 'messages', 'verbose') })],
]);
const REJECTED = '$/osdLint/rejected';

/**
 * Passed to `createConnection`: a library-owned message with malformed params is turned, on arrival,
 * into one for `REJECTED` (same id), which `listenForRejected` answers InvalidParams or logs.
 */
export const guardLibraryMessages: MessageStrategy = {
  handleMessage(message, next) {
    const m = message as { method?: unknown; params?: unknown };
    const check = typeof m.method === 'string' ? LIBRARY_OWNED.get(m.method) : undefined;
    const problem = check && paramsProblem(m.method as string, check, m.params);
    // Returned: jsonrpc waits on (and catches) the handling of each message.
    return next(problem ? ({ ...message, method: REJECTED, params: { problem } } as Message) : message);
  },
};

export function listenForRejected(connection: Connection): void {
  const problemOf = (p: unknown): string => String((p as { problem?: unknown } | null)?.problem ?? `${REJECTED}: params.problem is missing`);
  connection.onRequest(REJECTED, (p: unknown) => {
    throw new ResponseError(ErrorCodes.InvalidParams, problemOf(p));
  });
  connection.onNotification(REJECTED, (p: unknown) => connection.console.warn(`${problemOf(p)}; ignored`));
}
