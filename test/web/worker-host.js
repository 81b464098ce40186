// Runs the browser server bundle in a worker thread that looks like a web worker to it:
// `self` is a MessagePort (postMessage, onmessage, addEventListener) with the bundle's URL as its
// location, and `fetch` serves the extension's files (as the browser serves extension resources).
const fs = require('node:fs');
const { pathToFileURL, fileURLToPath } = require('node:url');
const { workerData } = require('node:worker_threads');
globalThis.self = workerData.port;
globalThis.self.location = { href: pathToFileURL(workerData.bundle).href };
globalThis.fetch = async (url) => {
  const file = fileURLToPath(url);
  if (!fs.existsSync(file)) return { ok: false, status: 404, text: async () => '' };
  return { ok: true, status: 200, text: async () => fs.readFileSync(file, 'utf8') };
};
require(workerData.bundle);
