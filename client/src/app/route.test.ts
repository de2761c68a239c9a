import { describe, expect, it } from 'vitest';
import { editorHref, parseRoute, workspaceHref } from './route';

describe('parseRoute', () => {
  it('reads the three pages', () => {
    expect(parseRoute('/', '')).toEqual({ page: 'home' });
    expect(parseRoute('/w/abc', '?token=t1')).toEqual({ page: 'workspace', workspaceId: 'abc', token: 't1' });
    expect(parseRoute('/w/abc/s/s1', '?token=t1&name=Li')).toEqual({
      page: 'editor',
      workspaceId: 'abc',
      scenarioId: 's1',
      token: 't1',
      name: 'Li',
    });
    expect(parseRoute('/nope/x', '')).toEqual({ page: 'notFound' });
  });

  it('round-trips its own links', () => {
    const href = editorHref('w 1', 's/2', 'a+b');
    const [path, search] = href.split('?');
    expect(parseRoute(path!, `?${search}`)).toMatchObject({
      workspaceId: 'w 1',
      scenarioId: 's/2',
      token: 'a+b',
    });
    expect(workspaceHref('w', 't')).toBe('/w/w?token=t');
  });
});
