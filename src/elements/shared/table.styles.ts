import { css } from 'lit';

/**
 * The tables' styles (quote, balance, upgrade plan), apart from the base styles: the version
 * check shows tables only with its plans, and adopts these with their chunk (installed-base.ts).
 */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: calc(var(--_space) / 2) var(--_space);
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* An amount is one word: "− 101,37 €" never breaks (its heading may: "Prezzo unitario"). */
  td.num {
    white-space: nowrap;
  }
  /*
   * Narrow containers (a phone, a sidebar): a table becomes one block per row, each cell under
   * its column's name (data-label), so nothing makes the page scroll sideways.
   */
  @container (max-width: 34rem) {
    .stack,
    .stack :is(tbody, tfoot, tr, td) {
      display: block;
      width: 100%;
    }
    .stack thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0, 0, 0, 0);
    }
    .stack tr {
      border-bottom: 1px solid var(--_border);
      padding: calc(var(--_space) / 2) 0;
    }
    .stack td {
      border: 0;
      padding: 0.1rem var(--_space);
      overflow-wrap: anywhere;
    }
    /* An amount at the end of its line, its column's name at the start: amounts line up. */
    .stack td.num,
    .stack tfoot tr {
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
    }
    /* A total's row has its label in a cell of its own: not said twice. */
    .stack tfoot td {
      width: auto;
    }
    .stack tfoot td[data-label]::before {
      content: none;
    }
    /* A cell with nothing in it (a position without an article number) is no line of its card. */
    .stack td:empty {
      display: none;
    }
    .stack td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
      font-size: 0.85em;
    }
  }
`;
