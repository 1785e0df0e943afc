import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Quote } from '../../core/calculator.js';
import { safeText } from '../shared/safe-text.js';

/** What the calculator named by `for` says: a new quote, or input it cannot quote. */
const LINK_EVENTS = ['pbx-change', 'pbx-invalid'] as const;

/** The balance table as the link sees it: the id it follows, and where the quote goes. */
type LinkHost = ReactiveControllerHost & HTMLElement & { for: string; required: Pick<Quote, 'lines'> | undefined };

/**
 * The balance table's link to a `<pbx-license-calculator>` (`for`): its quote is the table's
 * `required`. The link is resolved lazily: a calculator added, replaced or re-rendered later (as
 * frameworks do) is followed, since the table listens for `pbx-change` at its root.
 */
export class CalculatorLink implements ReactiveController {
  /** The root (document or shadow root) whose `pbx-change` events the table listens to. */
  private listeningOn: Document | ShadowRoot | null = null;
  /** The `for` whose calculator `required` came from (not from the page): it goes with that link. */
  private linked: string | null = null;
  /** The linked calculator's input is invalid: To order follows its last valid quote, and says so. */
  stale = false;

  constructor(private readonly host: LinkHost) {
    host.addController(this);
  }

  private readonly onChange = (e: Event) => {
    const id = safeText(this.host.for);
    if (!id || !(e.target instanceof Element) || e.target.id !== id) return;
    this.stale = e.type === 'pbx-invalid';
    this.host.requestUpdate();
    if (!this.stale) this.take((e as CustomEvent<{ quote?: Quote }>).detail?.quote);
  };

  private take(quote: Quote | null | undefined): void {
    if (!quote) return;
    this.host.required = quote;
    this.linked = safeText(this.host.for);
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    for (const type of LINK_EVENTS) this.listeningOn?.removeEventListener(type, this.onChange);
    this.listeningOn = null;
  }

  /** One listener at the root; the calculator's current quote is taken at once when it exists. */
  listen(): void {
    const host = this.host;
    const root = host.isConnected ? (host.getRootNode() as Document | ShadowRoot) : null;
    if (root !== this.listeningOn) {
      for (const type of LINK_EVENTS) {
        this.listeningOn?.removeEventListener(type, this.onChange);
        root?.addEventListener(type, this.onChange);
      }
      this.listeningOn = root;
    }
    const id = safeText(host.for);
    // A link removed or pointed elsewhere takes the old calculator's quote with it.
    if (this.linked !== null && this.linked !== id) {
      this.linked = null;
      this.stale = false;
      host.required = undefined;
    }
    if (!id || !root) return;
    const calculator = root.getElementById?.(id) as (Element & { quote?: Quote | null }) | null;
    this.take(calculator?.quote);
    this.stale = !!calculator?.matches(':invalid');
    host.requestUpdate();
  }
}
