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
