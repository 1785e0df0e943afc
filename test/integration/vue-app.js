// A small Vue 3 page, built by the test run (web-test-runner.config.js) with esbuild.
import { createApp, h, nextTick, ref } from 'vue';
import '../../dist/define.js';

/** Mounts a calculator bound to a reactive scenario, listening to pbx-change. */
export function mountVue(container, { scenario, onChange }) {
  const current = ref(scenario);
  const app = createApp({
    render: () => h('pbx-license-calculator', { scenario: current.value, lang: 'nl', onPbxChange: (e) => onChange(e.detail) }),
  });
  app.mount(container);
  return {
    async set(next) {
      current.value = next;
      await nextTick();
    },
    unmount: () => app.unmount(),
  };
}

/** A Vue order form: the calculator and the version check as form controls; submit hands over its FormData. */
export function mountVueForm(container, { onSubmit }) {
  const app = createApp({
    render: () =>
      h('form', { onSubmit: (e) => (e.preventDefault(), onSubmit(new FormData(e.target))) }, [
        h('pbx-license-calculator', { name: 'calc', users: '12', trunks: '1', required: true }),
        h('pbx-version-check', { name: 'lots', 'pbx-version': '12', licenses: [{ code: 'PBX-Port12', count: 20 }] }),
        h('button', { type: 'submit' }, 'Send'),
      ]),
  });
  app.mount(container);
  return { unmount: () => app.unmount() };
}
