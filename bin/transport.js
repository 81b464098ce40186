'use strict';
/**
 * Adds `--stdio` to argv (in place) unless it names a transport the language server understands
 * (--stdio, --node-ipc, --socket=PORT or --socket PORT, --pipe=NAME or --pipe NAME), so that an
 * editor can run the server with no arguments.
 */
exports.defaultToStdio = function defaultToStdio(argv) {
  const named = argv.slice(2).some((a) => a === '--stdio' || a === '--node-ipc' || /^--(?:socket|pipe)(?:=|$)/.test(a));
  if (!named) argv.push('--stdio');
  return argv;
};
