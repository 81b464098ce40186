/**
 * Root hooks for every mocha run: a rule that throws is a bug the engine hides from users (the
 * analysis goes on without that rule), so in the tests it fails the test that met it.
 */
import { onRuleError } from '../server/src/engine';

export const failLoudly = (ruleId: string, error: unknown): never => {
  throw new Error(`rule ${ruleId} threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
};

export const mochaHooks = {
  beforeAll(): void {
    onRuleError(failLoudly);
  },
};
