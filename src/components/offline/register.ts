/**
 * Offline (issue 17), on every page: registers the service worker once the page has loaded and
 * the browser is idle (never during the first paint), shows the offline indicator while the
 * network is gone, and offers a waiting new version. The new worker takes over only when the
 * reader presses the button, so a running run-mode session or a half-filled worksheet is never
 * reloaded under them. Kept tiny: it loads on every page.
 */

// `toolPaths.serviceWorker()` at the base, written out so this script does not pull src/lib/urls.ts onto every page.
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const root = document.querySelector<HTMLElement>('[data-offline-status]');
const indicator = root?.querySelector<HTMLElement>('[data-offline-indicator]');
const prompt = root?.querySelector<HTMLElement>('[data-update-prompt]');
const button = root?.querySelector<HTMLButtonElement>('[data-update-reload]');

const showNetwork = () => {
  if (indicator) indicator.hidden = navigator.onLine;
};
addEventListener('online', showNetwork);
addEventListener('offline', showNetwork);
showNetwork();

let waiting: ServiceWorker | null = null;
/** A new worker is installed and waits while an older one controls this page: say so. */
const offer = (worker: ServiceWorker | null) => {
  if (!worker || !navigator.serviceWorker.controller || !prompt) return;
  waiting = worker;
  prompt.hidden = false;
};

async function register() {
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
}

if ('serviceWorker' in navigator) {
  button?.addEventListener('click', () => {
    if (!waiting) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    // Workbox's worker calls skipWaiting() on this message (generateSW with skipWaiting: false).
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  const start = () => (window.requestIdleCallback ?? setTimeout)(() => void register().catch(() => undefined));
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
