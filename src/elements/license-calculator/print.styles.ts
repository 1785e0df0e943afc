import { css } from 'lit';

/**
 * The printed quote is a document: letterhead, customer, date and validity, what it was made
 * from, the lines with their reasons, notices, totals, footer. No controls; a line or a notice
 * never splits across pages; the layout is fluid, so A4 and Letter both fit.
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
`;
