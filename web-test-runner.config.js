// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { demoCsp } from './scripts/csp.js';
import { summaryReporter } from './scripts/summary-reporter.js';

/**
 * Browsers come from Debian packages (chromium, firefox-esr): nothing is downloaded.
 * Select with WTR_BROWSERS=chromium,firefox (default: chromium).
 */
const wanted = (process.env.WTR_BROWSERS ?? 'chromium').split(',').map((s) => s.trim());
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** @type {import('@web/test-runner').BrowserLauncher[]} */
const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        // --no-sandbox is mandatory as root; the rest keep Chromium off the (closed) network.
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  const puppeteer = (await import('puppeteer-core')).default;
  // puppeteer-core drives stock Firefox ESR over WebDriver BiDi; no geckodriver, no download.
  browsers.push(chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } }));
}

// The React 19 and Vue 3 pages of test/integration, built here against dist/ (the npm entry).
const APPS = 'node_modules/.cache/pbx-integration';
if (existsSync('dist/define.js')) {
  await build({
    entryPoints: { react: 'test/integration/react-app.js', vue: 'test/integration/vue-app.js' },
    outdir: APPS,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'warning',
  });
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: 'test/**/*.test.ts',
  // lit's production build: no dev-mode warning in every test's log.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    {
      name: 'integration-apps',
      resolveImport({ source }) {
        if (source === 'integration:react') return `/${APPS}/react.js`;
        if (source === 'integration:vue') return `/${APPS}/vue.js`;
      },
    },
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
  // demo/*.html is served with the strict Content-Security-Policy it is tested under.
  middleware: [demoCsp],
  browsers,
  concurrency: 2,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 20000 } },
};
