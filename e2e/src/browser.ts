import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { repoRoot } from './server.js';

/** Where screenshots of every journey are kept as test artefacts. */
export const artifactsDir = join(repoRoot, 'e2e/artifacts');

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  readonly browser: Browser;
  /** A new person: a separate context (cookies, storage) with a page that records uncaught errors. */
  person(options?: { locale?: string }): Promise<Person>;
  close(): Promise<void>;
}

export interface Person {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught page errors and console errors seen so far. */
  readonly errors: string[];
  screenshot(name: string): Promise<void>;
}

/**
 * Debian's Chromium, never a downloaded one. playwright-core gives every launch a fresh, empty
 * --user-data-dir of its own (it refuses one passed in the arguments) and removes it on close.
 * `extraArgs` go after the common flags (the bench lifts the frame-rate limit to time frames).
 */
export async function launchBrowser(
  options: { readonly extraArgs?: readonly string[] } = {},
): Promise<BrowserSession> {
  mkdirSync(artifactsDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS, ...(options.extraArgs ?? [])],
  });
  return {
    browser,
    async person({ locale = 'zh-CN' } = {}) {
      const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
      // The canvas exposes its test hook (window.__orgCanvas) only to pages that ask for it.
      await context.addInitScript(() => {
        window.__orgCanvasTestHookEnabled = true;
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !isExpectedNetworkNoise(message.text()))
          errors.push(`console: ${message.text()}`);
      });
      return {
        context,
        page,
        errors,
        screenshot: async (name) => {
          await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: false });
        },
      };
    },
    async close() {
      await browser.close();
    },
  };
}

/** Reconnect attempts while a test restarts the server or goes offline are expected, not bugs. */
function isExpectedNetworkNoise(text: string): boolean {
  return /WebSocket connection to .* failed|net::ERR_INTERNET_DISCONNECTED|net::ERR_CONNECTION_REFUSED/.test(
    text,
  );
}
