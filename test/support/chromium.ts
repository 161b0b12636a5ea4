// Debian's Chromium for browser tests: where it is, how to launch it offline, and what to say when it is missing.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const HAVE = existsSync(CHROMIUM);
const CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
const missing = (what: string) =>
  `Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (CI installs it) to run the ${what} browser test.`;

/** On CI a missing browser is a failure (launchChromium throws), never a skip; on a workstation without one, say so and skip. */
export function browserSuite(what: string): jest.Describe {
  if (!HAVE && !CI) console.warn(missing(what));
  return HAVE || CI ? describe : describe.skip;
}

/** Launches Chromium with the flags that keep it off the network (this machine has none; background requests only fail). */
export async function launchChromium(what: string): Promise<Browser> {
  if (!HAVE) throw new Error(missing(what));
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
