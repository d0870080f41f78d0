// Headless Chromium (Debian's /usr/bin/chromium through playwright-core) for the class report:
// opens a written page from disk with the network cut off, and records any request it tries.
import { chromium, type Browser, type Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';

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

export interface OpenedPage {
  page: Page;
  /** URLs other than the page itself that the page asked for (must stay empty: self-contained). */
  requests: string[];
  /** Console errors and page errors. */
  errors: string[];
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export async function openReport(browser: Browser, file: string): Promise<OpenedPage> {
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
