/** The browser-journey harness: a real server on loopback and Debian Chromium driven by playwright-core. */
export { startApp, repoRoot, type RunningServer } from './server.js';
export { launchBrowser, artifactsDir, type BrowserSession, type Person } from './browser.js';
export * from './api.js';
export * from './editor.js';
export * from './journey.js';
