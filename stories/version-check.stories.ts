import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dark } from './themes.js';

import { ifDefined } from 'lit/directives/if-defined.js';

const g4 = [
  { code: 'PBX-Port10', count: 100 },
  { code: 'PBX-Port12', count: 100 },
];

type Args = Record<string, string | undefined>;
const attr = (v: string | undefined) => ifDefined(v === '' ? undefined : v);

const meta: Meta<Args> = {
  title: 'Elements/pbx-version-check',
  component: 'pbx-version-check',
  // The controls set the attributes; the licenses are a property (see "Show code").
  args: { 'pbx-version': 'V12', 'target-released': '', 'operator-version': '', lang: 'en' },
  render: (a) =>
    html`<pbx-version-check
      pbx-version=${attr(a['pbx-version'])}
      operator-version=${attr(a['operator-version'])}
      queue-monitor-version=${attr(a['queue-monitor-version'])}
      target-released=${attr(a['target-released'])}
      today=${attr(a['today'])}
      firmware=${attr(a['firmware'])}
      master=${attr(a['master'])}
      convert-to=${attr(a['convert-to'])}
      lang=${attr(a['lang'])}
      .licenses=${g4}
    ></pbx-version-check>`,
  parameters: {
    docs: {
      source: {
        language: 'html',
        code: `<pbx-version-check id="check" pbx-version="V12"></pbx-version-check>
<script type="module">
  const check = document.getElementById('check');
  check.licenses = [{ code: 'PBX-Port10', count: 100 }, { code: 'PBX-Port12', count: 100 }];
  check.addEventListener('pbx-version-result', (e) => console.log(e.detail.maxPbxVersion));
</script>`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;


/** The G-4 worked example: 100 V10 + 100 V12 Port licenses, checked against the version in the controls. */
export const G4WorkedExample: Story = {};
export const Empty: Story = { render: () => html`<pbx-version-check></pbx-version-check>` };
export const RunsAtV10: Story = { render: () => html`<pbx-version-check pbx-version="10" .licenses=${g4}></pbx-version-check>` };
export const BlockedAtV12: Story = { render: () => html`<pbx-version-check pbx-version="V12" .licenses=${g4}></pbx-version-check>` };
export const UpgradableUnderSsa: Story = {
  render: () =>
    html`<pbx-version-check pbx-version="12r2" target-released="2026-06-15" .licenses=${[{ code: 'PBX-Port10', count: 100, boundOn: '2024-01-10', ssaUntil: '2099-12-31' }, { code: 'PBX-UC12', count: 40 }]}></pbx-version-check>`,
};

/** The installed base of a customer with three devices, as pasted from the portal. */
const installedBase = [
  { code: 'PBX-Port12', count: 200, device: '00-90-33-00-00-01', boundOn: '2023-02-01', ssaUntil: '2027-01-31' },
  { code: 'PBX-Port10%500', count: 120, device: '00-90-33-00-00-02', boundOn: '2019-05-10', ssaUntil: '2024-05-09' },
  { code: 'PBX-UC11', count: 40, device: '00-90-33-00-00-02' },
  { code: 'PBX-IPVA12', count: 60, device: '00-50-56-00-00-03' },
  { code: 'Relay-PRIs', count: 2, device: '00-90-33-00-00-02' },
];
const upgradePrices = { currency: 'EUR', 'PBX-Port13%500': 28, 'PBX-UC13': 55 };

export const UpgradePlanWithPrices: Story = {
  render: () => html`<pbx-version-check pbx-version="13" target-released="2026-06-15" today="2026-11-26" .licenses=${installedBase} .prices=${upgradePrices}></pbx-version-check>`,
};
export const UpgradePlanGerman: Story = {
  render: () => html`<pbx-version-check lang="de" pbx-version="13" target-released="15.06.2026" today="2026-11-26" .licenses=${installedBase} .prices=${upgradePrices}></pbx-version-check>`,
};
export const UpgradeNeedsReleaseDate: Story = {
  render: () => html`<pbx-version-check pbx-version="13" today="2026-11-26" .licenses=${installedBase}></pbx-version-check>`,
};
export const SsaEndingSoon: Story = {
  render: () => html`<pbx-version-check pbx-version="12" today="2026-12-15" .licenses=${installedBase}></pbx-version-check>`,
};
export const MoveToCentralLicensing: Story = {
  render: () => html`<pbx-version-check pbx-version="12" today="2026-11-26" master="00-90-33-00-00-01" .licenses=${installedBase}></pbx-version-check>`,
};
export const MoveWithConversionDutch: Story = {
  render: () => html`<pbx-version-check lang="nl" pbx-version="12" today="2026-11-26" master="00-90-33-00-00-01" convert-to="12" .licenses=${installedBase}></pbx-version-check>`,
};
export const MoveBlockedByV7Firmware: Story = {
  render: () => html`<pbx-version-check pbx-version="12" firmware="7" master="00-90-33-00-00-01" .licenses=${installedBase}></pbx-version-check>`,
};
export const German: Story = { render: () => html`<pbx-version-check lang="de" pbx-version="V12" .licenses=${g4}></pbx-version-check>` };
export const Italian: Story = { render: () => html`<pbx-version-check lang="it" pbx-version="V12" .licenses=${g4}></pbx-version-check>` };
export const French: Story = { render: () => html`<pbx-version-check lang="fr" pbx-version="V12" .licenses=${g4}></pbx-version-check>` };
export const Dutch: Story = { render: () => html`<pbx-version-check lang="nl" pbx-version="V12" .licenses=${g4}></pbx-version-check>` };
export const Dark: Story = { render: () => html`<div style=${dark}><pbx-version-check pbx-version="V12" .licenses=${g4}></pbx-version-check></div>` };
