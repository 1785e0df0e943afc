import { css } from 'lit';

/**
 * The printed quote is a document: letterhead, customer, date and validity, what it was made
 * from, the lines with their reasons, notices, totals, footer. No controls; a line or a notice
 * never splits across pages; the totals print once, at the end (not repeated on each page), with
 * the last line; the footer stays with what precedes it, so a one-line footer never takes a page
 * of its own; a stale quote is marked "Draft: not valid" at the top and across every page (a
 * fixed box prints on each page). The layout is fluid, so A4 and Letter both fit.
 *
 * Nobody prints before the page has shown the quote: these rules come with the chunk loaded after
 * the first render (later.ts), and the calculator adopts them then.
 */
export const printStyles = css`
@media print {
  :host {
    /* Paper is white: the light colours, whatever the screen's scheme. */
    color-scheme: light;
    color: #000;
    background: #fff;
    font-size: 10pt;
  }
  .form,
  .actions,
  .stale,
  .file-ok,
  .help-toggle,
  details.more {
    display: none !important;
  }
  .layout {
    display: block;
  }
  .print-summary {
    display: block;
    break-inside: avoid;
  }
  .print-draft {
    display: block;
    border: 2pt solid;
    padding: 4pt 8pt;
    font-size: 14pt;
    font-weight: 700;
    text-align: center;
  }
  .print-draft::after {
    content: attr(data-mark);
    position: fixed;
    inset: 40% 0 auto;
    transform: rotate(-30deg);
    font-size: 44pt;
    color: #0002;
  }
  .table-scroll {
    overflow: visible;
  }
  tfoot {
    display: table-row-group;
    break-inside: avoid;
  }
  tbody tr:last-child {
    break-after: avoid;
  }
  slot[name='footer']::slotted(*) {
    break-before: avoid;
    break-inside: avoid;
  }
  .quote[data-stale] table {
    outline: none;
  }
  thead {
    display: table-header-group;
  }
  tr,
  .notice,
  .meta {
    break-inside: avoid;
    page-break-inside: avoid;
  }
}
@media not print {
  .print-draft {
    display: none;
  }
}
`;
