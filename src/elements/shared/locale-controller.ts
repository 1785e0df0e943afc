import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InputIssue } from '../../core/errors.js';
import type { ParamValue } from '../../core/notices.js';
import { formatMessage, formatMoney, formatNumber, formatPercent, loadLanguage, resolveLocale, toLang, type AnyKey } from '../../i18n/index.js';
import { formatDate } from '../../i18n/message-format.js';
import { describePath } from './field-names.js';

/**
 * Resolves an element's locale (own `lang`, closest ancestor's, the document's, en) and re-renders
 * the host when any `lang` in the document changes: a portal's language switch may set it on a
 * wrapper rather than on <html>, or inside its own shell component's shadow root, which is
 * watched too. One controller for all elements.
 */
export class LocaleController implements ReactiveController {
  /** The locale resolved on connection; null before (server rendering never connects). */
  private resolved: string | null = null;
  /**
   * Resolves once the messages of `locale` are loaded. The elements wait for it before they
   * render (scheduleUpdate), so a page in German never shows English first.
   */
  ready: Promise<void> = Promise.resolve();
  private observer: MutationObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    const watch = { attributes: true, attributeFilter: ['lang'], subtree: true };
    this.observer.observe(document.documentElement, watch);
    // The shadow roots the element sits in: a document-wide observer does not see into them.
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) this.observer.observe(root, watch);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /**
   * The element's locale. Rendered on a server (never connected), it is the element's own `lang`
   * attribute, else en: a server page sets `lang` on the element whose language it renders.
   */
  get locale(): string {
    return this.resolved ?? (this.host.getAttribute('lang') || 'en');
  }

  private refresh(): void {
    const next = resolveLocale(this.host);
    if (next === this.resolved) return;
    const before = this.locale;
    this.resolved = next;
    this.ready = loadLanguage(toLang(next));
    if (next !== before) this.host.requestUpdate();
  }

  /** A message in the host's language; `currency` formats the `…Price` parameters as money. */
  t(key: AnyKey, params?: Readonly<Record<string, ParamValue>>, currency?: string): string {
    return formatMessage(this.locale, key, params, currency);
  }

  number(n: number): string {
    return formatNumber(this.locale, n);
  }

  money(amount: number, currency: string): string {
    return formatMoney(this.locale, amount, currency);
  }

  /** An ISO calendar date as the locale writes it. */
  date(iso: string): string {
    return formatDate(this.locale, iso);
  }

  /** A percentage given in percent (12.5 -> "12.5 %" in the locale's way). */
  percent(value: number): string {
    return formatPercent(this.locale, value);
  }

  issue(issue: InputIssue): string {
    return formatMessage(this.locale, issue.key, issue.params);
  }

  /**
   * An issue with no field of its own to sit at: "field: message", the field named in the user's
   * language ("PBX 1 Name"); the message alone at the root.
   */
  issueWithPath(issue: InputIssue): string {
    return `${issue.path.length ? `${describePath(issue.path, (key) => this.t(key))}: ` : ''}${this.issue(issue)}`;
  }
}
