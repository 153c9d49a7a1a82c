/**
 * Debian's Chromium, driven by playwright-core (never a downloaded browser). `.ci/run` installs it
 * and sets SHEBAO_REQUIRE_BROWSER=1; elsewhere the browser tests are skipped when it is missing.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_BROWSER = existsSync(CHROMIUM);
export const BROWSER_REQUIRED = process.env.SHEBAO_REQUIRE_BROWSER === '1';
/** Whether the browser tests should be skipped here. */
export const SKIP_BROWSER = !HAVE_BROWSER && !BROWSER_REQUIRED;

export async function launchChromium(): Promise<Browser> {
  if (!HAVE_BROWSER) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  // Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
