import { css } from 'lit';

/**
 * What shows only when asked for, never on the first render: a field's help text and a rule ID's
 * summary (both texts load after the first render too). These rules come with the chunk loaded
 * right after it (later.ts), and the calculator adopts them then.
 */
export const onRequestStyles = css`
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
