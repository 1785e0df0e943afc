import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InputIssue } from '../../core/errors.js';
import type { ParamValue } from '../../core/notices.js';
import { CATALOGS, formatMessage, formatMoney, formatNumber, formatPercent, hasMessage, loadMessages, resolveLocale, toLang, type AnyKey, type MessageDomain } from '../../i18n/index.js';
import { formatDate } from '../../i18n/message-format.js';
import { describePath, type FieldLabels } from './field-names.js';

/** An issue an element shows: one of the core's, or the element's own (a chunk that could not be loaded). */
export type ShownIssue = Omit<InputIssue, 'key'> & { readonly key: AnyKey };

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
  /** Resolves once the messages shown on request are loaded too, and their render requested. */
  laterReady: Promise<void> = Promise.resolve();
  /** The languages whose messages shown on request are loaded (or fell back to English). */
  private readonly laterLoaded = new Set<string>();
  private observer: MutationObserver | null = null;
  /** Server HTML (a declarative shadow root) is there before the first render. */
  private hydrating: boolean;

  private readonly domains: MessageDomain[];

  private readonly later: readonly MessageDomain[];
  private readonly fieldLabels: FieldLabels;

  /**
   * `messages`: the message domains the host shows; their built-in English is available at once.
   * `later`: messages it shows only on request (help texts), loaded after the others and then
   * rendered; an element hydrating server HTML, which holds them already, waits for them too.
   * `fieldLabels`: its words for its input's fields, where they are not `ui.<field>`.
   */
  constructor(
    /** The element whose messages these are (views loaded on first use keep their state with it). */
    readonly host: ReactiveControllerHost & HTMLElement,
    { messages, later = [], fieldLabels = {} }: { messages: readonly MessageDomain[]; later?: readonly MessageDomain[]; fieldLabels?: FieldLabels },
  ) {
    this.domains = [...messages];
    this.later = later;
    this.fieldLabels = fieldLabels;
    this.hydrating = host.shadowRoot !== null;
    host.addController(this);
    // A server renders without connecting: the element's own `lang` is loaded by the server.
    void loadMessages('en', this.domains);
  }

  /**
   * Adds messages a feature shows once it is used (the version check's plans): loads them in the
   * current language, and in every language the element switches to later.
   */
  use(domain: MessageDomain): Promise<void> {
    if (!this.domains.includes(domain)) this.domains.push(domain);
    return loadMessages(toLang(this.locale), [domain]);
  }

  /** True once a message is loaded (in the host's language or English). */
  has(key: AnyKey): boolean {
    return hasMessage(this.locale, key);
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
    const lang = toLang(next);
    const hydrating = this.hydrating;
    this.hydrating = false;
    const now = loadMessages(lang, this.domains);
    const later = now.then(() => loadMessages(lang, this.later)).then(() => void this.laterLoaded.add(lang));
    this.ready = hydrating ? later : now;
    this.laterReady = this.later.length && !hydrating ? later.then(() => this.host.requestUpdate()) : later;
    if (next !== before) this.host.requestUpdate();
  }

  /**
   * A message in the host's language; `currency` formats the `…Price` parameters as money. One
   * shown after the first render (an input error, a help text) is '…' until its language is
   * here, never another language meanwhile; one that could not be loaded says so.
   */
  t(key: AnyKey, params?: Readonly<Record<string, ParamValue>>, currency?: string): string {
    const lang = this.resolved === null ? null : toLang(this.resolved);
    if (lang && !CATALOGS[lang][key]) {
      if (!this.laterLoaded.has(lang)) return '…';
      if (!this.has(key)) key = 'ui.notLoaded';
    }
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

  issue(issue: ShownIssue): string {
    return this.t(issue.key, issue.params);
  }

  /**
   * An issue with no field of its own to sit at: "field: message", the field named in the user's
   * language ("PBX 1 Name"); the message alone at the root.
   */
  issueWithPath(issue: ShownIssue): string {
    const where = describePath(issue.path, this.fieldLabels, (key) => this.t(key), (key) => this.has(key));
    return `${issue.path.length ? `${where}: ` : ''}${this.issue(issue)}`;
  }
}
