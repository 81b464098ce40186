#!/usr/bin/env node
'use strict';
// `osd-lint mcp …` starts the MCP server (its own bundle: linting files never loads the MCP SDK).
// `osd-lint --lsp [--stdio|--node-ipc|--socket=PORT|--pipe=NAME]` starts the language server (stdio by default).
if (process.argv[2] === 'mcp') require('../cli/out/mcp.js').run(process.argv.slice(3));
else if (process.argv[2] === '--lsp') {
  process.argv.splice(2, 1);
  require('./transport').defaultToStdio(process.argv);
  require('../server/out/server.js');
} else require('../cli/out/cli.js').run();
