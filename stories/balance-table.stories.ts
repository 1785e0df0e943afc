import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dark } from './themes.js';

type Args = Record<string, string | undefined>;

const meta: Meta<Args> = {
  title: 'Elements/pbx-balance-table',
  component: 'pbx-balance-table',
  parameters: {
    docs: {
      source: {
        language: 'html',
        code: `<pbx-license-calculator id="calc" users="150" trunks="10"></pbx-license-calculator>
<pbx-balance-table id="pool" for="calc"></pbx-balance-table>
<script type="module">
  document.getElementById('pool').balance = {
    activationKeys: [{ code: 'PBX-Registrations', count: 100 }],
    licenseKeys: [{ code: 'PBX-Registrations', count: 37, serial: '00-90-33-00-00-00', status: 'active' }],
  };
</script>`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const serial = '00-90-33-00-00-00';
const pool = {
  activationKeys: [
    { code: 'PBX-Registrations', count: 100 },
    { code: 'PBX-Operators', count: 2 },
    { code: 'PBX-SoftwarePhones', count: 25 },
  ],
  licenseKeys: [
    { code: 'PBX-Registrations', count: 37, serial, customer: 'innovaphone', location: 'Sindelfingen', description: 'master pbx', status: 'active' as const },
    { code: 'PBX-Operators', count: 1, serial, status: 'active' as const },
    { code: 'PBX-SoftwarePhones', count: 10, serial, status: 'active' as const },
  ],
};
const big = {
  activationKeys: [{ code: 'PBX-Port12', count: 90_000 }, { code: 'PBX-UC12', count: 20_000 }],
  licenseKeys: Array.from({ length: 100_000 }, (_, i) => ({
    code: i % 5 ? 'PBX-Port12' : 'PBX-UC12',
    count: 1,
    serial: `00-90-33-${String(i % 256).padStart(2, '0')}-00-00`,
    customer: `Customer ${i % 500}`,
    status: 'active' as const,
  })),
};

export const WorkedExample: Story = { render: () => html`<pbx-balance-table .balance=${pool}></pbx-balance-table>` };
export const Empty: Story = { render: () => html`<pbx-balance-table .balance=${{ activationKeys: [], licenseKeys: [] }}></pbx-balance-table>` };
export const OverAllocated: Story = { render: () => html`<pbx-balance-table .balance=${{ ...pool, activationKeys: [{ code: 'PBX-Registrations', count: 20 }] }}></pbx-balance-table>` };
export const WithToOrder: Story = {
  render: () => html`<pbx-license-calculator id="calc" users="150" trunks="10"></pbx-license-calculator>
    <pbx-balance-table for="calc" .balance=${{ activationKeys: [{ code: 'PBX-Port12', count: 100 }], licenseKeys: [] }}></pbx-balance-table>`,
};
export const HundredThousandKeys: Story = { render: () => html`<pbx-balance-table .balance=${big}></pbx-balance-table>` };
export const German: Story = { render: () => html`<pbx-balance-table lang="de" .balance=${pool}></pbx-balance-table>` };
export const Italian: Story = { render: () => html`<pbx-balance-table lang="it" .balance=${pool}></pbx-balance-table>` };
export const French: Story = { render: () => html`<pbx-balance-table lang="fr" .balance=${pool}></pbx-balance-table>` };
export const Dutch: Story = { render: () => html`<pbx-balance-table lang="nl" .balance=${pool}></pbx-balance-table>` };
export const Dark: Story = { render: () => html`<div style=${dark}><pbx-balance-table .balance=${pool}></pbx-balance-table></div>` };

/** SSA-4: keys whose SSA ends within 60 days, and ended ones. */
const withSsa = {
  activationKeys: [{ code: 'PBX-Port12', count: 300 }, { code: 'PBX-UC12', count: 50 }],
  licenseKeys: [
    { code: 'PBX-Port12', count: 120, serial, customer: 'Example GmbH', status: 'active' as const, boundOn: '2024-01-10', ssaUntil: '2027-01-09' },
    { code: 'PBX-Port12', count: 40, serial: '00-90-33-00-00-01', customer: 'Example GmbH', status: 'active' as const, boundOn: '2021-03-01', ssaUntil: '2026-02-28' },
    { code: 'PBX-UC12', count: 30, serial, customer: 'Example GmbH', status: 'active' as const, boundOn: '2025-01-01', ssaUntil: '2029-12-31' },
  ],
};
export const SsaStatus: Story = { render: () => html`<pbx-balance-table today="2026-11-26" .balance=${withSsa}></pbx-balance-table>` };
export const SsaStatusGerman: Story = { render: () => html`<pbx-balance-table lang="de" today="2026-11-26" .balance=${withSsa}></pbx-balance-table>` };
