// Browser figures for `npm run bench` (issue 4): headless Debian Chromium, driven by puppeteer-core,
// pages served from this repository by a small static server on 127.0.0.1.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const ROOT = new URL('..', import.meta.url).pathname;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

/** Serves the repository; `/static/floor.html` is the static copy of the rendered demo. */
function serve(extra) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (extra.has(path)) {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(extra.get(path));
    }
    const file = normalize(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(ROOT)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Installed before any page script: records when the demo's calculator (#calc1, live or its static
 * copy) first shows a quote row, in ms since navigation start, so the two pages compare.
 */
const WATCH_QUOTE = () => {
  const look = () => {
    const row = document.querySelector('#calc1')?.shadowRoot?.querySelector('tbody tr');
    if (row) window.__quoteAt = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

export async function browserBench({ runs = 9 } = {}) {
  const extra = new Map();
  const server = await serve(extra);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const figures = {};
  try {
    // First render: navigation to the calculator's first complete quote, and from the moment the
    // bundle has arrived (script evaluation starts) to that quote.
    const total = [];
    const fromScript = [];
    let snapshot = '';
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(WATCH_QUOTE);
      await page.goto(`${base}/demo/index.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__quoteAt !== undefined);
      const t = await page.evaluate(() => {
        const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('pbx-license-kit.min.js'));
        return { quote: window.__quoteAt, script: script ? script.responseEnd : 0 };
      });
      total.push(t.quote);
      fromScript.push(t.quote - t.script);
      if (!snapshot) {
        // The same DOM as static HTML: declarative shadow roots with the adopted styles inlined.
        snapshot = await page.evaluate(() => {
          const serialize = (el) => {
            const styles = [...(el.shadowRoot.adoptedStyleSheets ?? [])].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
            return `<${el.localName} id="${el.id}"><template shadowrootmode="open"><style>${styles}</style>${el.shadowRoot.innerHTML}</template></${el.localName}>`;
          };
          const clone = document.body.cloneNode(true);
          for (const el of clone.querySelectorAll('pbx-license-calculator, pbx-version-check, pbx-balance-table')) {
            const live = document.getElementById(el.id);
            el.outerHTML = serialize(live);
          }
          return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/demo/demo.css"></head>${clone.outerHTML}</html>`;
        });
        extra.set('/static/floor.html', snapshot);
      }
      await page.close();
    }
    const floor = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(WATCH_QUOTE);
      await page.goto(`${base}/static/floor.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__quoteAt !== undefined);
      floor.push(await page.evaluate(() => window.__quoteAt));
      await page.close();
    }
    figures.firstRender = { total: median(total), fromScript: median(fromScript), floor: median(floor) };

    // Update: one input change to the updated quote on screen, 6,000-user multi-site scenario.
    const page = await browser.newPage();
    await page.goto(`${base}/demo/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('pbx-balance-table'));
    const multiSite = JSON.parse(await readFile(new URL('../fixtures/multi-site-6000.json', import.meta.url), 'utf8'));
    figures.update = await page.evaluate(async (scenario) => {
      const calc = document.getElementById('calc1');
      calc.scenario = scenario;
      await calc.updateComplete;
      const input = calc.shadowRoot.getElementById('pbxs-0-users');
      const toDom = [];
      const toFrame = [];
      for (let i = 0; i < 60; i++) {
        const t0 = performance.now();
        input.value = String(4000 + (i % 2));
        input.dispatchEvent(new InputEvent('input'));
        await calc.updateComplete;
        toDom.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => r()));
        toFrame.push(performance.now() - t0);
      }
      const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return { toDom: med(toDom.slice(10)), toFrame: med(toFrame.slice(10)) };
    }, multiSite);

    // Balance table, 100,000 license keys: first render and a sort.
    figures.balance = await page.evaluate(async () => {
      const codes = ['PBX-Port12', 'PBX-UC12', 'PBX-myPBX12', 'PBX-Video12', 'Relay-BRIs', 'PBX-Operator12', 'PBX-Port12%500', 'PBX-Fax12'];
      const balance = {
        activationKeys: codes.map((code) => ({ code, count: 20000 })),
        licenseKeys: Array.from({ length: 100000 }, (_, i) => ({ code: codes[i % codes.length], count: 1 + (i % 5), serial: `00-90-33-${i % 100}-00-00`, customer: `Customer ${i % 700}`, status: i % 50 ? 'active' : 'revoked' })),
      };
      const render = [];
      const sort = [];
      for (let i = 0; i < 5; i++) {
        const table = document.createElement('pbx-balance-table');
        document.body.append(table);
        const t0 = performance.now();
        table.balance = balance;
        await table.updateComplete;
        render.push(performance.now() - t0);
        const header = table.shadowRoot.querySelectorAll('th button')[3];
        const t1 = performance.now();
        header.click();
        await table.updateComplete;
        sort.push(performance.now() - t1);
        table.remove();
      }
      const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return { render: med(render), sort: med(sort) };
    });

    // Version check at its limit, 10,000 lots on 50 devices with SSA, upgraded to V13 with a
    // master chosen (issue 23): from the lots set to the verdict, lot table and migration steps
    // on screen (their windows of 100 rows), and to the next window of the lot table.
    figures.versionCheck = await page.evaluate(async () => {
      const lots = Array.from({ length: 10000 }, (_, i) => ({ code: i % 2 ? 'PBX-Port10' : 'PBX-UC10', count: 1 + (i % 7), device: `SN-${i % 50}`, boundOn: '2024-01-01', ssaUntil: '2027-01-01' }));
      const update = [];
      const next = [];
      const nodes = [];
      for (let i = 0; i < 5; i++) {
        const check = document.createElement('pbx-version-check');
        check.setAttribute('pbx-version', '13');
        check.setAttribute('today', '2026-11-26');
        check.setAttribute('master', 'SN-0');
        document.body.append(check);
        // The plans' chunk is loaded before the clock starts: a first paste's download is not the render.
        check.licenses = [{ code: 'PBX-Port10', count: 1, device: 'SN-0' }];
        await check.updateComplete;
        const t0 = performance.now();
        check.licenses = lots;
        await check.updateComplete;
        check.shadowRoot.querySelector('[part="upgrade-lots"]').getBoundingClientRect();
        update.push(performance.now() - t0);
        nodes.push(check.shadowRoot.querySelectorAll('*').length);
        const t1 = performance.now();
        check.shadowRoot.querySelector('[part="row-window"] button:last-of-type').click();
        await check.updateComplete;
        check.shadowRoot.querySelector('[part="upgrade-lots"]').getBoundingClientRect();
        next.push(performance.now() - t1);
        check.remove();
      }
      const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return { update: med(update), next: med(next), nodes: med(nodes) };
    });
    await page.close();
  } finally {
    await browser.close();
    server.close();
  }
  return figures;
}
