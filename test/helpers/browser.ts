// Headless Chromium for the report tests: Debian's `chromium` (.ci/run installs it with apt)
// driven by playwright-core. Every request a page makes is recorded and anything that is not a
// file:// URL is refused, so a test can assert that a report fetches nothing.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no ${CHROMIUM}: install Debian's chromium (apt-get install chromium), as .ci/run does`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface OpenedPage {
  page: Page;
  /** Every URL the page asked for that is not a file:// URL (all refused). */
  network: string[];
}

/** Opens a local file in a fresh context of the given viewport, with every non-file request refused and recorded. */
export async function openFile(browser: Browser, file: string, viewport = { width: 1100, height: 900 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, offline: true });
  const page = await context.newPage();
  const network: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) network.push(request.url());
  });
  await page.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
  await page.goto(`file://${file}`);
  return { page, network };
}

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's violations on the page as it is now (axe's source is injected inline: nothing fetched). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as { violations: AxeViolation[] };
  return result.violations;
}
