import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dark } from './themes.js';

const meta: Meta = { title: 'Elements/pbx-version-check', component: 'pbx-version-check' };
export default meta;
type Story = StoryObj;

const g4 = [
  { code: 'PBX-Port10', count: 100 },
  { code: 'PBX-Port12', count: 100 },
];

export const Empty: Story = { render: () => html`<pbx-version-check></pbx-version-check>` };
export const RunsAtV10: Story = { render: () => html`<pbx-version-check pbx-version="10" .licenses=${g4}></pbx-version-check>` };
export const BlockedAtV12: Story = { render: () => html`<pbx-version-check pbx-version="V12" .licenses=${g4}></pbx-version-check>` };
export const UpgradableUnderSsa: Story = {
  render: () => html`<pbx-version-check pbx-version="12r2" .licenses=${[{ code: 'PBX-Port10', count: 100, ssaUntil: '2099-12-31' }, { code: 'PBX-UC12', count: 40 }]}></pbx-version-check>`,
};
export const German: Story = { render: () => html`<pbx-version-check lang="de" pbx-version="V12" .licenses=${g4}></pbx-version-check>` };
export const Dutch: Story = { render: () => html`<pbx-version-check lang="nl" pbx-version="V12" .licenses=${g4}></pbx-version-check>` };
export const Dark: Story = { render: () => html`<div style=${dark}><pbx-version-check pbx-version="V12" .licenses=${g4}></pbx-version-check></div>` };
