import { z } from 'zod';
import { parseEnv } from '../../lib/env';

/** What the end-to-end tests read from the environment (playwright.config.ts and the runner). */
export const env = parseEnv(
  z.object({
    // The browser to drive; tests/e2e/browser.ts finds one when unset.
    CHROMIUM_PATH: z.string().min(1).optional(),
    // The port of the production server under test. Unset, the runner picks a free one (tests/e2e/port.ts).
    E2E_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    CI: z.stringbool().default(false),
  }),
  process.env,
);

/**
 * The address the tests connect from, which the suite's servers trust as
 * their reverse proxy (TRUSTED_PROXIES), so a test can name a client address
 * of its own in X-Forwarded-For (fakeClientIp in support.ts).
 */
export const TEST_PROXY = '127.0.0.1';
