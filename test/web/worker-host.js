// Runs the browser server bundle in a worker thread that looks like a web worker to it:
// `self` is a MessagePort (postMessage, onmessage, addEventListener), and there is no require, fs or process use.
const { workerData } = require('node:worker_threads');
globalThis.self = workerData.port;
require(workerData.bundle);
