/** The Node entry point: `node server/out/server.js --stdio` (or --node-ipc, --socket=N). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/startServer';

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`Unexpected error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
startServer(connection);
