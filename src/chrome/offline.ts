/** Where the service worker is and what it controls: `sw.js` at the site base, the whole site. */
export function serviceWorkerRegistration(base: string): { readonly url: string; readonly scope: string } {
  const scope = base.endsWith("/") ? base : `${base}/`;
  return { url: `${scope}sw.js`, scope };
}

/**
 * Registers the service worker (written by the build, build/service-worker.ts) once the page has
 * loaded, so a first visit is not slowed down. Only in a build (`npm run dev` has none), and not
 * in a page shown inside another site's iframe (an embedded example), which would otherwise
 * download the whole site into that site's storage. A failed registration leaves the site as it
 * is online: nothing to tell the reader.
 */
export function registerServiceWorker(win: Window): void {
  if (!import.meta.env.PROD || !("serviceWorker" in win.navigator) || win.self !== win.top) return;
  const { url, scope } = serviceWorkerRegistration(import.meta.env.BASE_URL);
  const register = () => void win.navigator.serviceWorker.register(url, { scope }).catch(() => undefined);
  if (win.document.readyState === "complete") register();
  else win.addEventListener("load", register, { once: true });
}
