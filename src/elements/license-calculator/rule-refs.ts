import { html, nothing } from 'lit';

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

export function ruleUrl(template: string, id: string): string | null {
  const href = template.split('{id}').join(encodeURIComponent(id));
  try {
    const url = new URL(href, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
