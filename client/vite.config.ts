import type { Rollup } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The dev server proxies the API and the sync socket to the collaboration server, so the app uses
// same-origin URLs in development exactly as it does when the server hosts the built client.
const backend = process.env.ORGCANVAS_SERVER ?? 'http://127.0.0.1:8080';

/**
 * zod 4 writes `@__PURE__` notes where Rollup cannot use them (before a comment, inside an IIFE's
 * argument). Rollup only drops the note and the code is unchanged, so this one warning about files
 * in node_modules is noise on every build (app and worker); every other warning still shows.
 */
function quietDependencyAnnotations(
  warning: Rollup.RollupLog,
  warn: (warning: Rollup.RollupLog) => void,
): void {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
  warn(warning);
}

/**
 * The libraries every page needs, each in a chunk of its own: they change less often than the app
 * (so a browser keeps them cached across releases) and load in parallel, and the app's own chunk
 * stays under Vite's 500 kB warning, which then still means something when it fires.
 */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('/node_modules/')) return undefined;
  if (/\/(react-dom|scheduler)\//.test(id)) return 'react-dom';
  if (/\/(yjs|lib0|y-protocols|y-websocket|y-indexeddb)\//.test(id)) return 'yjs';
  if (id.includes('/zod/')) return 'zod';
  return undefined;
}

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/ws': { target: backend.replace(/^http/, 'ws'), ws: true, changeOrigin: true },
      '/healthz': { target: backend },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    assetsDir: 'assets',
    rollupOptions: {
      // elkjs runs only in the layout worker (its own bundle). The model's single entry re-exports the
      // layout engine, so without this the 1.6 MB elkjs bundle would ride along in the main chunk.
      treeshake: { moduleSideEffects: (id) => !id.includes('/elkjs/') },
      onwarn: quietDependencyAnnotations,
      output: {
        manualChunks: vendorChunk,
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  // The layout worker bundles elkjs (about 1.5 MB): it loads off the main thread, only when a chart
  // is first laid out, and is emitted as an asset, so no chunk-size warning applies to it. Its build
  // reports warnings through `build.rollupOptions.onwarn` above.
  worker: { format: 'es' },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
