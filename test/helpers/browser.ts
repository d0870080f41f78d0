// Headless Chromium for the report tests (the student's report and the class report): Debian's
// `chromium` (.ci/run installs it with apt) driven by playwright-core. Every request a page makes is
// recorded, so a test can assert that a report fetches nothing.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
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

/** The same browser under the class report tests' name. */
export const launchChromium = launchBrowser;

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

export interface OpenedReport {
  page: Page;
  /** URLs other than the page itself that the page asked for (must stay empty: self-contained). */
  requests: string[];
  /** Console errors and page errors. */
  errors: string[];
}

/** Opens a written report from disk, network off, recording every other URL it asks for and every script error. */
export async function openReport(browser: Browser, file: string): Promise<OpenedReport> {
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => void (r.url() !== url && requests.push(r.url())));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors };
}
