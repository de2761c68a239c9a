import { useSyncExternalStore } from 'react';
import { comparePage, editorPage, parsePage, workspacePage } from '@orgcanvas/protocol';

/** The app's three pages, from the URL. A router library would add weight for three patterns. */
export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'workspace'; readonly workspaceId: string; readonly token: string }
  | {
      readonly page: 'editor';
      readonly workspaceId: string;
      readonly scenarioId: string;
      readonly token: string;
      /** Presets the presence name (issue 7: a `name` query parameter on the link). */
      readonly name: string | null;
    }
  | {
      readonly page: 'compare';
      readonly workspaceId: string;
      readonly a: string;
      readonly b: string;
      readonly token: string;
    }
  | { readonly page: 'notFound' };

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const token = params.get('token') ?? '';
  const page = parsePage(pathname);
  if (page === null) return { page: 'notFound' };
  if (page.page === 'home') return page;
  if (page.page === 'workspace' || page.page === 'compare') return { ...page, token };
  return { ...page, token, name: params.get('name') };
}

export const workspaceHref = workspacePage;

export function editorHref(workspaceId: string, scenarioId: string, token: string): string {
  return editorPage(workspaceId, scenarioId, token);
}

export const compareHref = comparePage;

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const locationKey = () => window.location.pathname + window.location.search;

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  for (const listener of listeners) listener();
}

export function useRoute(): Route {
  const key = useSyncExternalStore(subscribe, locationKey);
  const index = key.indexOf('?');
  return parseRoute(index < 0 ? key : key.slice(0, index), index < 0 ? '' : key.slice(index));
}
