// A small React 19 page, built by the test run (web-test-runner.config.js) with esbuild.
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../dist/define.js';

/** Renders a calculator with a scenario prop and a pbx-change handler; returns a re-render function. */
export function mountReact(container, { onChange }) {
  const root = createRoot(container);
  const render = (scenario) =>
    flushSync(() => root.render(h('pbx-license-calculator', { scenario, lang: 'de', 'onpbx-change': (e) => onChange(e.detail) })));
  return { render, unmount: () => root.unmount() };
}
