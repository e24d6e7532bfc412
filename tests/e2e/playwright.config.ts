import { defineConfig } from '@playwright/test';
// The build's browser (CHROMIUM_PATH) with its flags: one list for the prerender, e2e and bench.
import { chromiumArgs, chromiumPath } from '../../assets/build/chromium.mjs';

// The release build, served statically twice: at the root and under a GitHub Pages-like sub-path.
// `make test` builds both dist folders once; every spec runs against each.

// E2E_PORT lets two checkouts run their suites side by side.
const firstPort = Number(process.env.E2E_PORT ?? 4173);
const sites = [
  { name: 'root', dir: '../../dist', port: firstPort, base: '/' },
  { name: 'subpath', dir: '../../dist-subpath', port: firstPort + 1, base: '/grades/' },
];

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
    trace: 'retain-on-failure',
  },
  projects: sites.map((site) => ({
    name: site.name,
    use: { baseURL: `http://127.0.0.1:${site.port}${site.base}` },
  })),
  webServer: sites.map((site) => ({
    command: `node ../../assets/build/serve.mjs ${site.dir} ${site.port} ${site.base}`,
    url: `http://127.0.0.1:${site.port}${site.base}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  })),
});
