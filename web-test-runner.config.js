// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
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

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: 'test/**/*.test.ts',
  // lit's production build: no dev-mode warning in every test's log.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers,
  concurrency: 2,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 20000 } },
};
