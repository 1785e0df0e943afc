// The page a partner's server renders (scripts/ssr.mjs) and the browser hydrates (hydrate.js): one
// template for both, so the properties the server rendered with are the ones the client sets.
import { html } from 'lit';

export const TODAY = '2026-11-26';
export const prices = { currency: 'EUR', vatRate: 19, 'PBX-Port12': 30, 'PBX-Port12%500': 25 };
export const licenses = [
  { code: 'PBX-Port10', count: 100 },
  { code: 'PBX-Port12', count: 100 },
];
export const balance = {
  activationKeys: [{ code: 'PBX-Port12', count: 50 }, { code: 'PBX-UC12', count: 10 }],
  licenseKeys: [{ code: 'PBX-Port12', count: 20, serial: '00-90-33-00-00-01', status: 'active' }],
};

export const page = () => html`<main>
  <pbx-license-calculator lang="de" users="120" trunks="4" today=${TODAY} customer="Muster GmbH" .prices=${prices}></pbx-license-calculator>
  <pbx-version-check pbx-version="12" target-released="6/15/2026" today=${TODAY} .licenses=${licenses}></pbx-version-check>
  <pbx-balance-table today=${TODAY} .balance=${balance}></pbx-balance-table>
</main>`;
