import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH), headless, as every browser test drives it
 * through playwright-core: software WebGL (no GPU here), and no background traffic to Google.
 */

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Fails with how to install Chromium when it is missing; `what` names the test (“The explorer tests
 * drive”). Called before any other set-up, so a missing browser starts nothing.
 */
export function requireChromium(what: string): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${what} a real Chromium and ${CHROMIUM} is missing. Install Debian's chromium: ` +
        '`apt-get update && apt-get install -y --no-install-recommends chromium` (or set CHROMIUM_PATH).',
    );
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
