import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { PbxBalanceTable, PbxLicenseCalculator, PbxVersionCheck } from '../../src/index.js';
import { parseLocaleNumber } from '../../src/elements/shared/number-parser.js';
import { deepJson, hostileText, hostileValue, watchErrors } from './helpers.js';
import { until } from '../until.js';

const root = (el: Element) => el.shadowRoot!;
const firstRow = (el: Element) => [...(root(el).querySelector('tbody tr')?.querySelectorAll('td') ?? [])].slice(0, 2).map((td) => td.textContent!.trim());
/** What the form accepts as a count (an English page): a whole number from 0 to 1,000,000. */
const isValidCount = (s: string) => {
  const n = parseLocaleNumber(s, 'en');
  return n.kind === 'number' && Number.isInteger(n.value) && n.value >= 0 && n.value <= 1_000_000;
};
const text = (v: unknown) => {
  try {
    return String(v);
  } catch {
    return '[object]';
  }
};

describe('hostile input against the elements (fast-check)', function () {
  // Each property renders the element dozens of times; with three browsers sharing two cores
  // that can take longer than the suite's default 20 s.
  this.timeout(90_000);

  it('calculator attributes: a message at the field, the typing kept, the last quote kept', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="10" trunks="1"></pbx-license-calculator>`);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('users', 'trunks'), hostileText, async (attr, value) => {
        el.setAttribute('users', '10');
        el.setAttribute('trunks', '1');
        await el.updateComplete;
        expect(firstRow(el)).to.deep.equal(['PBX-Port12', '11']);
        const errors = await watchErrors(async () => {
          el.setAttribute(attr, value);
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
        const field = root(el).getElementById(`pbxs-0-${attr}`) as HTMLInputElement;
        expect(field.value, 'the text is kept as given').to.equal(value);
        if (isValidCount(value)) {
          expect(field.getAttribute('aria-invalid')).to.equal('false');
        } else {
          expect(field.getAttribute('aria-invalid')).to.equal('true');
          const message = root(el).getElementById(`pbxs-0-${attr}-error`)!.textContent!;
          expect(message.length).to.be.greaterThan(5);
          expect(firstRow(el), 'the last valid quote stays').to.deep.equal(['PBX-Port12', '11']);
          expect(root(el).querySelector('.quote')!.hasAttribute('data-stale')).to.equal(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('calculator scenario property: garbage never breaks it; a message, the last quote kept', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="5" trunks="0"></pbx-license-calculator>`);
    const hostileScenario = fc.oneof(
      hostileValue,
      hostileValue.map((v) => ({ version: 12, pbxs: [{ name: 'A', platform: 'gateway', users: v, trunks: 0 }] })),
      hostileValue.map((v) => ({ version: 12, pbxs: [{ name: 'A', platform: 'gateway', users: 1, trunks: 0 }], existing: { [text(v)]: 1 } })),
      fc.constant(JSON.parse('{"version":12,"pbxs":[{"name":"A","platform":"gateway","users":1,"trunks":0}],"__proto__":{"polluted":1}}')),
      fc.constant(JSON.parse(deepJson(200))),
    );
    await fc.assert(
      fc.asyncProperty(hostileScenario, async (value) => {
        el.scenario = { version: 12, pbxs: [{ name: 'A', platform: 'gateway', users: 5, trunks: 0 }] };
        await el.updateComplete;
        expect(firstRow(el)).to.deep.equal(['PBX-Port12', '5']);
        let invalid = false;
        el.addEventListener('pbx-invalid', () => (invalid = true), { once: true });
        const errors = await watchErrors(async () => {
          el.scenario = value as never;
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
        expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
        expect(root(el).textContent!.trim().length).to.be.greaterThan(0);
        if (invalid) {
          expect(root(el).querySelector('.stale[role="alert"]')).to.not.equal(null);
          expect(firstRow(el)).to.deep.equal(['PBX-Port12', '5']);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('version check: pasted garbage and 5 MB of text give messages, the text stays', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check pbx-version="12"></pbx-version-check>`);
    const area = root(el).getElementById('licenses') as HTMLTextAreaElement;
    const paste = async (text: string) => {
      area.value = text;
      area.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
    };
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { maxLength: 5 }).map((lines) => lines.join('\n')), async (text) => {
        const errors = await watchErrors(() => paste(text));
        expect(errors).to.deep.equal([]);
        expect(area.value).to.equal(text);
        // A verdict, or with nothing readable entered the prompt for licenses: never blank.
        expect(root(el).querySelector('[part="verdict"], [part="prompt"]')).to.not.equal(null);
      }),
      { numRuns: 40 },
    );
    const big = 'PBX-Port12 1\n'.repeat(400_000); // ~5 MB
    const errors = await watchErrors(() => paste(big));
    expect(errors).to.deep.equal([]);
    expect(area.value.length).to.equal(big.length);
    expect(root(el).getElementById('licenses-error')!.textContent).to.contain('at most 1,000,000 characters');
  });

  it('version check attributes: a bad version is named at its field, the text stays', async () => {
    const el = await fixture<PbxVersionCheck>(html`<pbx-version-check pbx-version="12" .licenses=${[{ code: 'PBX-Port12', count: 1 }]}></pbx-version-check>`);
    await fc.assert(
      fc.asyncProperty(hostileText, async (value) => {
        const errors = await watchErrors(async () => {
          el.setAttribute('pbx-version', value);
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
        const field = root(el).getElementById('pbxVersion') as HTMLInputElement;
        expect(field.value).to.equal(value);
        expect(root(el).querySelector('[part="verdict"]'), 'the last verdict stays').to.not.equal(null);
      }),
      { numRuns: 40 },
    );
  });

  it('balance table: garbage balances give a message, never a blank element', async () => {
    const el = await fixture<PbxBalanceTable>(html`<pbx-balance-table .balance=${{ activationKeys: [{ code: 'PBX-Port12', count: 5 }], licenseKeys: [] }}></pbx-balance-table>`);
    const hostileBalance = fc.oneof(
      hostileValue,
      hostileValue.map((v) => ({ activationKeys: [{ code: 'PBX-Port12', count: v }], licenseKeys: [] })),
      hostileValue.map((v) => ({ activationKeys: [], licenseKeys: [{ code: v, count: 1, serial: 'x', status: 'active' }] })),
    );
    await fc.assert(
      fc.asyncProperty(hostileBalance, async (value) => {
        const errors = await watchErrors(async () => {
          el.balance = value as never;
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
        expect(root(el).textContent!.trim().length).to.be.greaterThan(0);
      }),
      { numRuns: 40 },
    );
  });
});

describe('hostile files and links against the calculator (fast-check)', function () {
  this.timeout(90_000);
  const hostileJson = fc.oneof(
    hostileText,
    fc.jsonValue().map((v) => JSON.stringify(v)),
    hostileValue.map((v) => {
      try {
        return JSON.stringify({ version: 12, pbxs: [{ name: 'X', platform: 'gateway', users: v, trunks: 0 }] }) ?? '';
      } catch {
        return '{';
      }
    }),
    fc.constantFrom(deepJson(5000), '{"__proto__":{"polluted":1},"version":12,"pbxs":[]}', '{"constructor":{"prototype":{"polluted":1}}}'),
  );

  it('an imported file that is not a valid scenario changes nothing and says why', async () => {
    const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator users="6" trunks="0"></pbx-license-calculator>`);
    const input = root(el).getElementById('import') as HTMLInputElement;
    await fc.assert(
      fc.asyncProperty(hostileJson, async (text) => {
        // A generated file may be a valid scenario: every run starts from the same one.
        el.scenario = { version: 12, pbxs: [{ name: 'PBX 1', platform: 'gateway', users: 6, trunks: 0 }] };
        await el.updateComplete;
        const errors = await watchErrors(async () => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], 'x.json', { type: 'application/json' }));
          input.files = transfer.files;
          input.dispatchEvent(new Event('change'));
          // file.text() resolves in a later task: slower under load, so wait for the outcome.
          await until(() => root(el).querySelector('.quote > [part="error"], .quote > [part="message"]') !== null, { el });
        });
        expect(errors).to.deep.equal([]);
        expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
        const message = root(el).querySelector('.quote > [part="error"], .quote > [part="message"]')!;
        if (message.getAttribute('part') === 'error') {
          expect(message.textContent).to.match(/^The file was not imported: .+/);
          expect(firstRow(el)).to.deep.equal(['PBX-Port12', '6']);
          expect((root(el).getElementById('pbxs-0-users') as HTMLInputElement).value).to.equal('6');
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a link with any value in its scenario parameter never breaks the element', async () => {
    const before = location.href;
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(hostileText, hostileJson.map((t) => btoa(unescape(encodeURIComponent(t))))), async (param) => {
          const url = new URL(before);
          url.searchParams.set('pbx-scenario', param);
          history.replaceState(null, '', url);
          const errors = await watchErrors(async () => {
            const el = await fixture<PbxLicenseCalculator>(html`<pbx-license-calculator sync-url users="2" trunks="0"></pbx-license-calculator>`);
            await el.updateComplete;
            expect(root(el).textContent!.trim().length).to.be.greaterThan(0);
            expect(root(el).querySelector('tbody tr')).to.not.equal(null);
          });
          expect(errors).to.deep.equal([]);
        }),
        { numRuns: 30 },
      );
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
