import { css } from 'lit';

/**
 * What shows only when asked for, never on the first render: a field's help text and a rule ID's
 * summary (both texts load after the first render too). These rules come with the chunk loaded
 * right after it (later.ts), and the calculator adopts them then.
 */
export const onRequestStyles = css`
  /* The customer view's word on an incomplete total. */
  .incomplete-note {
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* The reseller's other items: one row each, apart from the next; the name gets two columns,
     the remove button sits at the foot of the row, a square, not a tall box beside the fields. */
  .extra {
    margin-bottom: var(--_space);
  }
  /* (1 / -1, not span 2: a one-column grid on a phone would grow a second column off the screen.) */
  .extra > .field:nth-of-type(3) {
    grid-column: 1 / -1;
  }
  .extra > button {
    align-self: end;
    justify-self: start;
    min-width: 2.25em;
  }
  /* The total bar: at the foot of the screen while the form is on it, where the quote is under the form. */
  .total-bar {
    position: sticky;
    bottom: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-top: var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 -2px 6px rgb(0 0 0 / 0.15);
  }
  .total-bar .amount {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .total-bar[data-stale] .amount {
    opacity: 0.6;
  }
  @container (width > 64rem) {
    .total-bar {
      display: none;
    }
  }
  /* A help text is a row of its own under its field's row (the grid packs dense). */
  .help {
    grid-column: 1 / -1;
  }
  .help {
    font-size: 0.8em;
    color: var(--_fg);
    background: color-mix(in srgb, var(--_info) 8%, var(--_bg));
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2);
    margin: 0.15rem 0 0;
  }
  .rule-summary {
    display: block;
    font-size: 0.85em;
    margin-top: 0.2rem;
    padding: calc(var(--_space) / 2);
    border-inline-start: 3px solid var(--_info);
    background: color-mix(in srgb, var(--_info) 6%, var(--_bg));
  }
`;
