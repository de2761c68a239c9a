import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layering, as lint rules rather than reviewers' memory (docs/architecture.md draws it):
// packages/* import no app; client and server never import each other; the model and the protocol
// import no DOM, Node or UI module; client code sees browser globals only, server code Node only.
// scripts/lint-rules.test.ts proves that a forbidden import fails.

const APPS = { client: '@orgcanvas/client', server: '@orgcanvas/server', e2e: '@orgcanvas/e2e' };

/** An app, by package name or by a relative path that climbs out of the importing folder into it. */
function appImports(apps, why) {
  return apps.map((app) => ({
    regex: `^(${APPS[app]}(\\/.*)?|(\\.\\.\\/)+${app}(\\/.*)?)$`,
    message: why,
  }));
}

const PURE =
  'The model and the protocol run in browsers, workers and Node alike: no Node built-in, DOM, UI, ' +
  'socket or storage module (see docs/architecture.md, "Layering").';

/** What neither the model nor the protocol may import: Node built-ins and every platform library. */
const platformImports = [
  { regex: '^node:', message: PURE },
  {
    regex: `^(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(\\/.*)?$`,
    message: PURE,
  },
  {
    regex:
      '^(react|react-dom|react-konva|konva|ws|better-sqlite3|pino|pg|ioredis|redis|y-websocket|y-indexeddb|playwright-core|vite|esbuild)(\\/.*)?$',
    message: PURE,
  },
];

const restrictImports = (...patterns) => ['error', { patterns: patterns.flat() }];

const es = new Set(Object.keys(globals.es2023));
const names = (set) => Object.keys(set).filter((name) => !es.has(name));
const only = (own, other) => names(other).filter((name) => !(name in own));
/** Globals of the other platform, each refused with the reason. */
const foreignGlobals = (list, message) => ['error', ...list.map((name) => ({ name, message }))];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      'data/**',
      'e2e/artifacts/**',
      '.tools/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },

  // Which platform each folder runs on.
  {
    files: ['client/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': restrictImports(
        appImports(['server', 'e2e'], 'The client speaks to the server over HTTP and WebSocket only.'),
      ),
      'no-restricted-globals': foreignGlobals(
        only(globals.browser, globals.node),
        'Client code runs in the browser: this is a Node global.',
      ),
    },
  },
  {
    files: ['client/public/sw.js'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    files: ['server/**'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': restrictImports(
        appImports(['client', 'e2e'], 'The server never depends on the client; it hosts its build only.'),
      ),
      'no-restricted-globals': foreignGlobals(
        only(globals.node, globals.browser),
        'Server code runs in Node: this is a browser global.',
      ),
    },
  },
  {
    // Journeys run in Node and hand callbacks to the browser page, so they see both.
    files: ['e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-imports': restrictImports(
        appImports(['client', 'server'], 'Browser journeys drive the built app; they import neither side.'),
      ),
    },
  },
  {
    // The bench drives the built app like the journeys (it reuses their harness) and hands callbacks
    // to the browser page, so it sees both; it imports neither side.
    files: ['bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-imports': restrictImports(
        appImports(['client', 'server'], 'The bench measures the built app; it imports neither side.'),
      ),
    },
  },
  {
    files: ['packages/**'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': restrictImports(
        appImports(['client', 'server', 'e2e'], 'A package sits below the apps and imports none of them.'),
      ),
    },
  },
  {
    files: ['packages/model/**', 'packages/protocol/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': restrictImports(
        appImports(['client', 'server', 'e2e'], 'A package sits below the apps and imports none of them.'),
        platformImports,
      ),
      // Web Crypto's random numbers are the one platform global (packages/model/src/platform.d.ts).
      'no-restricted-globals': foreignGlobals(
        [...new Set([...names(globals.browser), ...names(globals.node)])].filter((name) => name !== 'crypto'),
        PURE,
      ),
    },
  },
  {
    // Tests run under vitest in Node, whatever they test: they may read a replay seed from the
    // environment and print it. Their imports stay restricted like the code beside them.
    files: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // Build and tool configuration runs in Node, wherever it sits.
    files: ['**/*.config.{js,ts,mjs}', 'scripts/**', '**/scripts/**'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-globals': 'off' },
  },

  {
    files: ['client/**/*.tsx', 'client/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
