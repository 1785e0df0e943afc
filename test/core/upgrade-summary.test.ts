import { expect } from '@open-wc/testing';
import { blockingBesidePlan, checkVersions, noticesBesidePlan, planShowsLots, planUpgrade, upgradeSummary } from '../../src/core/index.js';
import { formatMessage } from '../../src/i18n/index.js';
import { loadLanguage } from '../../src/i18n/all.js';

before(() => Promise.all(['en', 'de', 'it', 'nl', 'fr'].map((l) => loadLanguage(l as 'en'))));

const today = '2026-11-26';
const released = '2026-06-15';
/** The verdict and the plan of the same input, as the element computes them. */
function both(pbxVersion: string, licenses: unknown[], prices?: Record<string, unknown>) {
  const result = checkVersions({ pbxVersion, licenses, today, targetReleased: released });
  const plan = planUpgrade({ target: pbxVersion, licenses, today, targetReleased: released, ...(prices ? { prices } : {}) });
  return { result, plan, summary: upgradeSummary(result, plan) };
}
const said = (lang: string, s: ReturnType<typeof upgradeSummary>) => s.lines.map((l) => formatMessage(lang, l.key as never, l.params, s.net?.currency)).join(' ');

const ssaLots = [
  { code: 'PBX-Port10', count: 430, boundOn: '2024-01-10', ssaUntil: '2027-01-09' },
  { code: 'PBX-UC10', count: 2 },
  { code: 'PBX-Video10', count: 1 },
];

describe('upgradeSummary (issue 24: the version check answer first)', () => {
  it('green: nothing to buy, nothing open: "These licenses run V13."', () => {
    const { summary } = both('13', [{ code: 'PBX-Port13', count: 100 }, { code: 'Relay-BRIs', count: 4 }]);
    expect(summary.tone).to.equal('ok');
    expect(said('en', summary)).to.equal('These licenses run V13.');
  });

  it('amber: the SSA upgrades 430 free (SSA-1, SSA-3), 3 to buy (G-3), the net amount only with prices', () => {
    const unpriced = both('13', ssaLots).summary;
    expect([unpriced.tone, unpriced.free, unpriced.buy, unpriced.net]).to.deep.equal(['order', 430, 3, undefined]);
    expect(said('en', unpriced)).to.equal('V13 after this order: 430 licenses free under SSA, 3 to buy.');
    const priced = both('13', ssaLots, { currency: 'EUR', 'PBX-UC13': 3000, 'PBX-Video13': 602 }).summary;
    expect(priced.net).to.deep.equal({ amount: 6602, currency: 'EUR', complete: true });
    expect(said('en', priced)).to.equal('V13 after this order: 430 licenses free under SSA, 3 to buy, €6,602.00 net.');
    expect(said('de', priced)).to.equal('V13 nach dieser Bestellung: 430 Lizenzen kostenlos mit SSA, 3 zu kaufen, 6.602,00\u00a0€ netto.');
    for (const lang of ['it', 'nl', 'fr']) expect(said(lang, priced), lang).to.match(/V13 .*430 .*3 .*6.?602,00/);
    // A price missing (PBX-Video13): no amount in the summary, which would read as the order's price.
    const partly = both('13', ssaLots, { currency: 'EUR', 'PBX-UC13': 3000 }).summary;
    expect(partly.net).to.deep.equal({ amount: 6000, currency: 'EUR', complete: false });
    expect(said('en', partly)).to.equal('V13 after this order: 430 licenses free under SSA, 3 to buy.');
  });

  it('amber wording without SSA, and with the SSA alone', () => {
    expect(said('en', both('13', [{ code: 'PBX-UC10', count: 1 }]).summary)).to.equal('V13 after this order: 1 license to buy.');
    expect(said('en', both('13', [ssaLots[0]!]).summary)).to.equal('V13 after this order: 430 licenses free under SSA, nothing to buy.');
  });

  it('not red: a release date not given, a version the portal shows (SSA-1, CONF-3)', () => {
    const lots = [{ code: 'PBX-Port10', count: 5, boundOn: '2024-01-10', ssaUntil: '2027-01-09' }, { code: 'PBX-App(innovaphone-pbx-conference)', count: 2 }];
    const result = checkVersions({ pbxVersion: '13', licenses: lots, today });
    const plan = planUpgrade({ target: '13', licenses: lots, today });
    const summary = upgradeSummary(result, plan);
    expect(summary.tone).to.equal('order');
    expect(said('en', summary)).to.equal(
      'Before these licenses run V13: 5 licenses have an SSA: enter the release date of V13 to see whether it covers V13. 2 licenses carry no version number: check in the portal that they run V13.',
    );
  });

  it('red only for what no order fixes: a function the PBX version lacks (VM-4), both Voicemail models (VM-3)', () => {
    const tooOld = both('9', [{ code: 'PBX-VoicemailUser12', count: 10 }]).summary;
    expect([tooOld.tone, tooOld.ruleIds.join()]).to.deep.equal(['blocked', 'VM-4']);
    expect(said('en', tooOld)).to.equal('These licenses do not run V9, and no license order changes that: see what blocks it below.');
    const mixed = both('12', [{ code: 'PBX-Voicemail12', count: 1 }, { code: 'PBX-VoicemailUser12', count: 10 }]).summary;
    expect([mixed.tone, mixed.ruleIds.join()]).to.deep.equal(['blocked', 'VM-3']);
    // V6/V7 licenses stay bound (REL-2) but are bought anew at the target: amber.
    expect(both('13', [{ code: 'PBX-Port7', count: 10 }]).summary.tone).to.equal('order');
  });

  it('an Operator license below the Operator software (OP-2) is amber, and said to be outside the order', () => {
    const lots = [{ code: 'PBX-Port13', count: 10 }, { code: 'PBX-Operator10', count: 2 }];
    const result = checkVersions({ pbxVersion: '13', operatorVersion: '13', licenses: lots, today });
    const summary = upgradeSummary(result, planUpgrade({ target: '13', licenses: lots, today }));
    expect(summary.tone).to.equal('order');
    expect(said('en', summary)).to.contain('2 licenses do not run the Operator or Queue Monitor software version given');
  });

  it('a lot its SSA upgrades is said to be upgraded, never "remove or upgrade" (SSA-1), in five languages', () => {
    const { result } = both('13', ssaLots);
    expect(result.blocking.map((b) => b.reason.key)).to.deep.equal(['blocking.versionSsa', 'blocking.version', 'blocking.version']);
    const b = result.blocking[0]!;
    expect(formatMessage('en', b.reason.key, b.reason.params)).to.equal('These 430 V10 PBX-Port10 licenses are upgraded to V13 free of charge under the SSA.');
    for (const lang of ['en', 'de', 'it', 'nl', 'fr']) expect(formatMessage(lang, b.reason.key, b.reason.params), lang).to.not.match(/remove|entfernen|rimuovi|verwijder|retirez/i);
  });

  it('each fact once: the rows say the version blockings and the SSA notices; the rest stays beside the plan', () => {
    const { result, plan } = both('13', ssaLots);
    expect(planShowsLots(plan)).to.equal(true);
    expect(result.blocking.length).to.equal(3);
    expect(blockingBesidePlan(result, plan)).to.deep.equal([]);
    expect(noticesBesidePlan(result, plan).map((n) => n.key)).to.not.include('notice.ssaUpgrade');
    const old = both('9', [{ code: 'PBX-VoicemailUser12', count: 10 }]);
    expect(planShowsLots(old.plan)).to.equal(false);
    expect(blockingBesidePlan(old.result, old.plan).map((b) => b.reason.key)).to.deep.equal(['blocking.pbxTooOld']);
  });
});
