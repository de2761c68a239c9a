import { useSyncExternalStore } from 'react';

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
  | { readonly page: 'notFound' };

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const token = params.get('token') ?? '';
  const parts = pathname
    .split('/')
    .filter((part) => part !== '')
    .map(safeDecode);
  if (parts.length === 0) return { page: 'home' };
  if (parts[0] === 'w' && parts.length === 2) return { page: 'workspace', workspaceId: parts[1]!, token };
  if (parts[0] === 'w' && parts.length === 4 && parts[2] === 's') {
    return { page: 'editor', workspaceId: parts[1]!, scenarioId: parts[3]!, token, name: params.get('name') };
  }
  return { page: 'notFound' };
}

export function workspaceHref(workspaceId: string, token: string): string {
  return `/w/${encodeURIComponent(workspaceId)}?token=${encodeURIComponent(token)}`;
}

export function editorHref(workspaceId: string, scenarioId: string, token: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/s/${encodeURIComponent(scenarioId)}?token=${encodeURIComponent(token)}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

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
