import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { scriptCode } from './docs.js';

type Args = Record<string, string | number | boolean | undefined>;
const attr = (v: string | number | boolean | undefined) => ifDefined(v === '' || v === undefined ? undefined : String(v));

const serial = '00-90-33-00-00-00';
const pool = {
  activationKeys: [
    { code: 'PBX-Port13', count: 200 },
    { code: 'PBX-UC13', count: 50 },
    { code: 'PBX-Operator13', count: 2 },
  ],
  licenseKeys: [
    { code: 'PBX-Port13', count: 120, serial, customer: 'Example GmbH', location: 'Sindelfingen', description: 'master pbx', status: 'active' as const, boundOn: '2025-07-01', ssaUntil: '2028-06-30' },
    { code: 'PBX-UC13', count: 40, serial, customer: 'Example GmbH', status: 'active' as const, boundOn: '2025-07-01', ssaUntil: '2028-06-30' },
    { code: 'PBX-Operator13', count: 1, serial, status: 'active' as const },
  ],
};
const meta: Meta<Args> = {
  title: 'Elements/pbx-balance-table',
  component: 'pbx-balance-table',
  // The controls set the attributes; the pool is a property (see "Show code").
  args: { today: '2026-11-26', lang: '', disabled: false },
  render: (a) =>
    html`<pbx-balance-table today=${attr(a['today'])} for=${attr(a['for'])} name=${attr(a['name'])} lang=${attr(a['lang'])} project=${attr(a['project'])} ?disabled=${a['disabled'] === true} .balance=${pool}></pbx-balance-table>`,
  parameters: {
    docs: {
      description: {
        component: `The license pool of a customer: per license type what is Loaded (activation keys), Used
(license keys bound to devices) and Left (POOL-1..5), over-allocations marked, the SSA of every
license key, and, linked to a calculator (\`for\`), what to order for its quote. Keys are added by
pasting lines or reading a CSV file ("Add license keys").

The pool is the \`balance\` property, set from script (see the code); \`today\` and \`for\` are
attributes.`,
      },
      source: {
        language: 'html',
        code: `<pbx-license-calculator id="calc" users="150" trunks="10"></pbx-license-calculator>
<pbx-balance-table id="pool" for="calc"></pbx-balance-table>
<script type="module">
  document.getElementById('pool').balance = {
    activationKeys: [{ code: 'PBX-Port13', count: 200 }, { code: 'PBX-UC13', count: 50 }],
    licenseKeys: [{ code: 'PBX-Port13', count: 120, serial: '00-90-33-00-00-00', status: 'active', ssaUntil: '2027-06-30' }],
  };
</script>`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

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

/** A V13 pool: Port, UC and Operator licenses, their keys on one master with their SSA. */
export const WorkedExample: Story = { name: 'Worked example (V13 pool)' };
export const Empty: Story = { name: 'Empty', render: () => html`<pbx-balance-table .balance=${{ activationKeys: [], licenseKeys: [] }}></pbx-balance-table>` };
export const OverAllocated: Story = { name: 'Over-allocated', render: () => html`<pbx-balance-table .balance=${{ ...pool, activationKeys: [{ code: 'PBX-Port13', count: 100 }] }}></pbx-balance-table>` };
export const WithToOrder: Story = { name: 'To order for a linked calculator',
  render: () => html`<pbx-license-calculator id="calc" users="150" trunks="10"></pbx-license-calculator>
    <pbx-balance-table for="calc" .balance=${{ activationKeys: [{ code: 'PBX-Port12', count: 100 }], licenseKeys: [] }}></pbx-balance-table>`,
  parameters: {
    docs: {
      source: {
        language: 'html',
        code: `<pbx-license-calculator id="calc" users="150" trunks="10"></pbx-license-calculator>
<pbx-balance-table id="pool" for="calc"></pbx-balance-table>
<script type="module">
  document.getElementById('pool').balance = { activationKeys: [{ code: 'PBX-Port12', count: 100 }], licenseKeys: [] };
</script>`,
      },
    },
  },
};
export const HundredThousandKeys: Story = { name: '100,000 license keys', render: () => html`<pbx-balance-table .balance=${big}></pbx-balance-table>` };
export const German: Story = { name: 'In German', render: () => html`<pbx-balance-table lang="de" .balance=${pool}></pbx-balance-table>` };
export const Italian: Story = { name: 'In Italian', render: () => html`<pbx-balance-table lang="it" .balance=${pool}></pbx-balance-table>` };
export const French: Story = { name: 'In French', render: () => html`<pbx-balance-table lang="fr" .balance=${pool}></pbx-balance-table>` };
export const Dutch: Story = { name: 'In Dutch', render: () => html`<pbx-balance-table lang="nl" .balance=${pool}></pbx-balance-table>` };
/** Dark whatever the page's scheme: `--pbx-color-scheme: dark` (the toolbar's theme switch sets it for every story). */
export const Dark: Story = { name: 'Dark', render: () => html`<pbx-balance-table style="--pbx-color-scheme: dark; padding: 1rem" .balance=${pool}></pbx-balance-table>` };

/** SSA-4: keys whose SSA ends within 60 days, and ended ones. */
const withSsa = {
  activationKeys: [{ code: 'PBX-Port12', count: 300 }, { code: 'PBX-UC12', count: 50 }],
  licenseKeys: [
    { code: 'PBX-Port12', count: 120, serial, customer: 'Example GmbH', status: 'active' as const, boundOn: '2024-01-10', ssaUntil: '2027-01-09' },
    { code: 'PBX-Port12', count: 40, serial: '00-90-33-00-00-01', customer: 'Example GmbH', status: 'active' as const, boundOn: '2021-03-01', ssaUntil: '2026-02-28' },
    { code: 'PBX-UC12', count: 30, serial, customer: 'Example GmbH', status: 'active' as const, boundOn: '2025-01-01', ssaUntil: '2029-12-31' },
  ],
};
export const SsaStatus: Story = { name: 'SSA status of the keys', parameters: scriptCode('pbx-balance-table', { today: '2026-11-26' }, { balance: withSsa }), render: () => html`<pbx-balance-table today="2026-11-26" .balance=${withSsa}></pbx-balance-table>` };
export const SsaStatusGerman: Story = { name: 'SSA status (German)', render: () => html`<pbx-balance-table lang="de" today="2026-11-26" .balance=${withSsa}></pbx-balance-table>` };

/** Issue 24: the SSA of a company's pool ends on one day for many types: one notice, the types listed once. */
const oneDeadline = {
  activationKeys: [{ code: 'PBX-Port13', count: 600 }, { code: 'PBX-UC13', count: 300 }, { code: 'PBX-Video13', count: 100 }],
  licenseKeys: [
    { code: 'PBX-Port13', count: 500, serial: '00-90-33-3f-00-01', customer: 'Muster GmbH', location: 'Stuttgart', project: 'Rollout 2026', status: 'active' as const, boundOn: '2024-01-01', ssaUntil: '2026-12-20' },
    { code: 'PBX-UC13', count: 200, serial: '00-90-33-3f-00-02', customer: 'Beispiel AG', location: 'Basel', status: 'active' as const, boundOn: '2024-01-01', ssaUntil: '2026-12-20' },
    { code: 'PBX-Video13', count: 97, serial: '00-90-33-3f-00-03', customer: 'Muster GmbH', location: 'Hamburg', status: 'active' as const, boundOn: '2024-01-01', ssaUntil: '2026-12-20' },
  ],
};
const deadline = (lang?: string, style?: string) => html`<pbx-balance-table lang=${attr(lang)} style=${attr(style)} today="2026-12-02" .balance=${oneDeadline}></pbx-balance-table>`;
export const OneSsaDeadline: Story = { name: 'One SSA deadline for three types', parameters: scriptCode('pbx-balance-table', { today: '2026-12-02' }, { balance: oneDeadline }), render: () => deadline() };
export const OneSsaDeadlineGerman: Story = { name: 'One SSA deadline (German)', render: () => deadline('de') };
export const OneSsaDeadlineItalian: Story = { name: 'One SSA deadline (Italian)', render: () => deadline('it') };
export const OneSsaDeadlineFrench: Story = { name: 'One SSA deadline (French)', render: () => deadline('fr') };
export const OneSsaDeadlineDutch: Story = { name: 'One SSA deadline (Dutch)', render: () => deadline('nl') };
export const OneSsaDeadlineDark: Story = { name: 'One SSA deadline, dark', render: () => deadline(undefined, '--pbx-color-scheme: dark') };

/**
 * Issue 26, company and projects: the portal's company pool and three projects, each with its own
 * licenses (activation keys) and devices (license keys); one key in no project. The switch above
 * the table shows the company pool or one project's balance.
 */
const company = {
  activationKeys: [
    { code: 'PBX-Port13', count: 500, project: 'Headquarters Stuttgart' },
    { code: 'PBX-UC13', count: 100, project: 'Headquarters Stuttgart' },
    { code: 'PBX-Port13', count: 120, project: 'Branch Hamburg' },
    { code: 'PBX-Port13', count: 60, project: 'Rollout 2026' },
    { code: 'PBX-Operator13', count: 2 },
  ],
  licenseKeys: [
    { code: 'PBX-Port13', count: 420, serial: '00-90-33-3f-00-01', customer: 'Muster GmbH', location: 'Stuttgart', project: 'Headquarters Stuttgart', status: 'active' as const },
    { code: 'PBX-UC13', count: 110, serial: '00-90-33-3f-00-01', customer: 'Muster GmbH', location: 'Stuttgart', project: 'Headquarters Stuttgart', status: 'active' as const },
    { code: 'PBX-Port13', count: 100, serial: '00-90-33-3f-00-02', customer: 'Muster GmbH', location: 'Hamburg', project: 'Branch Hamburg', status: 'active' as const },
    { code: 'PBX-Port13', count: 20, serial: '00-90-33-3f-00-03', customer: 'Muster GmbH', location: 'Leipzig', project: 'Rollout 2026', status: 'active' as const },
    { code: 'PBX-Operator13', count: 1, serial: '00-90-33-3f-00-01', customer: 'Muster GmbH', status: 'active' as const },
  ],
};
const projects = (project?: string, lang?: string) => html`<pbx-balance-table lang=${attr(lang)} project=${attr(project)} .balance=${company}></pbx-balance-table>`;
export const CompanyWithProjects: Story = {
  name: 'A company with three projects',
  parameters: scriptCode('pbx-balance-table', {}, { balance: company }, "el.addEventListener('pbx-project-change', (e) => console.log(e.detail.project)); // '' is the company pool"),
  render: () => projects(),
};
export const ChosenProject: Story = {
  name: 'A chosen project (project="Headquarters Stuttgart")',
  parameters: scriptCode('pbx-balance-table', { project: 'Headquarters Stuttgart' }, { balance: company }),
  render: () => projects('Headquarters Stuttgart'),
};
export const ProjectsGerman: Story = { name: 'A company with projects (German)', render: () => projects('Branch Hamburg', 'de') };
/** To order per project: what the quote requires minus what that project has left. */
const quote = { lines: [{ code: 'PBX-Port13', quantity: 150 }, { code: 'PBX-UC13', quantity: 20 }] };
export const ToOrderPerProject: Story = {
  name: 'To order per project (Branch Hamburg)',
  parameters: scriptCode('pbx-balance-table', { project: 'Branch Hamburg' }, { balance: company, required: quote }),
  render: () => html`<pbx-balance-table project="Branch Hamburg" .balance=${company} .required=${quote}></pbx-balance-table>`,
};
