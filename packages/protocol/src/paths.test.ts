import { describe, expect, it } from 'vitest';
import {
  ROUTES,
  apiPath,
  comparePage,
  editorPage,
  parsePage,
  syncUrl,
  withToken,
  workspacePage,
} from './paths.js';

describe('addresses', () => {
  it('fills a route with encoded ids, so an odd id cannot reach another route', () => {
    expect(apiPath(ROUTES.version, { id: 'w1', sid: 's/2', vid: 'v 3' })).toBe(
      '/api/workspaces/w1/scenarios/s%2F2/versions/v%203',
    );
    expect(apiPath(ROUTES.scenarioExport, { id: 'w', sid: 's' })).toBe(
      '/api/workspaces/w/scenarios/s/export.json',
    );
    expect(withToken(apiPath(ROUTES.workspaceEvents, { id: 'w' }), 'a+b')).toBe(
      '/api/workspaces/w/events?token=a%2Bb',
    );
  });

  it('builds the sync socket URL of the contract', () => {
    expect(syncUrl('ws://127.0.0.1:8080', 'w1', 's1', 'tok')).toBe('ws://127.0.0.1:8080/ws/w1/s1?token=tok');
  });

  it('reads back the page a workspace or editor link names', () => {
    const workspace = workspacePage('w-1', 't');
    expect(workspace).toBe('/w/w-1?token=t');
    expect(parsePage(workspace.split('?')[0]!)).toEqual({ page: 'workspace', workspaceId: 'w-1' });
    const editor = editorPage('w-1', 's 1', 't', '李雷');
    expect(editor).toBe('/w/w-1/s/s%201?token=t&name=%E6%9D%8E%E9%9B%B7');
    expect(parsePage(editor.split('?')[0]!)).toEqual({
      page: 'editor',
      workspaceId: 'w-1',
      scenarioId: 's 1',
    });
    expect(parsePage('/')).toEqual({ page: 'home' });
    expect(parsePage('/w/a/b')).toBeNull();
    expect(parsePage('/elsewhere')).toBeNull();
  });

  it('reads back the compare page of two scenarios', () => {
    const link = comparePage('w-1', 'a 1', 'b', 't');
    expect(link).toBe('/w/w-1/compare/a%201/b?token=t');
    expect(parsePage(link.split('?')[0]!)).toEqual({ page: 'compare', workspaceId: 'w-1', a: 'a 1', b: 'b' });
    expect(parsePage('/w/w-1/compare/a')).toBeNull();
  });
});
