/*
 * OrgCanvas app-shell service worker. Its one job: a scenario opened once can be reloaded while
 * offline (the design itself comes from IndexedDB, see src/connection). Navigations go to the network
 * first and fall back to the cached shell; hashed assets are immutable, so they are served from the
 * cache once seen. The API, the sync socket and other origins are never touched.
 */
const CACHE = 'orgcanvas-shell-v2';
const SHELL = '/';

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(SHELL))
      .catch(() => undefined),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The page lists the assets it loaded before this worker controlled it.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-assets' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter(
    (url) => typeof url === 'string' && isAsset(new URL(url, self.location.origin)),
  );
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(urls.map((url) => cache.add(url).catch(() => undefined)))),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) void keepShell(response.clone());
          return response;
        })
        .catch(() => caches.match(SHELL).then((hit) => hit || Response.error())),
    );
    return;
  }
  if (!isAsset(url)) return;
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ||
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});

/**
 * Page addresses carry share tokens (`/w/<id>?token=…`). The shell is kept under `/` as a new
 * response built from the body and headers only, so no token-bearing URL ever sits in the cache.
 */
function keepShell(response) {
  return response.blob().then((body) => {
    const headers = new Headers(response.headers);
    const shell = new Response(body, { status: response.status, statusText: response.statusText, headers });
    return caches.open(CACHE).then((cache) => cache.put(SHELL, shell));
  });
}

function isAsset(url) {
  return url.origin === self.location.origin && url.pathname.startsWith('/assets/');
}
