// The service worker of debug builds (`make dev`): it handles no request, so a reload always shows
// the latest build, and it takes over at once from a release build's worker left on this origin
// (`make run` serves on the same port) and deletes that worker's caches.
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('grades-')).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});
