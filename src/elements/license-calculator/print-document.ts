import { css } from 'lit';
import { resolveLocale } from '../../i18n/index.js';

/**
 * Printing the quote alone (issue 24), from the print button, `print()` or the browser's own
 * print (Ctrl+P): before the page prints, each calculator's quote is copied into one container
 * at the end of `<body>`, and a print-only rule hides every other child of `<body>`. The quote
 * lives in a shadow root somewhere inside the host page, so no stylesheet can hide the page
 * around it while keeping it; a copy at the top level can be. No iframe (`srcdoc` would need an
 * inline document under the page's CSP), no HTML strings (Trusted Types): the copy is
 * `cloneNode` of the rendered quote, in a shadow root that adopts the element's own constructed
 * stylesheets (screen and print), with the header and footer the page slotted in. After printing
 * the copy and the rule are removed. Part of the chunk loaded after the first render.
 */

/** The calculators on the page that Ctrl+P prints, each once its chunk is here. */
const hosts = new Set<WeakRef<HTMLElement>>();
/** `print()`: that calculator's quote only, for this print. */
let only: HTMLElement | null = null;
let box: HTMLElement | null = null;

/** Print only: `<body>` shows the copies, one after the other, each from a new page. */
const pageStyles = css`
  @media print {
    body > :not([data-pbx-print]) {
      display: none !important;
    }
    [data-pbx-print] > * + * {
      break-before: page;
    }
  }
  @media not print {
    [data-pbx-print] {
      display: none;
    }
  }
`;

/** Ctrl+P prints this calculator's quote (with those of the other calculators on the page). */
export function watchPrint(host: HTMLElement): void {
  if (!hosts.size) {
    addEventListener('beforeprint', beforePrint);
    addEventListener('afterprint', afterPrint);
  }
  hosts.add(new WeakRef(host));
}

/** The element's `print()`: this quote alone, then the browser's print dialog. */
export function printQuote(host: HTMLElement): void {
  watchPrint(host);
  only = host;
  // The browsers fire beforeprint within print(), whether or not it waits for the dialog.
  try {
    print();
  } finally {
    only = null;
  }
}

/** The quote of a calculator as printed: its document part, its letterhead and footer, its custom properties. */
function copyOf(host: HTMLElement): HTMLElement {
  const from = host.shadowRoot!;
  const copy = document.createElement('div');
  const root = copy.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = from.adoptedStyleSheets;
  root.append(from.querySelector('.quote')!.cloneNode(true));
  for (const child of host.children) if (child.slot === 'header' || child.slot === 'footer') copy.append(child.cloneNode(true));
  copy.lang = resolveLocale(host);
  // The page's --pbx-* settings on the element (its font, say) apply to the copy too (CSSOM, no style attribute text).
  const style = getComputedStyle(host);
  for (const name of style) if (name.startsWith('--pbx-')) copy.style.setProperty(name, style.getPropertyValue(name));
  return copy;
}

function beforePrint(): void {
  afterPrint();
  const shown = only ? [only] : [...hosts].flatMap((ref) => {
    const host = ref.deref();
    if (!host?.isConnected) hosts.delete(ref);
    return host?.isConnected && host.shadowRoot?.querySelector('.quote') ? [host] : [];
  });
  if (!shown.length) return;
  box = document.createElement('div');
  box.dataset['pbxPrint'] = '';
  box.append(...shown.map(copyOf));
  document.body.append(box);
  const sheet = pageStyles.styleSheet!;
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** After printing: the page as it was. */
function afterPrint(): void {
  box?.remove();
  box = null;
  const sheet = pageStyles.styleSheet;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}
