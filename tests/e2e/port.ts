import { freePort } from '@/scripts/db/embedded';

/**
 * The port the server under test listens on: E2E_PORT when set (two suites
 * side by side, a port a firewall allows), otherwise one the system has
 * free right now, so a running app on 3000 or 3100 never collides with the
 * suite. The runner picks it once and hands it to Playwright as E2E_PORT.
 */
export async function e2ePort(explicit: number | undefined): Promise<number> {
  return explicit ?? (await freePort());
}
