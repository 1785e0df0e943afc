import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ScenarioInput } from '../src/core/index.js';
import { dark } from './themes.js';

const meta: Meta = {
  title: 'Elements/pbx-license-calculator',
  component: 'pbx-license-calculator',
};
export default meta;
type Story = StoryObj;

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

const multiSite: ScenarioInput = {
  version: 12,
  existing: { 'PBX-Port12': 400 },
  pbxs: [
    { name: 'Headquarters', platform: 'ipva', users: 4000, trunks: 20, standby: true, reportingPorts: 200, recordedUsers: 30, queueMonitorQueues: 4, operators: 6, userGroups: [{ name: 'Office', count: 3000, features: ['myPBX', 'video', 'voicemail', 'mobility', 'fax'] }, { name: 'Warehouse', count: 1000, features: ['voicemail'] }] },
    { name: 'Plant North', platform: 'gateway', gateway: 'IP6010', users: 1200, trunks: 8, hardware: { pri: 2, channels: 60 }, userGroups: [{ name: 'Shift', count: 1200, features: ['mobileApp'] }] },
    { name: 'Branch South', platform: 'gateway', gateway: 'IP311', users: 800, trunks: 4, webrtcChannels: 10, userGroups: [{ name: 'Sales', count: 200, features: ['webrtc', 'appSharing', 'conferencing'] }] },
  ],
};

export const Empty: Story = { render: () => html`<pbx-license-calculator></pbx-license-calculator>` };
export const SmallOffice: Story = { render: () => html`<pbx-license-calculator .scenario=${office}></pbx-license-calculator>` };
export const MultiSite6000Users: Story = { render: () => html`<pbx-license-calculator .scenario=${multiSite}></pbx-license-calculator>` };
export const PricedQuote: Story = {
  render: () =>
    html`<pbx-license-calculator
      lang="de-DE"
      .scenario=${office}
      .prices=${{ currency: 'EUR', 'PBX-Port12': 39.9, 'PBX-myPBX12': 24.5, 'PBX-VoicemailUser12': 9.9, 'PBX-UC12': 69, 'Relay-BRIs': 45 }}
    ></pbx-license-calculator>`,
};
export const InvalidInput: Story = {
  render: () => html`<pbx-license-calculator .scenario=${{ ...office, pbxs: [{ ...office.pbxs[0], users: -3, trunks: 1.5 }] } as never}></pbx-license-calculator>`,
};
export const German: Story = { render: () => html`<pbx-license-calculator lang="de" .scenario=${office}></pbx-license-calculator>` };
export const Dutch: Story = { render: () => html`<pbx-license-calculator lang="nl" .scenario=${office}></pbx-license-calculator>` };
export const Dark: Story = { render: () => html`<div style=${dark}><pbx-license-calculator .scenario=${office}></pbx-license-calculator></div>` };
