import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ScenarioInput } from '../src/core/index.js';
import multiSiteJson from '../fixtures/multi-site-6000.json';
import { brand } from './themes.js';
import { scriptCode } from './docs.js';

import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';

type Args = Record<string, string | number | boolean | undefined>;
const attr = (v: string | number | boolean | undefined) => ifDefined(v === '' || v === undefined ? undefined : String(v));

const meta: Meta<Args> = {
  title: 'Elements/pbx-license-calculator',
  component: 'pbx-license-calculator',
  parameters: {
    docs: {
      description: {
        component: `What licenses an innovaphone installation needs, and what they cost. The reseller enters the
installation (version, licensing, each PBX with its users, trunks, hardware and user groups); the
calculator answers with a quote: every line with its quantity, its reason and the rule IDs of the
licensing guidelines it follows, priced from the reseller's own price list.

The simple counts are attributes (\`version\`, \`users\`, \`trunks\` …: the controls below); the
whole installation is the \`scenario\` property and the price list the \`prices\` property, set
from script (see each example's code). Each valid change fires \`pbx-change\` with the scenario
and the quote.`,
      },
    },
  },
  // The controls set the attributes; the stories below set properties too (see "Show code").
  args: { version: '12', release: 'r2', licensing: 'central', users: '120', trunks: '4', customer: 'Muster GmbH', 'quote-number': 'Q-2026-0117', 'valid-days': '30', lang: '' },
  render: (a) =>
    html`<pbx-license-calculator
      version=${attr(a['version'])}
      release=${attr(a['release'])}
      licensing=${attr(a['licensing'])}
      users=${attr(a['users'])}
      trunks=${attr(a['trunks'])}
      customer=${attr(a['customer'])}
      project=${attr(a['project'])}
      quote-number=${attr(a['quote-number'])}
      valid-days=${attr(a['valid-days'])}
      today=${attr(a['today'])}
      rule-href=${attr(a['rule-href'])}
      prices-src=${attr(a['prices-src'])}
      lang=${attr(a['lang'])}
      name=${attr(a['name'])}
      ?required=${a['required'] === true}
      ?disabled=${a['disabled'] === true}
    ></pbx-license-calculator>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The two-line drop-in: attributes only, every one a control. */
export const Attributes: Story = { name: 'Attributes only (V12, 120 users)' };

/** Properties set from script: the scenario and the partner's prices. */
const withCode = (code: string) => ({ docs: { source: { code, language: 'html' } } });

const office: ScenarioInput = {
  version: 12,
  pbxs: [
    {
      name: 'Office',
      platform: 'gateway',
      gateway: 'IP811',
      users: 25,
      trunks: 2,
      groups: 3,
      hardware: { bri: 2 },
      userGroups: [{ name: 'Staff', count: 25, features: ['myPBX', 'voicemail', 'mobileApp'] }],
    },
  ],
};

// The 6,000-user multi-site scenario, shared with `npm run bench`.
const multiSite = multiSiteJson as ScenarioInput;

export const SmallOffice: Story = { name: 'Small office (scenario property)',
  render: () => html`<pbx-license-calculator .scenario=${office}></pbx-license-calculator>`,
  parameters: withCode(`<pbx-license-calculator id="calc"></pbx-license-calculator>
<script type="module">
  document.getElementById('calc').scenario = ${JSON.stringify(office, null, 2).replace(/\n/g, '\n  ')};
</script>`),
};
export const Empty: Story = { name: 'Empty', render: () => html`<pbx-license-calculator></pbx-license-calculator>` };
export const MultiSite6000Users: Story = { name: 'Multi-site, 6,000 users', parameters: scriptCode('pbx-license-calculator', {}, { scenario: multiSite }), render: () => html`<pbx-license-calculator .scenario=${multiSite}></pbx-license-calculator>` };
export const PricedQuote: Story = { name: 'Priced quote (German)',
  parameters: withCode(`<pbx-license-calculator id="calc" lang="de-DE"></pbx-license-calculator>
<script type="module">
  const calc = document.getElementById('calc');
  calc.scenario = { version: 12, pbxs: [/* … */] };
  calc.prices = { currency: 'EUR', 'PBX-Port12': 39.9, 'PBX-myPBX12': 24.5, 'PBX-VoicemailUser12': 9.9, 'PBX-UC12': 69, 'Relay-BRIs': 45 };
  calc.addEventListener('pbx-change', (e) => console.log(e.detail.quote));
</script>`),
  render: () =>
    html`<pbx-license-calculator
      lang="de-DE"
      .scenario=${office}
      .prices=${{ currency: 'EUR', 'PBX-Port12': 39.9, 'PBX-myPBX12': 24.5, 'PBX-VoicemailUser12': 9.9, 'PBX-UC12': 69, 'Relay-BRIs': 45 }}
    ></pbx-license-calculator>`,
};
export const InvalidInput: Story = { name: 'Invalid input',
  render: () => html`<pbx-license-calculator .scenario=${{ ...office, pbxs: [{ ...office.pbxs[0], users: -3, trunks: 1.5 }] } as never}></pbx-license-calculator>`,
};
export const German: Story = { name: 'In German', parameters: scriptCode('pbx-license-calculator', { lang: 'de' }, { scenario: office }), render: () => html`<pbx-license-calculator lang="de" .scenario=${office}></pbx-license-calculator>` };
export const Dutch: Story = { name: 'In Dutch', render: () => html`<pbx-license-calculator lang="nl" .scenario=${office}></pbx-license-calculator>` };
/** In a form: submit shows the FormData the form would post (the scenario and the quote as JSON). */
export const InAForm: Story = { name: 'In a form',
  render: () => {
    const show = (e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const out = form.querySelector('output')!;
      out.textContent = [...new FormData(form)].map(([k, v]) => `${k} = ${String(v).slice(0, 160)}…`).join('\n');
    };
    return html`<form @submit=${show}>
      <pbx-license-calculator name="calc" required users="40" trunks="2"></pbx-license-calculator>
      <p><button type="submit">Order</button> <button type="reset">Reset</button></p>
      <output style="white-space: pre-wrap; font-family: monospace"></output>
    </form>`;
  },
};
export const Italian: Story = { name: 'In Italian', render: () => html`<pbx-license-calculator lang="it" .scenario=${office}></pbx-license-calculator>` };
export const French: Story = { name: 'In French', render: () => html`<pbx-license-calculator lang="fr" .scenario=${office}></pbx-license-calculator>` };
/** Dark whatever the page's scheme: `--pbx-color-scheme: dark` (the toolbar's theme switch sets it for every story). */
export const Dark: Story = { name: 'Dark', render: () => html`<pbx-license-calculator style="--pbx-color-scheme: dark; padding: 1rem" .scenario=${office}></pbx-license-calculator>` };

/** STBY-1, VM-1: Standby and old-model Voicemail cover the installed Port licenses too. */
const installedBase: ScenarioInput = {
  version: 12,
  existing: { 'PBX-Port12': 400, 'PBX-Voicemail12': 1, 'PBX-Voicemail12%1': 249, 'PBX-Voicemail12%250': 150 },
  pbxs: [
    { name: 'HQ', platform: 'gateway', gateway: 'IP6010', users: 180, trunks: 20, standby: true, userGroups: [{ name: 'Office', count: 180, features: ['voicemail'] }] },
  ],
};
export const InstalledBaseStandbyAndOldVoicemail: Story = { name: 'Installed base: Standby and old Voicemail', parameters: scriptCode('pbx-license-calculator', {}, { scenario: installedBase }), render: () => html`<pbx-license-calculator .scenario=${installedBase}></pbx-license-calculator>` };

/** G-2: mixing PBX by PBX; REC-3: Reporting for recorded users, trunks and targets. */
const mixed: ScenarioInput = {
  version: 12,
  pbxs: [
    { name: 'HQ', platform: 'gateway', gateway: 'IP811', users: 280, trunks: 0, standby: true, recordedUsers: 10, recordingTargets: 20, uc: 'bundle', userGroups: [{ name: 'Office', count: 250, features: ['voicemail', 'video', 'mobility', 'myPBX'] }] },
    { name: 'Branch', platform: 'gateway', gateway: 'IP311', users: 0, trunks: 8 },
    { name: 'Lab', platform: 'ipva', users: 40, trunks: 2, licensing: 'local', standby: true },
  ],
};
export const MixedLicensingAndRecording: Story = { name: 'Mixed licensing and recording', parameters: scriptCode('pbx-license-calculator', {}, { scenario: mixed }), render: () => html`<pbx-license-calculator .scenario=${mixed}></pbx-license-calculator>` };

/** WAR-1..3: a three-year warranty extension bought with the gateway. */
export const WarrantyExtension: Story = { name: 'Warranty extension',
  render: () =>
    html`<pbx-license-calculator
      .scenario=${{ ...office, pbxs: [{ ...office.pbxs[0]!, warrantyYears: 3 }] }}
      .prices=${{ currency: 'EUR', 'PBX-Port12': 39.9, 'PBX-myPBX12': 24.5, 'PBX-VoicemailUser12': 9.9, 'PBX-UC12': 69, 'Relay-BRIs': 45, '12-00400-004': 59 }}
    ></pbx-license-calculator>`,
};

/** Issue 13: the quote as a reseller's sales document. */
const resellerPrices = {
  currency: 'EUR',
  vatRate: 19,
  discount: { overall: 5, 'PBX-UC12': 15 },
  'PBX-Port12': 39.9,
  'PBX-myPBX12': 24.5,
  'PBX-VoicemailUser12': 9.9,
  'PBX-UC12': 69,
  'Relay-BRIs': 45,
};
const letterhead = (lang: string) => html`<pbx-license-calculator
  lang=${lang}
  customer="Muster GmbH"
  project="Neubau Sindelfingen"
  quote-number="Q-2026-0117"
  today="2026-11-26"
  valid-days="30"
  .scenario=${office}
  .prices=${resellerPrices}
>
  <div slot="header"><strong>Example Telecom Reseller</strong><br />Hauptstraße 1, 71063 Sindelfingen</div>
  <p slot="footer">Prices excl. installation. Our terms of business apply. Contact: sales@example.com</p>
  <button slot="actions" data-pbx-action="request">Request this quote</button>
</pbx-license-calculator>`;
export const SalesDocument: Story = {
  name: 'Sales document',
  parameters: scriptCode('pbx-license-calculator', { customer: 'Muster GmbH', project: 'Neubau Sindelfingen', 'quote-number': 'Q-2026-0117', today: '2026-11-26', 'valid-days': '30' }, { scenario: office, prices: resellerPrices }, "el.addEventListener('pbx-quote-request', (e) => console.log(e.detail.quote)); // from <button slot=\"actions\" data-pbx-action=\"request\">"),
  render: () => letterhead('en') };
export const SalesDocumentGerman: Story = { name: 'Sales document (German)', render: () => letterhead('de') };
export const SalesDocumentDutch: Story = { name: 'Sales document (Dutch)', render: () => letterhead('nl') };
/** A host's brand: accent, radius and font through the `--pbx-*` custom properties, in light and dark alike. */
export const SalesDocumentDark: Story = { name: 'Sales document, own brand colours', render: () => html`<div style=${brand}>${letterhead('en')}</div>` };
export const PricesFromMarkup: Story = { name: 'Prices from the markup',
  render: () => html`<pbx-license-calculator users="40" trunks="4">
    <script type="application/json" slot="prices">
      { "currency": "EUR", "vatRate": 19, "discount": 10, "PBX-Port12": 39.9 }
    </script>
  </pbx-license-calculator>`,
};
export const PriceListFailed: Story = { name: 'Price list that fails to load', render: () => html`<pbx-license-calculator users="40" trunks="4" prices-src="/no-such-price-list.json"></pbx-license-calculator>` };
export const UcComparedByPrice: Story = { name: 'UC compared by price',
  render: () =>
    html`<pbx-license-calculator
      .scenario=${{ version: 12, pbxs: [{ name: 'HQ', platform: 'gateway', users: 60, trunks: 4, userGroups: [{ name: 'Office', count: 40, features: ['myPBX', 'video', 'voicemail'] }, { name: 'Sales', count: 20, features: ['myPBX', 'video', 'voicemail', 'mobility', 'appSharing'] }] }] }}
      .prices=${{ currency: 'EUR', 'PBX-Port12': 39.9, 'PBX-UC12': 69, 'PBX-myPBX12': 24.5, 'PBX-Video12': 19, 'PBX-VoicemailUser12': 9.9, 'PBX-Mobility12': 19, 'PBX-AppSharing12': 14 }}
    ></pbx-license-calculator>`,
};
export const RuleLinks: Story = { name: 'Rule IDs as links', parameters: scriptCode('pbx-license-calculator', { 'rule-href': 'https://example.com/innovaphone-rules#{id}' }, { scenario: office }), render: () => html`<pbx-license-calculator rule-href="https://example.com/innovaphone-rules#{id}" .scenario=${office}></pbx-license-calculator>` };

/** Issue 24: the quote as a customer document, with the reseller's other articles. */
const customerQuote = {
  version: 12,
  prices: { currency: 'EUR', vatRate: 19, discount: 10, 'PBX-Port12': { price: 39.9, article: '02-00039-002' }, 'PBX-Port12%500': 29.9, 'PBX-UC12': 60, IP811: 890, Installation: 95 },
  pbxs: [{ name: 'HQ', platform: 'gateway' as const, gateway: 'IP811' as const, users: 590, trunks: 10, uc: 'bundle' as const, userGroups: [{ name: 'Office', count: 250, features: ['video' as const, 'voicemail' as const, 'mobility' as const, 'fax' as const] }] }],
  extras: [{ code: 'Installation', quantity: 8, name: 'Installation and configuration (hours)' }, { code: 'Training', quantity: 1, name: 'Administrator training' }],
};
/** The reseller's own items are named in the reseller's language: the story names them in the quote's. */
const EXTRA_NAMES: Record<string, [string, string]> = {
  en: ['Installation and configuration (hours)', 'Administrator training'],
  de: ['Installation und Konfiguration (Stunden)', 'Administratorschulung'],
  nl: ['Installatie en configuratie (uren)', 'Training voor beheerders'],
  it: ['Installazione e configurazione (ore)', 'Formazione amministratori'],
  fr: ['Installation et configuration (heures)', 'Formation administrateur'],
};
const customerView = (lang: string) => {
  const [installation, training] = EXTRA_NAMES[lang] ?? EXTRA_NAMES['en']!;
  const vatRate = { de: 19, nl: 21, it: 22, fr: 20 }[lang] ?? 19;
  const scenario = { ...customerQuote, prices: { ...customerQuote.prices, vatRate }, extras: [{ code: 'Installation', quantity: 8, name: installation }, { code: 'Training', quantity: 1, name: training }] };
  return html`<pbx-license-calculator view="customer" lang=${lang} customer="Muster GmbH" quote-number="Q-2026-0117" valid-days="30" .scenario=${scenario}></pbx-license-calculator>`;
};
export const CustomerView: Story = { name: 'Customer view', render: () => customerView('en') };
export const CustomerViewGerman: Story = { name: 'Customer view (Deutsch)', render: () => customerView('de') };
export const CustomerViewDutch: Story = { name: 'Customer view (Nederlands)', render: () => customerView('nl') };
export const CustomerViewItalian: Story = { name: 'Customer view (Italiano)', render: () => customerView('it') };
export const CustomerViewFrench: Story = { name: 'Customer view (Français)', render: () => customerView('fr') };
export const CustomerViewDark: Story = { name: 'Customer view, dark', render: () => html`<div style="--pbx-color-scheme: dark; padding: 1rem">${customerView('en')}</div>` };
export const ResellerViewWithExtras: Story = { name: 'Reseller view with extras and a gateway', render: () => html`<pbx-license-calculator .scenario=${customerQuote}></pbx-license-calculator>` };

/**
 * Issue 26: the installed licenses, on the license master (the scenario's `existing`) and on a
 * second, locally licensed PBX (its own `existing`, G-2): the new Port licenses start after them
 * (PORT-3). The installed licenses are pasted as the PBX admin API lists them
 * (`GetPbxLicensesResult`), or loaded from a file, in each PBX's "Installed licenses".
 */
const installedOnTwo: ScenarioInput = {
  version: 12,
  existing: { 'PBX-Port12': 500, 'PBX-UC12': 50 },
  pbxs: [
    { name: 'HQ', platform: 'gateway', gateway: 'IP811', users: 120, trunks: 10, userGroups: [{ name: 'Office', count: 100, features: ['myPBX', 'voicemail'] }] },
    { name: 'Branch', platform: 'gateway', gateway: 'IP311', users: 40, trunks: 4, licensing: 'local', existing: { 'PBX-Port12': 480 } },
  ],
};
export const InstalledLicenses: Story = {
  name: 'Installed licenses on the master and a second PBX',
  parameters: scriptCode('pbx-license-calculator', {}, { scenario: installedOnTwo }),
  render: () => html`<pbx-license-calculator .scenario=${installedOnTwo}></pbx-license-calculator>`,
};

/** What the PBX admin API answers (`GetPbxLicensesResult`: strings, names without `PBX-` and version). */
const pbxReply = (lic: Record<string, string>[]) => JSON.stringify({ mt: 'GetPbxLicensesResult', lic }, null, 1);

/**
 * Pastes a text into a part's box once the element has rendered it, as the user does (the story
 * shows the reading, not a scenario set from script).
 */
const pasted = (texts: Record<string, string>) =>
  ref((node) => {
    const el = node as (HTMLElement & { updateComplete: Promise<boolean> }) | undefined;
    void el?.updateComplete.then(() => {
      for (const [id, text] of Object.entries(texts)) {
        const area = el.shadowRoot?.getElementById(id) as HTMLTextAreaElement | null;
        if (!area || area.value) continue;
        area.value = text;
        area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
    });
  });

/** The lists as pasted: the master's, and the Branch's own, each read from a GetPbxLicensesResult. */
const readTexts = {
  'existing-paste': pbxReply([
    { name: 'Port', version: '12', count: '500', used: '312', local: '500', slaves: '0', key: 'a1' },
    { name: 'UC', version: '12', count: '50', used: '61', local: '50', slaves: '0', key: 'a2' },
  ]),
  'pbxs-1-existing-paste': pbxReply([{ name: 'Port', version: '12', count: '480', used: '200', local: '480', slaves: '0', key: 'b1' }]),
};
const readFromPbx: ScenarioInput = { ...installedOnTwo, existing: {}, pbxs: [installedOnTwo.pbxs[0]!, { ...installedOnTwo.pbxs[1]!, existing: {} }] };
export const InstalledLicensesRead: Story = {
  name: 'Installed licenses read from GetPbxLicensesResult',
  render: () => html`<pbx-license-calculator .scenario=${readFromPbx} ${pasted(readTexts)}></pbx-license-calculator>`,
};

/** A list with names the kit does not know and a line it cannot read: each named with its line or entry, the rest read. */
const issueTexts = {
  'existing-paste': pbxReply([
    { name: 'Port', version: '12', count: '500' },
    { name: 'Telefax', version: '12', count: '2' },
    { name: 'UC', count: '50' },
  ]),
  'pbxs-1-existing-paste': 'PBX-Port12 480\nPBX-Foo12 5\nPBX-Port12 lots',
};
export const InstalledLicensesWithIssues: Story = {
  name: 'Installed licenses with reader issues',
  render: () => html`<pbx-license-calculator .scenario=${readFromPbx} ${pasted(issueTexts)}></pbx-license-calculator>`,
};
