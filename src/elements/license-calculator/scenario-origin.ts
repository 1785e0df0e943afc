import type { ReactiveController, ReactiveElement } from 'lit';
import type { PriceListInput, ScenarioInput } from '../../core/scenario-schemas.js';
import { decodeScenarioFromUrl, readScenarioJson } from '../../core/scenario-io.js';
import type { LocaleController } from '../shared/locale-controller.js';
import type { UrlSyncController } from '../shared/url-sync-controller.js';
import { topAttributes, type Markup } from './draft.js';

/** What the controller needs of the calculator: its scenario and its top attributes. */
type OriginHost = ReactiveElement & { scenario: ScenarioInput | undefined } & Parameters<typeof topAttributes>[0];

/**
 * Where the calculator's scenario came from, and what that decides. The host page's (the
 * `scenario` property) says what the date is and brings prices; a link's, an imported file's or a
 * restored form's (their prices already dropped by the core) keeps the date when it brings none.
 * A link or a restore before the first render wins over the markup's attributes. The markup's
 * state, taken on connection before a link or a restore can change it, is what Reset returns to.
 */
export class ScenarioOriginController implements ReactiveController {
  /** The form as the page first set it: what Reset returns to. */
  markup: Markup | null = null;
  /** `prices` of a scenario the host set (used when the `prices` property is not set). */
  prices: PriceListInput | undefined;
  /** `today` of the last scenario set that had one (the host's, or an import's, link's or restore's). */
  today: string | undefined;
  /** The scenario now being applied came from a link or a file, not from the host. */
  private outside = false;
  /** A link's (or a restored form's) scenario was applied before the first render (set and read only then). */
  private onLoad = false;

  constructor(
    private readonly host: OriginHost,
    private readonly l: LocaleController,
    private readonly url: UrlSyncController,
    /** Says the outcome of reading the link (null: nothing to say). */
    private readonly said: (message: { ok: boolean; text: string } | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Taken before a link or a form state restore (both come after connection) can change it.
    this.markup ??= { scenario: this.host.scenario, ...topAttributes(this.host, () => true) };
    const param = this.url.read();
    if (param === null) return;
    const r = decodeScenarioFromUrl(param);
    if (!r.ok) return this.said({ ok: false, text: this.l.t('ui.url.failed', { reason: this.l.issueWithPath(r.issues[0]!) }) });
    this.said(r.pricesIgnored ? { ok: true, text: this.l.t('ui.pricesIgnored.url') } : null);
    this.apply(r.value, true);
  }

  /** A scenario from a link, a file or a restore (its prices already dropped by the core). */
  apply(s: ScenarioInput, link?: boolean): void {
    if (link && !this.host.hasUpdated) this.onLoad = true;
    this.outside = true;
    this.host.scenario = s;
  }

  /** Back/forward or autofill: the scenario as the form held it, read like an imported file (no prices). */
  restore(state: string): void {
    const read = readScenarioJson(state);
    if (read.ok) this.apply(read.value, true);
  }

  /** The scenario was set (by the host, or by `apply`): its date, prices and the markup follow. */
  taken(scenario: ScenarioInput | null): void {
    const today = scenario?.today;
    // The host's scenario says what the date is (or that there is none); a file or a link without one keeps it.
    if (!this.outside || today) this.today = today;
    if (!this.outside) {
      this.prices = (scenario as { prices?: PriceListInput } | null)?.prices;
      // Set by the page right after connecting, before the first render: still the markup's state.
      if (!this.host.hasUpdated && this.markup) this.markup.scenario = scenario;
    }
    this.outside = false;
  }

  /** The markup's attributes apply, unless a link or a restore on load wins over them (later changes apply). */
  get attributesApply(): boolean {
    return !(this.onLoad && !this.host.hasUpdated);
  }
}
