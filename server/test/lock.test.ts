import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError } from '../src/index.js';
import { spawnServer, startChildServer, type ChildServer } from './support/child.js';
import { startTestServer, tempDir, type TestServer } from './support/server.js';

const running: TestServer[] = [];
const children: ChildServer[] = [];
afterEach(async () => {
  children.splice(0).forEach((c) => c.process.kill('SIGKILL'));
  await Promise.all(running.splice(0).map((s) => s.close()));
});

describe('the DATA_DIR lock', () => {
  it('refuses a second server process on the same DATA_DIR with a clear message', async () => {
    const first = await startTestServer();
    running.push(first);
    const second = spawnServer({ DATA_DIR: first.dataDir });
    const { code } = await second.exited;
    expect(code).toBe(3);
    expect(second.output()).toContain(
      `DATA_DIR ${first.dataDir} is in use by another OrgCanvas server (pid ${process.pid})`,
    );
    // The first server is unaffected.
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
  });

  it('refuses a second server in the same process', async () => {
    const first = await startTestServer();
    running.push(first);
    await expect(startTestServer({ dataDir: first.dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
  });

  it('is released when the holder dies, even by kill -9', async () => {
    const dataDir = tempDir();
    const first = await startChildServer({ DATA_DIR: dataDir });
    first.process.kill('SIGKILL');
    await first.exited;
    const second = await startTestServer({ dataDir });
    running.push(second);
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
  });

  it('is released by a graceful stop', async () => {
    const first = await startTestServer();
    await first.close();
    const again = await startTestServer({ dataDir: first.dataDir });
    running.push(again);
    expect((await fetch(`${again.url}/healthz`)).status).toBe(200);
  });
});
