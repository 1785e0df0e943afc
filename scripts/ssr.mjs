// Server-side rendering of the three elements with lit's SSR (@lit-labs/ssr, declarative shadow
// DOM), as a partner's Node server does: test/ssr/page.js rendered to HTML. Used by the browser
// test of hydration (web-test-runner.config.js writes the page) and checked here by
// `node scripts/ssr.mjs --check` (npm test): each element's HTML holds its quote, verdict, table.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { pathToFileURL } from 'node:url';

/** The server page: the elements' HTML in declarative shadow roots, and the script that hydrates them. */
export async function renderSsrPage({ hydrateSrc = '' } = {}) {
  // The npm build (lit external): the one the client hydrates with. The German messages are
  // loaded before rendering, as a server must (rendering is synchronous).
  await import('../dist/define.js');
  const { loadInstalledBase, loadKeyReader, loadLanguage, loadQuoteDocument } = await import('../dist/index.js');
  await Promise.all([loadLanguage('de'), loadInstalledBase(), loadQuoteDocument('de'), loadKeyReader()]);
  const { page } = await import('../test/ssr/page.js');
  const body = await collectResult(render(page()));
  const script = hydrateSrc ? `<script type="module" src="${hydrateSrc}"></script>` : '';
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Server-rendered elements</title></head>\n<body><div id="app">${body}</div>${script}</body></html>\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const html = await renderSsrPage();
  const shadow = (tag) => {
    const start = html.indexOf(`<${tag}`);
    const end = html.indexOf(`</${tag}>`, start);
    if (start < 0 || end < 0) throw new Error(`no <${tag}> in the server's HTML`);
    return html.slice(start, end);
  };
  const expect = [
    ['pbx-license-calculator', ['<template shadowroot="open" shadowrootmode="open">', 'Angebot', 'PBX-Port12', '124', 'Muster GmbH']],
    ['pbx-version-check', ['<template shadowroot="open" shadowrootmode="open">', 'V12 after this order: 100 licenses to buy.', 'PBX-Port10', 'Upgrade to V12']],
    ['pbx-balance-table', ['<template shadowroot="open" shadowrootmode="open">', 'PBX-UC12', '<table']],
  ];
  // The release date in the locale's form (6/15/2026) is read on the server too: no error at its field.
  const absent = [['pbx-version-check', ['targetReleased-error']]];
  const missing = [
    ...expect.flatMap(([tag, texts]) => texts.filter((t) => !shadow(tag).includes(t)).map((t) => `${tag}: ${t}`)),
    ...absent.flatMap(([tag, texts]) => texts.filter((t) => shadow(tag).includes(t)).map((t) => `${tag}: no ${t}`)),
  ];
  if (missing.length) {
    console.error(`SSR: the server's HTML lacks:\n  ${missing.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`SSR: the three elements render on the server (${html.length} characters of HTML, declarative shadow DOM)`);
}
