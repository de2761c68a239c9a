/**
 * Registers the app-shell service worker (public/sw.js) in production builds, then hands it the
 * assets this page already loaded so a reload works offline from the first visit.
 */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const send = () => {
          const urls = performance
            .getEntriesByType('resource')
            .map((entry) => entry.name)
            .filter((name) => new URL(name).pathname.startsWith('/assets/'));
          registration.active?.postMessage({ type: 'cache-assets', urls });
        };
        send();
        // Lazy chunks (canvas, templates) arrive later; list them again once they have.
        window.setTimeout(send, 5000);
      })
      .catch(() => undefined);
  });
}
