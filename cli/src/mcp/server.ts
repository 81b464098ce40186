/**
 * The MCP server of `osd-lint mcp`: the three OSD Lint tools and the text of the Open Source
 * Definition as a resource, over the official SDK. The tools' schemas, input checks and answers
 * are the shared ones (common/src/tools) the VS Code tools use; this file only wires them up.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { analyze, type AnalyzeOptions, isMarkdownName, type LicenceIndex } from '../../../server/src/engine';
import { EXPLAIN_TOOL, parseToolInput, ToolInputError, TOOLS } from '../../../common/src/tools/definitions';
import { osdText, runTool, type ToolHost } from '../../../common/src/tools/run';
import type { Roots } from './files';

export const OSD_RESOURCE_URI = 'osd-lint://osd';

export interface McpOptions {
  readonly roots: Roots;
  readonly analyzeOptions: AnalyzeOptions;
  readonly maxFileSize: number;
  readonly index?: LicenceIndex;
  readonly version: string;
}

const text = (s: string, isError = false): CallToolResult => ({ content: [{ type: 'text', text: s }], ...(isError ? { isError: true } : {}) });

/** Builds the server; the caller connects it to a transport. */
export function createMcpServer(options: McpOptions): McpServer {
  const server = new McpServer(
    { name: 'osd-lint', title: 'OSD Lint', version: options.version },
    {
      capabilities: { tools: {}, resources: {} },
      instructions: `OSD Lint reviews licence drafts against the Open Source Definition, offline. Call ${TOOLS[0].name} on a draft or clause before proposing it, ${TOOLS[1].name} for a verdict on a whole licence, ${EXPLAIN_TOOL} to quote a criterion. Files are read only below: ${options.roots.folders.join(', ')}.`,
    },
  );
  const host: ToolHost = {
    analyze: (licence) => analyze(licence.text, { ...options.analyzeOptions, markdown: isMarkdownName(licence.name) }),
    identify: options.index ? (t, analysis) => options.index!.identify(t, analysis.clauses) : undefined,
  };
  for (const def of TOOLS) {
    server.registerTool(
      def.name,
      {
        title: def.title,
        description: def.description,
        inputSchema: z.fromJSONSchema(def.inputSchema as z.core.JSONSchema.JSONSchema) as z.ZodObject,
        annotations: { title: def.title, readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
      },
      (args: unknown): CallToolResult => {
        try {
          const input = parseToolInput(def.name, args);
          const licence = input.tool === EXPLAIN_TOOL ? undefined : input.licence.file !== undefined ? options.roots.read(input.licence.file, options.maxFileSize) : { name: 'the text given', text: input.licence.text };
          return text(runTool(input, licence, host));
        } catch (e: unknown) {
          if (e instanceof ToolInputError) return text(e.message.startsWith(`${def.name}:`) ? e.message : `${def.name}: ${e.message}`, true);
          throw e;
        }
      },
    );
  }
  server.registerResource(
    'osd',
    OSD_RESOURCE_URI,
    { title: 'The Open Source Definition', description: 'The ten criteria of the Open Source Definition (OSI, CC BY 4.0), as OSD Lint quotes them.', mimeType: 'text/plain' },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/plain', text: osdText() }] }),
  );
  return server;
}
