// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { build } from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { brokenChunks, demoCsp } from './scripts/csp.js';
import { slowChunks } from './scripts/slow-chunks.js';
import { summaryReporter } from './scripts/summary-reporter.js';

/**
 * Browsers come from Debian packages (chromium, firefox-esr, webkit2gtk-driver): nothing is
 * downloaded. Select with WTR_BROWSERS=chromium,firefox,webkit (default: chromium); WebKit
 * (WebKitGTK's MiniBrowser) needs an X display: run under `xvfb-run -a`.
 */
const wanted = (process.env.WTR_BROWSERS ?? 'chromium').split(',').map((s) => s.trim());
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

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

// The server-rendered page (scripts/ssr.mjs, lit SSR in Node) and its hydrating client.
const SSR = 'node_modules/.cache/pbx-ssr';
if (existsSync('dist/define.js')) {
  const { renderSsrPage } = await import('./scripts/ssr.mjs');
  mkdirSync(SSR, { recursive: true });
  writeFileSync(`${SSR}/page.html`, await renderSsrPage());
  await build({ entryPoints: { hydrate: 'test/ssr/hydrate.js' }, outdir: SSR, bundle: true, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'warning' });
}

if (wanted.includes('webkit')) {
  const { spawn } = await import('node:child_process');
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  if (!process.env.DISPLAY) throw new Error('webkit needs a display: run under `xvfb-run -a`');
  const port = Number(process.env.WEBKIT_WEBDRIVER_PORT ?? 4445);
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  process.on('exit', () => driver.kill());
  await new Promise((r) => setTimeout(r, 500));
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver rejects webSocketUrl:true (BiDi), which webdriverio 9 sends by default.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    }),
  );
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
    esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
  // demo/*.html is served with the strict Content-Security-Policy it is tested under.
  middleware: [demoCsp, brokenChunks, slowChunks],
  browsers,
  // The WebDriver launcher runs test files in iframes of one page: one at a time is reliable.
  concurrency: wanted.includes('webkit') ? 1 : 2,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 20000 } },
  // A file's tests together (the stories: every story with axe) may take minutes on a busy or slow machine.
  testsFinishTimeout: 600000,
};
