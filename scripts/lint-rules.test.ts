import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules of eslint.config.js, run on in-memory sources placed where they would live.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: root });

/** The rule ids and messages ESLint reports for `code` as if it were the file at `filePath`. */
async function problems(filePath: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
}

const ruleIds = async (filePath: string, code: string) => (await problems(filePath, code)).map((p) => p.rule);

describe('the layering lint', () => {
  it('refuses a client file that imports the server, by package or by path', async () => {
    const byName = await problems(
      'client/src/editor/Example.ts',
      "import { startServer } from '@orgcanvas/server';\nexport const start = startServer;\n",
    );
    expect(byName).toEqual([
      expect.objectContaining({ rule: 'no-restricted-imports', message: expect.stringMatching(/server/) }),
    ]);
    expect(
      await ruleIds(
        'client/src/editor/Example.ts',
        "import { startServer } from '../../../server/src/app.js';\nexport const start = startServer;\n",
      ),
    ).toEqual(['no-restricted-imports']);
  });

  it('refuses a server file that imports the client', async () => {
    expect(await ruleIds('server/src/http/Example.ts', "export { api } from '@orgcanvas/client';\n")).toEqual(
      ['no-restricted-imports'],
    );
  });

  it('refuses a model file that imports react, a Node built-in or a socket', async () => {
    for (const source of ['react', 'node:fs', 'fs', 'path', 'ws', 'better-sqlite3', 'konva']) {
      expect(
        await ruleIds(
          'packages/model/src/ops/example.ts',
          `import x from '${source}';\nexport const y = x;\n`,
        ),
        source,
      ).toEqual(['no-restricted-imports']);
    }
  });

  it('refuses a package that imports an app', async () => {
    expect(
      await ruleIds('packages/templates/src/example.ts', "export { api } from '@orgcanvas/client';\n"),
    ).toEqual(['no-restricted-imports']);
    expect(
      await ruleIds('packages/protocol/src/example.ts', "export * from '../../../server/src/index.js';\n"),
    ).toEqual(['no-restricted-imports']);
  });

  it('gives the client browser globals only, the server Node globals only, the model neither', async () => {
    expect(await ruleIds('client/src/editor/example.ts', 'export const mode = process.env.MODE;\n')).toEqual([
      'no-restricted-globals',
    ]);
    expect(await ruleIds('server/src/http/example.ts', 'export const title = document.title;\n')).toEqual([
      'no-restricted-globals',
    ]);
    expect(
      await ruleIds('packages/model/src/ops/example.ts', 'export const width = window.innerWidth;\n'),
    ).toEqual(['no-restricted-globals']);
    expect(await ruleIds('packages/model/src/ops/example.ts', 'export const b = Buffer.from([]);\n')).toEqual(
      ['no-restricted-globals'],
    );
  });

  it('lets each layer import what sits below it and use its own platform', async () => {
    const clean = [
      [
        'client/src/editor/Example.ts',
        "import { readDesign } from '@orgcanvas/model';\nimport { ROUTES } from '@orgcanvas/protocol';\n" +
          'export const both = [readDesign, ROUTES, window.location.href];\n',
      ],
      [
        'server/src/http/example.ts',
        "import fs from 'node:fs';\nimport { ROUTES } from '@orgcanvas/protocol';\nimport { attachSync } from '../sync/server.js';\n" +
          'export const all = [fs, ROUTES, attachSync, process.pid];\n',
      ],
      [
        'packages/model/src/ops/example.ts',
        "import * as Y from 'yjs';\nexport const doc = () => [new Y.Doc(), crypto.getRandomValues(new Uint8Array(1))];\n",
      ],
    ] as const;
    for (const [file, code] of clean) expect(await problems(file, code), file).toEqual([]);
  });
});
