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
  readonly expandAllMs: number;
}

/**
 * Without these, rAF fires at most once per 16.7 ms vsync of the headless display, so a frame that
 * takes 2 ms and one that takes 16 ms look alike. The first two lift the frame-rate limit, but this
 * headless Chromium still paces frames at about 17.6 ms until every compositor stage is also run
 * before each draw; with all three an idle page's rAF interval is 0.1 ms, so the interval between two
 * rAF callbacks is the time the frame took (input, React, Konva's draw, paint).
 */
const FRAME_TIMING_FLAGS = [
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
  '--run-all-compositor-stages-before-draw',
];

const ROLES = 10_000;

/** The canvas test hook's lastDraw (client/src/canvas/testHook.ts), newer than e2e's typing of it. */
interface DrawHook {
  lastDraw(): { roles: number; scale: number; at: number } | null;
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

/**
 * p95 of the frames that carry the interaction while the mouse wheel zooms in and out and swipes pan
 * the chart for three seconds, with a click on zoom to fit every so often. A frame counts when an
 * input event (wheel, pointer, the fit click) was handled in it or in the frame before (where Konva's
 * batched draw of that input lands); idle frames between inputs would only dilute the figure.
 */
async function frames(page: Page): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__frames = [];
    w.__framing = true;
    let input = 0;
    const note = () => {
      input = 2;
    };
    for (const type of ['wheel', 'pointermove', 'pointerdown', 'pointerup', 'click'])
      window.addEventListener(type, note, { capture: true, passive: true });
    let last = performance.now();
    const tick = (now: number) => {
      if (input > 0) w.__frames.push(now - last);
      input = Math.max(0, input - 1);
      last = now;
      if (w.__framing) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const fit = page.getByTestId('zoom-to-fit');
  await page.mouse.move(720, 450);
  const end = Date.now() + 3000;
  for (let i = 0; Date.now() < end; i++) {
    if (i % 40 === 39) await fit.click();
    else if (i % 40 >= 30) {
      // A two-finger swipe (a horizontal wheel delta) pans the view; a drag could move a card.
      await page.mouse.wheel(i % 2 ? 40 : -40, (i % 3) * 10 - 10);
    } else {
      await page.mouse.wheel(0, i % 20 < 10 ? -120 : 120);
      await page.mouse.move(720 + (i % 7) * 5, 450);
    }
  }
  const deltas = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__framing = false;
    return w.__frames.slice(1);
  });
  return p95(deltas);
}

/**
 * A plain mouse click on a toolbar button. Not locator.click: that waits, with a timeout, for the
 * page to answer after the click, and a slow expansion is what is being timed here.
 */
async function press(page: Page, testId: string): Promise<void> {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`no ${testId} button`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Clicks "expand all", then "zoom to fit" once every card is laid out: the time from the first click
 * until the static layer has drawn all the cards at the fitted zoom (the canvas test hook's lastDraw).
 */
async function expandAll(page: Page): Promise<number> {
  const start = await page.evaluate(() => performance.now());
  await press(page, 'expand-all');
  await page.waitForFunction((roles) => (window.__orgCanvas?.visibleRoles().length ?? 0) >= roles, ROLES, {
    polling: 'raf',
    timeout: 120_000,
  });
  const fitScale = await page.evaluate(() => window.__orgCanvas!.scale());
  await press(page, 'zoom-to-fit');
  return page.evaluate(
    ({ roles, before, start: t0 }) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const drawn = (window.__orgCanvas as unknown as DrawHook | undefined)?.lastDraw();
          const scale = window.__orgCanvas?.scale();
          if (drawn && drawn.roles >= roles && scale !== before && drawn.scale === scale)
            resolve(drawn.at - t0);
          else requestAnimationFrame(check);
        };
        check();
      }),
    { roles: ROLES, before: fitScale, start },
  );
}

/** Renames in the edit burst; the last one renames a role of the default view. */
const BURST_EDITS = 30;

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
  for (let n = 0; n < BURST_EDITS; n++) {
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
  // The page must have taken every edit (the last rename shows in its default view) for the figure to
  // mean anything; 0 then says no task passed 50 ms, the least the Long Tasks API reports.
  await page
    .getByText(`改名${BURST_EDITS - 1}`)
    .first()
    .waitFor({ timeout: 60_000 });
  await new Promise((wait) => setTimeout(wait, 1500));
  other.destroy();
  return page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

async function oneRun(
  browsers: { readonly paced: BrowserSession; readonly unpaced: BrowserSession },
  app: RunningServer,
  workspace: WorkspaceLinks,
  scenarioId: string,
): Promise<Run> {
  const url = editorUrl(app.url, workspace, scenarioId, { name: 'bench' });
  // Frames are timed in a browser of their own: without a frame-rate limit, the loading spinner and
  // every rAF loop would run flat out and slow the opening being timed in the other one.
  const framer = await browsers.unpaced.person({ locale: 'zh-CN' });
  let frameP95: number;
  try {
    // Unpaced, the page draws frames flat out and its load event can take long: the first draw is
    // what counts here.
    await framer.page.goto(url, { waitUntil: 'commit' });
    await firstDraw(framer.page);
    frameP95 = await frames(framer.page);
  } finally {
    await framer.context.close();
  }
  const person = await browsers.paced.person({ locale: 'zh-CN' });
  try {
    const page = person.page;
    await page.goto(url);
    const openMs = await firstDraw(page);
    const longTaskMax = await editBurst(page, app, workspace, scenarioId);
    const cdp = await person.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const expandAllMs = await expandAll(page);
    return { openMs, frameP95, longTaskMax, heapMb: heap.usedSize / 2 ** 20, expandAllMs };
  } finally {
    await person.context.close();
  }
}

/** The browser runs, shared by the figures they feed (one browser, one server, one scenario). */
let results: Promise<Run[]> | null = null;
function browserRuns(runs: number, progress: (line: string) => void): Promise<Run[]> {
  results ??= (async () => {
    const { app, workspace } = await benchServer();
    const paced = await launchBrowser();
    const unpaced = await launchBrowser({ extraArgs: FRAME_TIMING_FLAGS });
    try {
      const scenarioId = await importScenario(
        app,
        workspace,
        importBody('bench 10000', toJSONValue(generateOrg({ roles: ROLES, seed: 1 }))),
      );
      const out: Run[] = [];
      for (let run = 0; run < runs; run++) {
        const r = await oneRun({ paced, unpaced }, app, workspace, scenarioId);
        progress(
          `  run ${run + 1}: open ${r.openMs.toFixed(0)} ms, frame p95 ${r.frameP95.toFixed(1)} ms, longest task ${r.longTaskMax.toFixed(0)} ms, heap ${r.heapMb.toFixed(0)} MB, expand all ${r.expandAllMs.toFixed(0)} ms`,
        );
        out.push(r);
      }
      return out;
    } finally {
      await paced.close();
      await unpaced.close();
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

/**
 * The headless-Chromium figures (Debian's Chromium through playwright-core, flags of e2e/src/browser.ts;
 * frames in a second browser with FRAME_TIMING_FLAGS).
 */
export const browserFigures: Figure[] = [
  {
    key: 'open_ms_10000',
    what: 'headless Chromium: open a 10,000-role scenario (fresh profile) to the first draw of its default view',
    goal: 1000,
    measure: from((r) => r.openMs),
  },
  {
    key: 'expand_all_ms_10000',
    what: 'then expand all and zoom to fit (the toolbar buttons) until all 10,000 cards are drawn fitted',
    goal: 1000,
    measure: from((r) => r.expandAllMs),
  },
  {
    key: 'frame_p95_ms_10000',
    what: 'p95 frame time (rAF interval, no frame-rate limit) of frames handling wheel zoom, swipe pan and zoom to fit, 10,000 roles',
    goal: 12,
    measure: from((r) => r.frameP95),
  },
  {
    key: 'longtask_max_ms_edit_10000',
    what: 'longest main-thread task (0: none over 50 ms) while another editor renames and moves roles in a burst',
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
