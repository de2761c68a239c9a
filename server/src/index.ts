/**
 * @orgcanvas/server: the collaboration server. `startServer(config)` runs it; `src/main.ts` is the
 * process entry (`node server/dist/main.js`).
 */
export { startServer, type RunningServer } from './app.js';
export {
  loadConfig,
  makeConfig,
  DEFAULT_CONFIG,
  DEFAULT_LIMITS,
  type Config,
  type Limits,
} from './config.js';
export { DataDirInUseError } from './store/index.js';
export type { Store } from './store/types.js';
