// The one browser of the build's prerender, the e2e suite and the Lighthouse bench, with the flags
// it needs headless, as root, in a container and on a closed network.
// CHROMIUM_PATH names it: Debian's chromium by default, or any Chrome (a CI runner's own).
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
