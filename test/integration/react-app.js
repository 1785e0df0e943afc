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

/** A React order form: the calculator and the version check as form controls; submit hands over its FormData. */
export function mountReactForm(container, { onSubmit }) {
  const root = createRoot(container);
  const onFormSubmit = (e) => {
    e.preventDefault();
    onSubmit(new FormData(e.currentTarget));
  };
  flushSync(() =>
    root.render(
      h('form', { onSubmit: onFormSubmit }, [
        h('pbx-license-calculator', { key: 'calc', name: 'calc', users: '12', trunks: '1', required: true }),
        h('pbx-version-check', { key: 'lots', name: 'lots', 'pbx-version': '12', licenses: [{ code: 'PBX-Port12', count: 20 }] }),
        h('button', { key: 'send', type: 'submit' }, 'Send'),
      ]),
    ),
  );
  return { unmount: () => root.unmount() };
}
