import { css } from 'lit';

/** Height of one license key row, and how many the scrolling window shows. */
export const KEY_ROW_HEIGHT = 32;
export const KEY_VIEW_ROWS = 10;

export const balanceStyles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
    margin-bottom: var(--_space);
  }
  /* The filter takes the bar's width up to its CSV button. */
  .bar > div {
    flex: 1 1 16rem;
  }
  #filter,
  #project {
    width: 100%;
  }
  tr.over td {
    background: var(--_highlight);
  }
  th button {
    background: none;
    border: 0;
    color: inherit;
    font-weight: 700;
    padding: 0;
  }
  .expand {
    background: none;
    color: var(--_accent);
    border: 0;
    padding: 0;
    text-align: start;
  }
  .keys {
    max-width: 100%;
    height: ${KEY_VIEW_ROWS * KEY_ROW_HEIGHT}px;
    /* Narrower than its columns (a phone): the list scrolls sideways in its box, never clipped. */
    overflow: auto;
    /* Its columns never widen the table around it. */
    contain: inline-size;
    position: relative;
    border: 1px solid var(--_border);
  }
  .keys .row {
    position: absolute;
    inset-inline: 0;
    height: ${KEY_ROW_HEIGHT}px;
    display: grid;
    /* The SSA column holds "SSA jusqu'au 19 févr. 2027"; the texts share what is left. */
    grid-template-columns: 11rem repeat(3, minmax(8rem, 1fr)) 5rem 6rem 13rem;
    gap: var(--_space);
    align-items: center;
    padding: 0 var(--_space);
    white-space: nowrap;
    overflow: hidden;
  }
  .ssa-endingSoon {
    color: var(--_warning);
    font-weight: 600;
  }
  .ssa-expired {
    color: var(--_error);
  }
  .flag {
    display: inline-block;
    font-size: 0.8em;
    margin-inline-start: 0.4em;
  }
  .keys .row span {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .keys-head {
    position: sticky;
    top: 0;
    z-index: 1;
    height: ${KEY_ROW_HEIGHT}px;
    background: var(--_bg);
    border-bottom: 1px solid var(--_border);
  }
  .keys .row.head {
    position: static;
    font-weight: 600;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .keys-body {
    position: relative;
  }
  .keys > * {
    min-width: 64rem;
  }
  .stale {
    color: var(--_warning);
    font-weight: 600;
  }
  .explain {
    font-size: 0.85em;
    color: var(--_muted);
    margin: 0 0 calc(var(--_space) / 2);
  }
`;
