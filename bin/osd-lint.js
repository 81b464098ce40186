#!/usr/bin/env node
'use strict';
// `osd-lint mcp …` starts the MCP server (its own bundle: linting files never loads the MCP SDK).
if (process.argv[2] === 'mcp') require('../cli/out/mcp.js').run(process.argv.slice(3));
else require('../cli/out/cli.js').run();
