import { expect } from '@open-wc/testing';
import { mountReact, mountReactForm } from 'integration:react';
import { mountVue, mountVueForm } from 'integration:vue';
import type { PbxChangeDetail, PbxLicenseCalculator } from '../../src/index.js';

const scenario = (users: number) => ({ version: 12, pbxs: [{ name: 'Zentrale', platform: 'gateway', users, trunks: 2 }] });
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent!.trim()));
const settle = async (el: PbxLicenseCalculator) => {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

describe('framework integration', () => {
  it('React 19 passes the scenario as a property and receives pbx-change', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const changes: PbxChangeDetail[] = [];
    const app = mountReact(container, { onChange: (d) => changes.push(d) });
    try {
      app.render(scenario(20));
      const el = container.querySelector('pbx-license-calculator') as PbxLicenseCalculator;
      await settle(el);
      expect(el.hasAttribute('scenario'), 'set as a property, not an attribute').to.equal(false);
      expect(rows(el)).to.deep.equal([['PBX-Port12', '22', 'Zentrale']]);
      expect(el.shadowRoot!.querySelector('label[for="pbxs-0-trunks"]')!.textContent).to.equal('Amtsleitungen');
      expect(changes.at(-1)!.quote.lines[0]!.quantity).to.equal(22);
      app.render(scenario(600));
      await settle(el);
      expect(rows(el).map((r) => r[1])).to.deep.equal(['500', '102']);
      expect(changes.at(-1)!.scenario.pbxs[0]!.users).to.equal(600);
    } finally {
      app.unmount();
      container.remove();
    }
  });

  it('Vue 3 binds the scenario property and listens to pbx-change', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const changes: PbxChangeDetail[] = [];
    const app = mountVue(container, { scenario: scenario(8), onChange: (d) => changes.push(d) });
    try {
      const el = container.querySelector('pbx-license-calculator') as PbxLicenseCalculator;
      await settle(el);
      expect(rows(el)).to.deep.equal([['PBX-Port12', '10', 'Zentrale']]);
      expect(el.shadowRoot!.querySelector('label[for="pbxs-0-trunks"]')!.textContent).to.equal('Buitenlijnen');
      await app.set(scenario(48));
      await settle(el);
      expect(rows(el)[0]![1]).to.equal('50');
      expect(changes.at(-1)!.quote.lines[0]!.quantity).to.equal(50);
    } finally {
      app.unmount();
      container.remove();
    }
  });

  for (const [framework, mount] of [['React 19', mountReactForm], ['Vue 3', mountVueForm]] as const) {
    it(`${framework}: a form posts the scenario, the quote and the licence lots; invalid input blocks it`, async () => {
      const container = document.createElement('div');
      document.body.append(container);
      const posted: FormData[] = [];
      const app = mount(container, { onSubmit: (data) => posted.push(data) });
      try {
        const el = container.querySelector('pbx-license-calculator') as PbxLicenseCalculator;
        const check = container.querySelector('pbx-version-check') as HTMLElement & { updateComplete: Promise<boolean> };
        await settle(el);
        await check.updateComplete;
        const send = container.querySelector('button')!;
        send.click();
        expect(posted.length).to.equal(1);
        expect(JSON.parse(String(posted[0]!.get('calc'))).pbxs[0].users).to.equal(12);
        expect(JSON.parse(String(posted[0]!.get('calc-quote'))).lines[0]).to.include({ code: 'PBX-Port12', quantity: 13 });
        expect(JSON.parse(String(posted[0]!.get('lots')))).to.deep.equal([{ code: 'PBX-Port12', count: 20 }]);
        const users = el.shadowRoot!.getElementById('pbxs-0-users') as HTMLInputElement;
        users.value = '-1';
        users.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await settle(el);
        send.click();
        expect(posted.length, 'blocked while invalid').to.equal(1);
        expect(el.matches(':invalid')).to.equal(true);
      } finally {
        app.unmount();
        container.remove();
      }
    });
  }
});
