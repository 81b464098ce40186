#!/usr/bin/env node
'use strict';
// The OSD Lint language server for any LSP client (Neovim, Helix, Zed, Emacs, Sublime, …).
// It talks over stdio unless a transport is named: --stdio, --node-ipc, --socket=PORT, --pipe=NAME.
require('./transport').defaultToStdio(process.argv);
require('../server/out/server.js');
