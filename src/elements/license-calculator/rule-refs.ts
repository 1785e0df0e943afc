import { html, nothing, type ReactiveControllerHost } from 'lit';
import { lazyModule } from '../shared/lazy-module.js';

/** How the rule IDs of the quote's reasons are shown. */
export interface RuleRefs {
  /** `rule-href`: a template with `{id}`; rule IDs become links to it. */
  readonly hrefTemplate: string;
  /** The rule whose summary is open (`line:id`), if any. */
  readonly open: string | null;
  /** A rule's one-sentence summary in the user's language; null while the summaries load. */
  readonly summary: (id: string) => string | null | undefined;
  readonly toggle: (key: string) => void;
}

/**
 * The rule IDs of one reason. With a `rule-href` template each is a link to the reseller's rule
 * reference (a template that does not make an http(s) or a relative URL is ignored: a
 * `javascript:` link must never come from a template). Without one, each is a button that shows
 * the rule's one-sentence summary beside it (a disclosure: keyboard and screen readers get it).
 */
export function renderRuleRefs(line: string, ruleIds: readonly string[], refs: RuleRefs) {
  const links = refs.hrefTemplate ? ruleIds.map((id) => [id, ruleUrl(refs.hrefTemplate, id)] as const) : null;
  if (links && links.every(([, url]) => url !== null)) {
    return html`<span class="rules">(${links.map(([id, url], i) => html`${i ? ', ' : ''}<a href=${url!} part="rule-link">${id}</a>`)})</span>`;
  }
  const openId = refs.open?.startsWith(`${line}:`) ? refs.open.slice(line.length + 1) : null;
  const summary = openId === null ? undefined : refs.summary(openId);
  // No white space inside the buttons: the reason reads "(PORT-1, PORT-3)" as text too.
  const button = (id: string) =>
    html`<button type="button" class="rule" part="rule" aria-expanded=${openId === id ? 'true' : 'false'} aria-controls="rule-${line}" @click=${() => refs.toggle(`${line}:${id}`)}>${id}</button>`;
  const summaryBox =
    openId === null
      ? nothing
      : html`<span class="rule-summary" part="rule-summary" id="rule-${line}" role="note">${summary === null ? '…' : `${openId}: ${summary ?? ''}`}</span>`;
  return html`<span class="rules">(${ruleIds.map((id, i) => html`${i ? ', ' : ''}${button(id)}`)})</span>${summaryBox}`;
}

/** The rule summaries (src/i18n/rules), loaded on first use: a chunk of their own. */
const ruleTable = lazyModule(() => import('../../i18n/rules/index.js'));

/**
 * The summaries for one element: loads them when one is first asked for, then renders it again;
 * and which one is open.
 */
export class RuleSummaries {
  private asked = false;
  /** The rule whose summary is shown (`line:id`). */
  private open: string | null = null;
  /** The chunk could not be loaded (offline or blocked): the rule IDs stay, without their sentences. */
  private failed = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** How the rule IDs show: links to `hrefTemplate` (`rule-href`), else buttons with the summaries in `lang`. */
  refs(hrefTemplate: string, lang: string): RuleRefs {
    return {
      hrefTemplate,
      open: this.open,
      summary: (id) => this.summary(lang, id),
      toggle: (key) => {
        this.open = this.open === key ? null : key;
        this.host.requestUpdate();
      },
    };
  }

  /** The summary in the language; null while loading (and loads them), '' when there is none. */
  summary(lang: string, id: string): string | null {
    const table = ruleTable.loaded;
    if (table) return table.ruleSummary(lang, id) ?? '';
    if (this.failed) return '';
    if (!this.asked) {
      this.asked = true;
      void ruleTable.load().then((loaded) => {
        this.failed = loaded === null;
        this.host.requestUpdate();
      });
    }
    return null;
  }
}

export function ruleUrl(template: string, id: string): string | null {
  const href = template.split('{id}').join(encodeURIComponent(id));
  try {
    // On a server there is no page to resolve against: a relative link stays relative.
    const url = new URL(href, typeof document === 'undefined' ? 'https://server.invalid/' : document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return typeof document === 'undefined' && url.origin === 'https://server.invalid' ? href : url.href;
  } catch {
    return null;
  }
}
