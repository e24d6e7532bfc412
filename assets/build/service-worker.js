// Grades service worker. `post_build.mjs` fills in the cache name and the file list of each build.
const CACHE = '__CACHE_NAME__';
const PRECACHE = __PRECACHE__;
const SCOPE = new URL(self.registration.scope);
const SHELL = new URL('index.html', SCOPE).href;

/** The cached page for a navigation offline: x.html for /x where the build wrote one (as the
 * host answers), otherwise the shell, whose router shows the page or "not found". */
function offlinePage(url) {
  const page = `${url.pathname.slice(SCOPE.pathname.length)}.html`;
  return url.pathname.startsWith(SCOPE.pathname) && PRECACHE.includes(page) ? new URL(page, SCOPE).href : SHELL;
}

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the page offers "reload to update".
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith('grades-') && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    // Network first, so a deployed update shows at once; the cached page when offline.
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match(offlinePage(new URL(request.url))))
          .then((hit) => hit ?? Response.error()),
      ),
    );
    return;
  }

  // Built files carry their content hash in the name: the cached copy is always right.
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => hit ?? fetch(request)),
    ),
  );
});
