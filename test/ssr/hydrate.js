// The client of the server-rendered page: lit's hydration support first, then the top-level
// template hydrated with the same data the server used (it sets the elements' properties), then
// the elements defined: each adopts its declarative shadow root instead of rendering again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { page } from './page.js';

hydrate(page(), document.getElementById('app'));
await import('../../dist/define.js');
const elements = [...document.querySelectorAll('pbx-license-calculator, pbx-version-check, pbx-balance-table')];
await Promise.all(elements.map((el) => el.updateComplete));
window.dispatchEvent(new Event('pbx-hydrated'));
