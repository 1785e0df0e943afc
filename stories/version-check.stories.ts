import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { scriptCode } from './docs.js';

import { ifDefined } from 'lit/directives/if-defined.js';

const g4 = [
  { code: 'PBX-Port10', count: 100 },
  { code: 'PBX-Port12', count: 100 },
];

type Args = Record<string, string | number | boolean | undefined>;
const attr = (v: string | number | boolean | undefined) => ifDefined(v === '' || v === undefined ? undefined : String(v));

const meta: Meta<Args> = {
  title: 'Elements/pbx-version-check',
  component: 'pbx-version-check',
  // The controls set the attributes; the licenses are a property (see "Show code").
  args: { 'pbx-version': 'V12', 'target-released': '', 'operator-version': '', lang: '' },
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
      name=${attr(a['name'])}
      ?required=${a['required'] === true}
      ?disabled=${a['disabled'] === true}
      .licenses=${g4}
    ></pbx-version-check>`,
  parameters: {
    docs: {
      description: {
        component: `Will these licenses run that software version? The partner pastes the installed licenses
(from the portal or a spreadsheet: one lot a line) or sets the \`licenses\` property; the check
answers with the highest version they run, what blocks the target version and why (G-3, G-4 …),
what the Software Service Agreement upgrades for free (SSA-1..4), an upgrade order priced from
the \`prices\` property, and, with a \`master\` device, the move to central licensing.

Versions and dates are attributes (the controls below); each new verdict fires
\`pbx-version-result\`.`,
      },
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
export const G4WorkedExample: Story = { name: 'G-4 worked example',};
export const Empty: Story = { name: 'Empty', render: () => html`<pbx-version-check></pbx-version-check>` };
export const RunsAtV10: Story = { name: 'Runs at V10', parameters: scriptCode('pbx-version-check', { 'pbx-version': '10' }, { licenses: g4 }), render: () => html`<pbx-version-check pbx-version="10" .licenses=${g4}></pbx-version-check>` };
export const BlockedAtV12: Story = { name: 'Blocked at V12', render: () => html`<pbx-version-check pbx-version="V12" .licenses=${g4}></pbx-version-check>` };
export const UpgradableUnderSsa: Story = { name: 'Upgradable under SSA (V12r2)',
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

export const UpgradePlanWithPrices: Story = { name: 'Upgrade plan to V13, priced', parameters: scriptCode('pbx-version-check', { 'pbx-version': '13', 'target-released': '2026-06-15', today: '2026-11-26' }, { licenses: installedBase, prices: upgradePrices }),
  render: () => html`<pbx-version-check pbx-version="13" target-released="2026-06-15" today="2026-11-26" .licenses=${installedBase} .prices=${upgradePrices}></pbx-version-check>`,
};
export const UpgradePlanGerman: Story = { name: 'Upgrade plan to V13 (German)',
  render: () => html`<pbx-version-check lang="de" pbx-version="13" target-released="15.06.2026" today="2026-11-26" .licenses=${installedBase} .prices=${upgradePrices}></pbx-version-check>`,
};
export const UpgradeNeedsReleaseDate: Story = { name: 'Upgrade plan without a release date',
  render: () => html`<pbx-version-check pbx-version="13" today="2026-11-26" .licenses=${installedBase}></pbx-version-check>`,
};
export const SsaEndingSoon: Story = { name: 'SSA ending soon',
  render: () => html`<pbx-version-check pbx-version="12" today="2026-12-15" .licenses=${installedBase}></pbx-version-check>`,
};
export const MoveToCentralLicensing: Story = { name: 'Move to central licensing', parameters: scriptCode('pbx-version-check', { 'pbx-version': '12', today: '2026-11-26', master: '00-90-33-00-00-01' }, { licenses: installedBase }),
  render: () => html`<pbx-version-check pbx-version="12" today="2026-11-26" master="00-90-33-00-00-01" .licenses=${installedBase}></pbx-version-check>`,
};
export const MoveWithConversionDutch: Story = { name: 'Move with conversion to V12 (Dutch)',
  render: () => html`<pbx-version-check lang="nl" pbx-version="12" today="2026-11-26" master="00-90-33-00-00-01" convert-to="12" .licenses=${installedBase}></pbx-version-check>`,
};
export const MoveBlockedByV7Firmware: Story = { name: 'Move blocked by V7 firmware',
  render: () => html`<pbx-version-check pbx-version="12" firmware="7" master="00-90-33-00-00-01" .licenses=${installedBase}></pbx-version-check>`,
};
export const German: Story = { name: 'In German', render: () => html`<pbx-version-check lang="de" pbx-version="V12" .licenses=${g4}></pbx-version-check>` };
export const Italian: Story = { name: 'In Italian', render: () => html`<pbx-version-check lang="it" pbx-version="V12" .licenses=${g4}></pbx-version-check>` };
export const French: Story = { name: 'In French', render: () => html`<pbx-version-check lang="fr" pbx-version="V12" .licenses=${g4}></pbx-version-check>` };
export const Dutch: Story = { name: 'In Dutch', render: () => html`<pbx-version-check lang="nl" pbx-version="V12" .licenses=${g4}></pbx-version-check>` };
/** Dark whatever the page's scheme: `--pbx-color-scheme: dark` (the toolbar's theme switch sets it for every story). */
export const Dark: Story = { name: 'Dark', render: () => html`<pbx-version-check style="--pbx-color-scheme: dark; padding: 1rem" pbx-version="V12" .licenses=${g4}></pbx-version-check>` };

/** Issue 24, the answer first: the summary heads the check in the verdict's colour (`data-tone` on `part="verdict"`). */
const summaryLots = [
  { code: 'PBX-Port10', count: 430, boundOn: '2024-01-10', ssaUntil: '2027-01-09' },
  { code: 'PBX-UC10', count: 2 },
  { code: 'PBX-Video10', count: 1 },
];
const summaryPrices = { currency: 'EUR', vatRate: 19, discount: 10, 'PBX-UC13': 3000, 'PBX-Video13': 602 };
export const SummaryGreen: Story = { name: 'Summary: runs V13 (green)',
  render: () => html`<pbx-version-check pbx-version="13" today="2026-11-26" .licenses=${[{ code: 'PBX-Port13', count: 100 }, { code: 'Relay-BRIs', count: 4 }]}></pbx-version-check>`,
};
export const SummaryAmber: Story = { name: 'Summary: V13 after this order, priced (amber)', parameters: scriptCode('pbx-version-check', { 'pbx-version': '13', 'target-released': '2026-06-15', today: '2026-11-26' }, { licenses: summaryLots, prices: summaryPrices }),
  render: () => html`<pbx-version-check pbx-version="13" target-released="2026-06-15" today="2026-11-26" .licenses=${summaryLots} .prices=${summaryPrices}></pbx-version-check>`,
};
export const SummaryAmberUnpriced: Story = { name: 'Summary: V13 after this order, without prices (amber)',
  render: () => html`<pbx-version-check pbx-version="13" target-released="2026-06-15" today="2026-11-26" .licenses=${summaryLots}></pbx-version-check>`,
};
export const SummaryAmberGerman: Story = { name: 'Summary: V13 after this order (amber, German)',
  render: () => html`<pbx-version-check lang="de" pbx-version="13" target-released="15.06.2026" today="2026-11-26" .licenses=${summaryLots} .prices=${summaryPrices}></pbx-version-check>`,
};
export const SummaryRed: Story = { name: 'Summary: no order fixes it (red, VM-4)',
  render: () => html`<pbx-version-check pbx-version="9" today="2026-11-26" .licenses=${[{ code: 'PBX-VoicemailUser12', count: 10 }, { code: 'PBX-Port9', count: 10 }]}></pbx-version-check>`,
};
export const SummaryDark: Story = { name: 'Summary: V13 after this order (amber, dark)',
  render: () => html`<pbx-version-check style="--pbx-color-scheme: dark; padding: 1rem" pbx-version="13" target-released="2026-06-15" today="2026-11-26" .licenses=${summaryLots} .prices=${summaryPrices}></pbx-version-check>`,
};
export const SummaryRedDark: Story = { name: 'Summary: no order fixes it (red, dark)',
  render: () => html`<pbx-version-check style="--pbx-color-scheme: dark; padding: 1rem" pbx-version="9" today="2026-11-26" .licenses=${[{ code: 'PBX-VoicemailUser12', count: 10 }]}></pbx-version-check>`,
};
/** Issue 24: prices without JavaScript, as on the calculator (`prices-src`, or a slotted JSON script). */
export const PricesFromMarkup: Story = { name: 'Summary priced from the markup',
  render: () => html`<pbx-version-check pbx-version="13" target-released="2026-06-15" today="2026-11-26" .licenses=${summaryLots}>
    <script type="application/json" slot="prices">
      { "currency": "EUR", "vatRate": 19, "discount": 10, "PBX-UC13": 3000, "PBX-Video13": 602 }
    </script>
  </pbx-version-check>`,
};
export const PriceListUnreachable: Story = { name: 'Price list that cannot be loaded',
  render: () => html`<pbx-version-check pbx-version="13" target-released="2026-06-15" today="2026-11-26" prices-src="/no-such-price-list.json" .licenses=${summaryLots}></pbx-version-check>`,
};

/** Issue 24: the migration names the devices as the user knows them, shows what each holds, and prices the year of SSA a conversion charges (MIG-3). */
const namedBase = installedBase.map((lot) => ({ ...lot, deviceName: { '00-90-33-00-00-01': 'Headquarters', '00-90-33-00-00-02': 'Branch Munich', '00-50-56-00-00-03': 'Voicemail VM' }[lot.device] }));
const ssaPrices = { currency: 'EUR', vatRate: 19, discount: 5, 'SSA:PBX-Port12%500': 4.2, 'SSA:PBX-UC12': 9.5 };
export const MoveNamedDevices: Story = { name: 'Move: devices by name, what each holds',
  render: () => html`<pbx-version-check pbx-version="12" today="2026-11-26" .licenses=${namedBase}></pbx-version-check>`,
};
export const MoveConversionPriced: Story = { name: 'Move with conversion, the year of SSA priced', parameters: scriptCode('pbx-version-check', { 'pbx-version': '12', today: '2026-11-26', master: '00-90-33-00-00-01', 'convert-to': '12' }, { licenses: namedBase, prices: ssaPrices }),
  render: () => html`<pbx-version-check pbx-version="12" today="2026-11-26" master="00-90-33-00-00-01" convert-to="12" .licenses=${namedBase} .prices=${ssaPrices}></pbx-version-check>`,
};
export const MoveConversionPricedGerman: Story = { name: 'Move with conversion, the year of SSA priced (German)',
  render: () => html`<pbx-version-check lang="de" pbx-version="12" today="2026-11-26" master="00-90-33-00-00-01" convert-to="12" .licenses=${namedBase} .prices=${ssaPrices}></pbx-version-check>`,
};
export const MoveConversionPricedDark: Story = { name: 'Move with conversion, the year of SSA priced (dark)',
  render: () => html`<pbx-version-check style="--pbx-color-scheme: dark; padding: 1rem" lang="fr" pbx-version="12" today="2026-11-26" master="00-90-33-00-00-01" convert-to="12" .licenses=${namedBase} .prices=${ssaPrices}></pbx-version-check>`,
};
export const SummaryAmberItalian: Story = { name: 'Summary: V13 after this order (amber, Italian)',
  render: () => html`<pbx-version-check lang="it" pbx-version="13" target-released="15/06/2026" today="2026-11-26" .licenses=${summaryLots} .prices=${summaryPrices}></pbx-version-check>`,
};
export const SummaryAmberFrench: Story = { name: 'Summary: V13 after this order (amber, French)',
  render: () => html`<pbx-version-check lang="fr" pbx-version="13" target-released="15/06/2026" today="2026-11-26" .licenses=${summaryLots} .prices=${summaryPrices}></pbx-version-check>`,
};
export const SummaryAmberDutch: Story = { name: 'Summary: V13 after this order (amber, Dutch)',
  render: () => html`<pbx-version-check lang="nl" pbx-version="13" target-released="15-6-2026" today="2026-11-26" .licenses=${summaryLots} .prices=${summaryPrices}></pbx-version-check>`,
};
export const SummaryRedGerman: Story = { name: 'Summary: no order fixes it (red, German)',
  render: () => html`<pbx-version-check lang="de" pbx-version="9" today="2026-11-26" .licenses=${[{ code: 'PBX-VoicemailUser12', count: 10 }]}></pbx-version-check>`,
};
export const SummaryGreenDutch: Story = { name: 'Summary: runs V13 (green, Dutch)',
  render: () => html`<pbx-version-check lang="nl" pbx-version="13" today="2026-11-26" .licenses=${[{ code: 'PBX-Port13', count: 100 }]}></pbx-version-check>`,
};
export const MoveConversionPricedItalian: Story = { name: 'Move with conversion, the year of SSA priced (Italian)',
  render: () => html`<pbx-version-check lang="it" pbx-version="12" today="2026-11-26" master="00-90-33-00-00-01" convert-to="12" .licenses=${namedBase} .prices=${ssaPrices}></pbx-version-check>`,
};
export const MoveConversionPricedDutch: Story = { name: 'Move with conversion, the year of SSA priced (Dutch)',
  render: () => html`<pbx-version-check lang="nl" pbx-version="12" today="2026-11-26" master="00-90-33-00-00-01" convert-to="12" .licenses=${namedBase} .prices=${ssaPrices}></pbx-version-check>`,
};
