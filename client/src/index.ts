/** The client is an app, not a library: its entry is `main.tsx`. Re-exported for tests and tools. */
export { App } from './app/App';
