// Bundles the server into dist/main.js (and the data-folder mover into dist/migrate.js). Workspace packages (@orgcanvas/*, shipped as TypeScript source)
// are bundled; every npm dependency of the server stays external so node_modules provides exactly one
// copy of each at runtime (one Yjs instance above all).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@orgcanvas/'));

export async function buildServer() {
  await build({
    absWorkingDir: dir,
    // main.js runs the server; migrate.js moves a SQLite data folder into PostgreSQL.
    entryPoints: ['src/main.ts', 'src/migrate.ts'],
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    external: [...external, ...external.map((name) => `${name}/*`)],
    // Bundled CommonJS code (elkjs) may call require(); give ESM output one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildServer();
}
