import { applyOperation, generateOrg, localOrigin, toJSONValue } from '@orgcanvas/model';
import {
  type BrowserSession,
  type RunningServer,
  type WorkspaceLinks,
  editorUrl,
  launchBrowser,
} from '@orgcanvas/e2e';
import type { Page } from 'playwright-core';
import type { Figure, Measured } from '../figure.js';
import { benchServer, importBody, importScenario, stopServer, syncedClient } from '../server.js';
import { p95 } from '../stats.js';

interface Run {
  readonly openMs: number;
  readonly frameP95: number;
  readonly longTaskMax: number;
  readonly heapMb: number;
}

/** In the page: resolves with the time since navigation when the canvas first shows cards, drawn. */
function firstDraw(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          if ((window.__orgCanvas?.visibleRoles().length ?? 0) > 0) {
            // The frame after the cards are known is the one that shows them.
            requestAnimationFrame(() => resolve(performance.now()));
          } else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** Frame times while the mouse wheel zooms in and out over the chart for three seconds. */
async function frames(page: Page): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__frames = [];
    w.__framing = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__framing) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(720, 450);
  const end = Date.now() + 3000;
  for (let i = 0; Date.now() < end; i++) {
    await page.mouse.wheel(0, i % 20 < 10 ? -120 : 120);
    await page.mouse.move(720 + (i % 7) * 5, 450);
  }
  const deltas = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__framing = false;
    return w.__frames.slice(1);
  });
  return p95(deltas);
}

/** The longest main-thread task while another editor renames and moves roles in a burst. */
async function editBurst(
  page: Page,
  app: RunningServer,
  workspace: WorkspaceLinks,
  scenarioId: string,
): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const other = await syncedClient(
    `ws://127.0.0.1:${app.port}/ws`,
    `${workspace.id}/${scenarioId}`,
    workspace.editToken,
  );
  const origin = localOrigin('burst');
  for (let n = 0; n < 30; n++) {
    applyOperation(
      other.doc,
      { type: 'role.update', id: `r${1 + (n % 5)}`, patch: { title: `改名${n}` } },
      origin,
    );
    if (n % 3 === 0)
      applyOperation(
        other.doc,
        { type: 'role.move', id: `r${9000 + n}`, reportsTo: `r${2 + (n % 4)}` },
        origin,
      );
    await new Promise((wait) => setTimeout(wait, 30));
  }
  await new Promise((wait) => setTimeout(wait, 1500));
  other.destroy();
  return page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

async function oneRun(
  session: BrowserSession,
  app: RunningServer,
  workspace: WorkspaceLinks,
  scenarioId: string,
): Promise<Run> {
  const person = await session.person({ locale: 'zh-CN' });
  try {
    await person.context.addInitScript(() => {
      window.__orgCanvasTestHookEnabled = true;
    });
    const page = person.page;
    await page.goto(editorUrl(app.url, workspace, scenarioId, { name: 'bench' }));
    const openMs = await firstDraw(page);
    const frameP95 = await frames(page);
    const longTaskMax = await editBurst(page, app, workspace, scenarioId);
    const cdp = await person.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { openMs, frameP95, longTaskMax, heapMb: heap.usedSize / 2 ** 20 };
  } finally {
    await person.context.close();
  }
}

/** The browser runs, shared by the figures they feed (one browser, one server, one scenario). */
let results: Promise<Run[]> | null = null;
function browserRuns(runs: number, progress: (line: string) => void): Promise<Run[]> {
  results ??= (async () => {
    const { app, workspace } = await benchServer();
    const session = await launchBrowser();
    try {
      const scenarioId = await importScenario(
        app,
        workspace,
        importBody('bench 10000', toJSONValue(generateOrg({ roles: 10_000, seed: 1 }))),
      );
      const out: Run[] = [];
      for (let run = 0; run < runs; run++) {
        const r = await oneRun(session, app, workspace, scenarioId);
        progress(
          `  run ${run + 1}: open ${r.openMs.toFixed(0)} ms, frame p95 ${r.frameP95.toFixed(1)} ms, longest task ${r.longTaskMax.toFixed(0)} ms, heap ${r.heapMb.toFixed(0)} MB`,
        );
        out.push(r);
      }
      return out;
    } finally {
      await session.close();
      await stopServer(app);
    }
  })();
  return results;
}

const from =
  (pick: (r: Run) => number) =>
  async ({ runs, progress }: { runs: number; progress: (line: string) => void }): Promise<Measured> => ({
    runs: (await browserRuns(runs, progress)).map(pick),
  });

/** The headless-Chromium figures (Debian's Chromium through playwright-core, flags of e2e/src/browser.ts). */
export const browserFigures: Figure[] = [
  {
    key: 'open_ms_10000',
    what: 'headless Chromium: open a 10,000-role scenario (fresh profile) to the first draw of its default view',
    goal: 1000,
    measure: from((r) => r.openMs),
  },
  {
    key: 'expand_all_ms_10000',
    what: 'then expand every branch until all 10,000 cards are laid out and drawn',
    goal: 1000,
    measure: async () => ({ notMeasured: 'the canvas has no expand-all control yet (issue 16 adds it)' }),
  },
  {
    key: 'frame_p95_ms_10000',
    what: 'p95 frame time while wheel-zooming in and out over 10,000 roles (default view)',
    goal: 12,
    measure: from((r) => r.frameP95),
  },
  {
    key: 'longtask_max_ms_edit_10000',
    what: 'longest main-thread task while another editor renames and moves roles in a burst',
    goal: 50,
    measure: from((r) => r.longTaskMax),
  },
  {
    key: 'tab_heap_mb_10000',
    what: "the tab's JS heap (after a collection) with the 10,000-role scenario open",
    goal: 300,
    measure: from((r) => r.heapMb),
  },
];
