import { expect } from '@open-wc/testing';
import { MESSAGE_KEYS } from '../../src/core/index.js';
import { coreDe } from '../../src/i18n/de.js';
import { coreEn } from '../../src/i18n/en.js';
import { coreNl } from '../../src/i18n/nl.js';
import { uiDe, uiEn, uiNl, type UiKey } from '../../src/i18n/ui.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('core message catalogs', () => {
  for (const [lang, catalog] of [['en', coreEn], ['de', coreDe], ['nl', coreNl]] as const) {
    it(`${lang} translates every core message key with the same parameters as en`, () => {
      expect(Object.keys(catalog).sort()).to.deep.equal([...MESSAGE_KEYS].sort());
      for (const key of MESSAGE_KEYS) {
        expect(catalog[key].trim(), `${lang} ${key}`).to.not.equal('');
        expect(placeholders(catalog[key]), `${lang} ${key}`).to.deep.equal(placeholders(coreEn[key]));
      }
    });
  }
  it('de and nl are translations, not copies of en', () => {
    const same = MESSAGE_KEYS.filter((k) => coreDe[k] === coreEn[k] || coreNl[k] === coreEn[k]);
    expect(same).to.deep.equal([]);
  });
});

describe('element (UI) message catalogs', () => {
  const keys = Object.keys(uiEn).sort() as UiKey[];
  for (const [lang, catalog] of [['de', uiDe], ['nl', uiNl]] as const) {
    it(`${lang} has every UI key of en with the same parameters`, () => {
      expect(Object.keys(catalog).sort()).to.deep.equal(keys);
      for (const key of keys) expect(placeholders(catalog[key]), `${lang} ${key}`).to.deep.equal(placeholders(uiEn[key]));
    });
  }
});
