import { type Config, loadConfig } from '../../src/config.ts';

/**
 * The configuration tests build apps with: config.ts's defaults with nothing read from the machine's environment,
 * except what would get in a test's way — no request budgets, no load shedding, no log output — and the overrides.
 */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({
      LOG_LEVEL: 'silent',
      BODY_LIMIT_BYTES: String(1024 * 1024),
      DATABASE_POOL_MAX: '5',
      RATE_LIMIT_READ_MAX: '0',
      RATE_LIMIT_WRITE_MAX: '0',
      PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
      PRESSURE_MAX_HEAP_USED_BYTES: '0',
      // Apps under test do not dispatch or deliver webhooks unless a test turns it on (tests/webhooks.test.ts).
      PUSH_IN_PROCESS: 'false',
      // A change stream closes after a second, so tools that call every operation (the fuzzer) are not held by it.
      PUSH_STREAM_MAX_MS: '1000',
    }),
    ...overrides,
  };
}
