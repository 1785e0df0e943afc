import { expect } from '@open-wc/testing';
import { balanceMessages } from '../../src/i18n/domains/balance.js';
import { plansMessages } from '../../src/i18n/domains/plans.js';
import { versionCheckMessages } from '../../src/i18n/domains/version-check.js';
import { CATALOGS, formatMessage, hasMessage, loadMessages, type MessageDomain } from '../../src/i18n/index.js';

// Each test file runs with its own module state (a page per file in the browsers, a process per
// file in Node): nothing else has loaded a message here.
describe('message domains: a page loads the messages of what it shows', () => {
  it('loads only the domains asked for, in the language asked for', async () => {
    expect(hasMessage('en', 'ui.balance.title'), 'nothing before').to.equal(false);
    await loadMessages('nl', [balanceMessages]);
    expect(CATALOGS.en['ui.balance.title'], 'its built-in English').to.equal('License balance');
    expect(CATALOGS.nl['ui.balance.title']).to.be.a('string').and.not.equal('License balance');
    expect(CATALOGS.nl['ui.quote'], 'the calculator’s messages stay where they are').to.equal(undefined);
    expect(CATALOGS.en['ui.quote']).to.equal(undefined);
    expect(CATALOGS.de['ui.balance.title'], 'nor another language').to.equal(undefined);
    expect(formatMessage('nl-BE', 'notice.overAllocated', { code: 'PBX-Port12', over: 2 })).to.contain('2 licenties meer');
  });

  it('shows English where a language lacks a message, and the key where English does too', async () => {
    await loadMessages('en', [versionCheckMessages]);
    expect(formatMessage('fr', 'ui.versionCheck.title'), 'French not loaded').to.equal(CATALOGS.en['ui.versionCheck.title']);
    expect(formatMessage('fr', 'ui.migration.title'), 'the plans not loaded in any language').to.equal('ui.migration.title');
  });

  it('loads a domain whose English is not built in (the plans) in English too', async () => {
    expect(hasMessage('de', 'upgrade.keeps')).to.equal(false);
    await loadMessages('de', [plansMessages]);
    expect(CATALOGS.en['upgrade.keeps'], 'the English fallback came with it').to.be.a('string');
    expect(CATALOGS.de['upgrade.keeps']).to.be.a('string').and.not.equal(CATALOGS.en['upgrade.keeps']);
  });

  it('a chunk that cannot be loaded: English stays, one warning per language, tried again later', async () => {
    let calls = 0;
    const broken: MessageDomain = {
      name: 'broken',
      en: { 'ui.quote': 'Quote (built in)' },
      load: {
        it: () => {
          calls++;
          return Promise.reject(new Error('404'));
        },
      },
    };
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      await loadMessages('it', [broken]);
      await loadMessages('it', [broken]);
    } finally {
      console.warn = warn;
    }
    expect(formatMessage('it', 'ui.quote')).to.equal('Quote (built in)');
    expect(warnings).to.deep.equal(['pbx-license-kit: the it messages could not be loaded; English is shown instead.']);
    expect(calls, 'a failed chunk is asked for again').to.equal(2);
  });
});
