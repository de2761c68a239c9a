import type { Figure } from '../figure.js';

const WAITING = 'the canvas restructure (s10-client) has not landed on main yet; measured once it has';

/** The headless-Chromium figures. */
export const browserFigures: Figure[] = [
  {
    key: 'open_ms_10000',
    what: 'open a 10,000-role scenario to the first draw of its default view',
    goal: 1000,
  },
  {
    key: 'expand_all_ms_10000',
    what: 'expand every branch until all 10,000 cards are laid out and drawn',
    goal: 1000,
  },
  { key: 'frame_p95_ms_10000', what: 'p95 frame time panning and zooming 10,000 roles', goal: 12 },
  {
    key: 'longtask_max_ms_edit_10000',
    what: 'longest main-thread task in an edit burst on 10,000 roles',
    goal: 50,
  },
  { key: 'tab_heap_mb_10000', what: "the tab's JS heap with a 10,000-role scenario open", goal: 300 },
].map((f) => ({ ...f, measure: async () => ({ notMeasured: WAITING }) }));
