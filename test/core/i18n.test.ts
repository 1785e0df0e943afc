import { expect } from '@open-wc/testing';
import { MESSAGE_KEYS } from '../../src/core/index.js';
import { ALL_MESSAGES as LOADED_BY_LANGUAGE, loadLanguage } from '../../src/i18n/all.js';
import { projectsMessages } from '../../src/i18n/domains/projects.js';
import { quoteDocumentMessages } from '../../src/i18n/domains/quote-document.js';
import { formatMessage, formatMoney, type AnyKey } from '../../src/i18n/index.js';
import { formatTemplate, placeholderNames } from '../../src/i18n/message-format.js';

// Each language's messages come in domains (src/i18n/<lang>/<domain>.ts), most loaded on first use:
// these tests read every one.
const LANGS = ['en', 'de', 'it', 'nl', 'fr'] as const;
type Catalog = Readonly<Record<string, string>>;
// The calculator's document messages load with its document chunk, not with loadLanguage (all.ts);
// the balance's project switch's with the switch (loadKeyReader on a server).
const ALL_MESSAGES = [...LOADED_BY_LANGUAGE, quoteDocumentMessages, projectsMessages];
const DOMAINS = ALL_MESSAGES.map((d) => d.name);
async function domainCatalog(lang: (typeof LANGS)[number], domain: string): Promise<Catalog> {
  const d = ALL_MESSAGES.find((x) => x.name === domain)!;
  return ((lang === 'en' && d.en) || (await d.load[lang]!())) as Catalog;
}
const catalogs: Record<string, Record<string, Catalog>> = {};
const whole = (lang: string): Catalog => Object.assign({}, ...Object.values(catalogs[lang]!));

before(async () => {
  for (const lang of LANGS) {
    catalogs[lang] = {};
    for (const domain of DOMAINS) catalogs[lang]![domain] = await domainCatalog(lang, domain);
  }
  await Promise.all([loadLanguage('en'), loadLanguage('de'), loadLanguage('it'), loadLanguage('nl'), loadLanguage('fr')]);
});

const placeholders = placeholderNames;

describe('message catalogs', () => {
  it('the English domains hold every core message key, each key in one domain only', () => {
    const keys = DOMAINS.flatMap((d) => Object.keys(catalogs.en![d]!));
    expect(keys.length, 'a key in two domains').to.equal(new Set(keys).size);
    expect(MESSAGE_KEYS.filter((k) => !keys.includes(k))).to.deep.equal([]);
  });
  for (const lang of LANGS.slice(1)) {
    it(`${lang} has every key of each English domain, with the same parameters`, () => {
      for (const domain of DOMAINS) {
        const en = catalogs.en![domain]!;
        const catalog = catalogs[lang]![domain]!;
        expect(Object.keys(catalog).sort(), `${lang}/${domain}`).to.deep.equal(Object.keys(en).sort());
        for (const key of Object.keys(en)) {
          expect(catalog[key]!.trim(), `${lang} ${key}`).to.not.equal('');
          expect(placeholders(catalog[key]!), `${lang} ${key}`).to.deep.equal(placeholders(en[key]!));
        }
      }
    });
  }
  it('de, it, nl and fr are translations, not copies of en', () => {
    const en = whole('en');
    const same = MESSAGE_KEYS.filter((k) => LANGS.slice(1).some((lang) => whole(lang)[k] === en[k]));
    expect(same).to.deep.equal([]);
  });

  it('it and fr use the licensing terms consistently', () => {
    const it = Object.values(whole('it')).join('\n');
    const fr = Object.values(whole('fr')).join('\n');
    expect(it).to.contain('licenza Port').and.contain('master delle licenze').and.contain('Software Service Agreement');
    expect(fr).to.contain('licence Port').and.contain('maître des licences').and.contain('Software Service Agreement');
    // One word for a term, never its synonyms.
    expect(it).to.not.match(/licenza master|master di licenza|licenze porta\b|licenza porta\b/i);
    expect(fr).to.not.match(/licence ma[iî]tre|ma[iî]tre de licence|licence de port\b|licences de port\b|license\b/i);
  });
});

describe('money (Intl.NumberFormat)', () => {
  it('amounts are grouped from four digits in every language: a column of them lines up (Italian groups only from five by default)', () => {
    const shown = LANGS.map((lang) => [1234.5, 12345].map((n) => formatMoney(lang, n, 'EUR').replace(/\s/g, ' ')));
    expect(shown).to.deep.equal([
      ['€1,234.50', '€12,345.00'],
      ['1.234,50 €', '12.345,00 €'],
      ['1.234,50 €', '12.345,00 €'],
      ['€ 1.234,50', '€ 12.345,00'],
      ['1 234,50 €', '12 345,00 €'],
    ]);
  });
});

describe('plurals and lists (Intl.PluralRules, Intl.ListFormat)', () => {
  it('one and other in en, de and nl', () => {
    expect(formatMessage('en', 'ui.invalid', { count: 1 })).to.equal('Please correct 1 marked field.');
    expect(formatMessage('en', 'ui.invalid', { count: 3 })).to.equal('Please correct 3 marked fields.');
    expect(formatMessage('de', 'ui.invalid', { count: 1 })).to.equal('Bitte korrigieren Sie 1 markiertes Feld.');
    expect(formatMessage('nl', 'ui.invalid', { count: 1 })).to.equal('Corrigeer 1 gemarkeerd veld.');
    expect(formatMessage('en', 'notice.overAllocated', { code: 'PBX-Port12', over: 1 })).to.equal('PBX-Port12 is over-allocated: 1 more license used than loaded.');
    expect(formatMessage('de', 'notice.overAllocated', { code: 'PBX-Port12', over: 1 })).to.contain('1 Lizenz mehr');
    expect(formatMessage('nl', 'notice.overAllocated', { code: 'PBX-Port12', over: 2 })).to.contain('2 licenties meer');
    expect(formatMessage('de', 'ui.invalid', { count: 1200 }), 'the number in a branch is formatted').to.contain('1.200 markierte Felder');
  });

  it('one and other in it and fr, by Intl.PluralRules (French 0 is singular), numbers by Intl', () => {
    expect(formatMessage('it', 'ui.invalid', { count: 1 })).to.equal('Correggi 1 campo evidenziato.');
    expect(formatMessage('it', 'ui.invalid', { count: 2 })).to.equal('Correggi 2 campi evidenziati.');
    expect(formatMessage('it', 'ui.invalid', { count: 12000 })).to.equal('Correggi 12.000 campi evidenziati.');
    expect(formatMessage('fr', 'ui.invalid', { count: 1 })).to.equal('Veuillez corriger 1 champ signalé.');
    expect(formatMessage('fr', 'ui.invalid', { count: 0 })).to.equal('Veuillez corriger 0 champ signalé.');
    expect(formatMessage('fr', 'ui.invalid', { count: 2 })).to.equal('Veuillez corriger 2 champs signalés.');
    // French groups thousands with a narrow no-break space.
    expect(formatMessage('fr', 'ui.invalid', { count: 1200 })).to.equal('Veuillez corriger 1\u202f200 champs signalés.');
    expect(formatMessage('fr', 'notice.overAllocated', { code: 'PBX-Port12', over: 1 })).to.equal('PBX-Port12 est surallouée\u00a0: 1 licence utilisée de plus que de licences chargées.');
    const codes = [{ label: 'PBX-Port12', count: 3 }];
    expect(formatMessage('it', 'notice.ssaExpired', { count: 3, types: 1, codes, code: 'PBX-Port12', ssaUntil: '2026-03-31', dates: 1 })).to.equal('Il SSA di 3 licenze PBX-Port12 è terminato il 31 mar 2026.');
    expect(formatMessage('fr', 'notice.ssaExpired', { count: 1, types: 1, codes: [{ label: 'PBX-Port12', count: 1 }], code: 'PBX-Port12', ssaUntil: '2026-03-31', dates: 1 })).to.equal('Le SSA de 1 licence PBX-Port12 a pris fin le 31 mars 2026.');
  });

  it('no English message says "1 …s" for a count of one', () => {
    const pluralNoun = /\b1 (?:[\w.()-]+ ){0,3}(users|licenses|ports|trunks|channels|fields|entries|characters|queues|interfaces|applications|Softwarephones|lines|levels|subscribers|extensions|types)\b/;
    const all = whole('en');
    const TEXT_PARAMS = ['pbx', 'group', 'code', 'name', 'modules', 'rules', 'standbyPbxs', 'gateway', 'text', 'field', 'key', 'format', 'expected', 'options', 'file', 'reason', 'column', 'version', 'device', 'serial', 'master', 'target', 'firmware', 'toCode', 'from'];
    for (const key of Object.keys(all)) {
      const params = Object.fromEntries(placeholderNames(all[key]!).map((n) => [n, TEXT_PARAMS.includes(n) ? 'X' : 1]));
      const text = formatMessage('en', key as AnyKey, params);
      expect(pluralNoun.test(text), `${key}: ${text}`).to.equal(false);
    }
  });

  it('the template syntax: exact matches, nested parameters, lists, missing parameters', () => {
    const f = { locale: 'en', number: (n: number) => new Intl.NumberFormat('en').format(n) };
    expect(formatTemplate('{n, plural, =0 {none} one {# item of {who}} other {# items}}', { n: 0, who: 'A' }, f)).to.equal('none');
    expect(formatTemplate('{n, plural, =0 {none} one {# item of {who}} other {# items}}', { n: 1, who: 'A' }, f)).to.equal('1 item of A');
    expect(formatTemplate('{n, plural, one {# item} other {# items}}', { n: 2500 }, f)).to.equal('2,500 items');
    expect(formatTemplate('{parts}', { parts: [{ label: 'HQ', count: 1 }, { label: 'B', count: 2 }, { label: 'C', count: 3 }] }, f)).to.equal('HQ: 1, B: 2, and C: 3');
    expect(formatTemplate('{missing} stays', {}, f)).to.equal('{missing} stays');
    const fr = { locale: 'fr', number: (n: number) => new Intl.NumberFormat('fr').format(n) };
    expect(formatTemplate('{parts}', { parts: [{ label: 'Siège', count: 280 }, { label: 'B', count: 8 }] }, fr)).to.equal('Siège\u00a0: 280 et B\u00a0: 8');
    expect(placeholderNames('{a} {n, plural, one {{b}} other {x}}')).to.deep.equal(['a', 'b', 'n']);
  });

  it('a date parameter is shown as the locale writes it; text as typed, and a day that does not exist as written (issue 22)', () => {
    const de = { locale: 'de', number: String };
    expect(formatTemplate('bis {ssaUntil}', { ssaUntil: '2026-03-31' }, de)).to.equal('bis 31.03.2026');
    // Date would roll 2026-02-31 over to 3 March.
    expect(formatTemplate('bis {ssaUntil}', { ssaUntil: '2026-02-31' }, de)).to.equal('bis 2026-02-31');
    for (const text of ['2026-02-31', '2026-02-29', '2026-03-31', '31.02.2026']) {
      for (const lang of LANGS) expect(formatMessage(lang, 'error.invalidDate', { text })).to.contain(text).and.not.contain('März').and.not.contain('Mar ');
    }
    expect(formatMessage('en', 'error.invalidDate', { text: '2026-02-31' })).to.equal('Not a date: "2026-02-31" (write 2026-03-31, or as your language writes dates).');
    expect(formatMessage('de', 'error.unknownLicenseType', { text: '2026-03-31' })).to.equal('Unbekannter Lizenztyp „2026-03-31“.');
  });
});

describe('rule reference (one sentence per rule of RULES.md)', () => {
  it('has every rule ID in en, de, it, nl and fr, each a different sentence', async () => {
    const { rulesEn } = await import('../../src/i18n/rules/en.js');
    const { ruleSummary } = await import('../../src/i18n/rules/index.js');
    const ids = Object.keys(rulesEn);
    expect(ids.length).to.equal(79);
    for (const id of ids) {
      for (const lang of ['de', 'it', 'nl', 'fr']) {
        expect(ruleSummary(lang, id), `${lang} ${id}`).to.be.a('string').and.not.equal(rulesEn[id as keyof typeof rulesEn]);
      }
    }
    // Every rule ID the core cites has a summary.
    const core = await import('../../src/core/index.js');
    const quote = core.calculateLicenses({
      version: 10,
      existing: { 'PBX-Port9': 10, 'PBX-Voicemail10': 5 },
      prices: { currency: 'EUR', 'PBX-Port10': 1 },
      pbxs: [
        { name: 'A', platform: 'ipva', users: 40, trunks: 2, groups: 1, standby: true, recordedUsers: 2, queueMonitorQueues: 1, webrtcChannels: 1, g729Channels: 2, hardware: { bri: 1 }, userGroups: [{ name: 'g', count: 40, features: ['video', 'fax', 'conferencing', 'mobileApp', 'voicemail'] }] },
        { name: 'B', platform: 'gateway', gateway: 'IP311', users: 5, trunks: 1, hardware: { bri: 1 }, recordedUsers: 1, licensing: 'local', voicemailModel: 'user', userGroups: [{ name: 'h', count: 5, features: ['voicemail'] }] },
      ],
    });
    const checked = core.checkVersions({ pbxVersion: '10 SR5', licenses: [{ code: 'PBX-Port8', count: 1 }, { code: 'PBX-Operator8', count: 1 }, { code: 'PBX-QueueMonitor8', count: 1 }, { code: 'PBX-Recording12(Basic)', count: 1 }] });
    const cited = new Set([...quote.lines, ...quote.notices, ...quote.demands, ...checked.blocking, ...checked.notices].flatMap((x) => x.ruleIds));
    expect([...cited].filter((id) => !ids.includes(id))).to.deep.equal([]);
    expect(cited.size).to.be.greaterThan(25);
  });
});

describe('languages loaded on first use', () => {
  it('English is built in; the others load once, then are in CATALOGS', async () => {
    const { CATALOGS, LANGS } = await import('../../src/i18n/index.js');
    const load = loadLanguage;
    expect(LANGS).to.deep.equal(['en', 'de', 'it', 'nl', 'fr']);
    expect(CATALOGS.en!['ui.quote']).to.equal('Quote');
    await Promise.all([load('de'), load('de'), load('nl'), load('it'), load('fr')]);
    expect(CATALOGS.de!['ui.quote']).to.equal('Angebot');
    expect(CATALOGS.nl!['ui.quote']).to.equal('Offerte');
    expect(CATALOGS.it!['ui.quote']).to.equal('Offerta');
    expect(CATALOGS.fr!['ui.quote']).to.equal('Devis');
    expect(formatMessage('fr-CH', 'ui.quote')).to.equal('Devis');
    expect(formatMessage('de-CH', 'ui.quote')).to.equal('Angebot');
  });
});
