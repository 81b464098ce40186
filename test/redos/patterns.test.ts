import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { check, type Diagnostics } from 'recheck';
import type { Pattern } from '../../scripts/engine-patterns';

/**
 * Every regular expression the engine holds — the literals in its source and every pattern it
 * builds while analysing real licences — is rated by recheck (a maintained ReDoS analyser). Any
 * pattern rated polynomial or exponential, or that recheck cannot rate, fails the test with the
 * attack string recheck found.
 */

const root = path.resolve(__dirname, '../..');
const corpus = path.resolve(root, '../shared/corpus');
const samples = [
  'restricted/llama-2-community.txt',
  'restricted/BUSL-1.1.txt',
  'restricted/SSPL-1.0.txt',
  'spdx/text/Apache-2.0.txt',
  'spdx/text/GPL-3.0-only.txt',
].map((f) => path.join(corpus, f));

function enginePatterns(): Pattern[] {
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const out = execFileSync(tsx, [path.join(root, 'scripts/engine-patterns.ts'), ...samples], { cwd: root, maxBuffer: 64 << 20 });
  return JSON.parse(out.toString()) as Pattern[];
}

/**
 * recheck's fuzzer stops its phases on wall-clock timeouts by default, so a busy machine could
 * change a verdict. Without them it stops on its step and iteration limits only, and with a fixed
 * seed the verdict is the same on every machine; `timeout` only guards against a runaway check.
 */
const RECHECK = { randomSeed: 42, attackTimeout: null, incubationTimeout: null, recallTimeout: null, seedingTimeout: null, timeout: 300_000 };

/** Runs `f` over `items`, `limit` at a time. */
async function pool<T, R>(items: readonly T[], limit: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await f(items[i]);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

describe('ReDoS: every engine pattern is linear', function () {
  this.timeout(20 * 60_000);
  let patterns: Pattern[] = [];

  before(() => {
    patterns = enginePatterns();
  });

  it('finds the literal and the built patterns', () => {
    assert.ok(patterns.filter((p) => p.where.startsWith('built')).length >= 20, 'built patterns seen');
    assert.ok(patterns.filter((p) => !p.where.startsWith('built')).length >= 150, 'literal patterns seen');
  });

  it('recheck rates each one safe', async () => {
    const verdicts = await pool(patterns, 2, async (p) => ({ p, d: await check(p.source, p.flags, RECHECK) as Diagnostics }));
    const bad = verdicts
      .filter(({ d }) => d.status !== 'safe')
      .map(({ p, d }) => `${p.where}: ${d.status}${d.status === 'vulnerable' ? ` (${d.complexity.type}; attack ${d.attack.pattern})` : d.status === 'unknown' ? ` (${d.error.kind})` : ''}\n    /${p.source.slice(0, 160)}/${p.flags}`);
    assert.deepEqual(bad, [], `${bad.length} of ${patterns.length} patterns are not rated safe:\n${bad.join('\n')}`);
  });
});
