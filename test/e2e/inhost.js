// Runs the in-host mocha suite (out/test/vscode) inside code-server's Node extension host, through
// VS Code's own extensionDevelopmentPath/extensionTestsPath payload (needs the smoke-test driver
// option), and returns the exit code the suite reports through codeAutomationExit.
const path = require('node:path');
const { chromium } = require('playwright-core');

const HOST = process.env.CS_HOST;
const EXT = process.env.EXT;
const WS = process.env.WS;
const OUT = process.env.OUT;
const TIMEOUT = Number(process.env.TIMEOUT_MS || 240000);

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROME || '/usr/lib/chromium/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const remote = (p) => `vscode-remote://${HOST}${p}`;
  let done;
  const exited = new Promise((resolve) => (done = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => console.log('[ext-host]', ...args));
  await page.exposeFunction('codeAutomationExit', (code) => done(code));
  page.on('console', (m) => { const t = m.text(); if (process.env.VERBOSE || /passing|failing|✔|✓|[0-9]+\) |Error/.test(t)) console.log('[console]', t.slice(0, 400)); });
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(EXT)], ['extensionTestsPath', remote(path.join(EXT, 'out/test/vscode'))], ['skipWelcome', 'true']]);
  await page.goto(`http://${HOST}/?folder=${encodeURIComponent(WS)}&payload=${encodeURIComponent(payload)}`);
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT))]);
  const shot = path.join(OUT, 'in-host-end.png');
  await page.screenshot({ path: shot }).catch(() => {});
  console.log(`in-host suite exit code: ${code} (screenshot ${shot})`);
  await browser.close();
  process.exit(code === 0 ? 0 : 1);
})().catch((e) => {
  console.error('in-host runner failed:', e);
  process.exit(1);
});
