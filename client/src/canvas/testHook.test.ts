// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { type OrgCanvasTestHook, installTestHook } from './testHook';

const hook: OrgCanvasTestHook = {
  cardRect: () => null,
  units: () => [],
  visibleRoles: () => [],
  scale: () => 1,
  textSizes: () => [],
  peers: () => [],
  lastDraw: () => null,
  reveal: () => {},
};

afterEach(() => {
  delete window.__orgCanvasTestHookEnabled;
  delete window.__orgCanvas;
});

describe('the canvas test hook', () => {
  it('is not there for an ordinary visit', () => {
    installTestHook(hook);
    expect(window.__orgCanvas).toBeUndefined();
  });

  it('is installed when the page asked for it, and removed again', () => {
    window.__orgCanvasTestHookEnabled = true;
    const remove = installTestHook(hook);
    expect(window.__orgCanvas).toBe(hook);
    remove();
    expect(window.__orgCanvas).toBeUndefined();
  });
});
