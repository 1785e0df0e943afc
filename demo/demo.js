// The demo's own wiring, from an external file so the page runs under a strict CSP.
const balance = document.getElementById('balance');
const check = document.getElementById('check');
const language = document.getElementById('language');

check.licenses = [
  { code: 'PBX-Port10', count: 100 },
  { code: 'PBX-Port12', count: 100, ssaUntil: '2099-12-31' },
  { code: 'PBX-UC12', count: 40 },
];

const serial = '00-90-33-00-00-00';
balance.balance = {
  activationKeys: [
    { code: 'PBX-Port12', count: 200 },
    { code: 'PBX-UC12', count: 50 },
    { code: 'PBX-Operator12', count: 2 },
  ],
  licenseKeys: [
    { code: 'PBX-Port12', count: 120, serial, customer: 'Example GmbH', location: 'Sindelfingen', description: 'Master PBX', status: 'active' },
    { code: 'PBX-UC12', count: 30, serial, customer: 'Example GmbH', location: 'Sindelfingen', description: 'Office', status: 'active' },
    { code: 'PBX-Operator12', count: 3, serial, customer: 'Example GmbH', location: 'Sindelfingen', description: 'Reception', status: 'active' },
  ],
};

language.value = document.documentElement.lang;
language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
});
