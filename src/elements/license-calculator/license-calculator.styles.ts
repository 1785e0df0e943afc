import { css } from 'lit';

export const calculatorStyles = css`
  .layout {
    display: grid;
    /* The quote gets the room: a priced quote with discounts has seven columns. */
    grid-template-columns: minmax(18rem, 1fr) minmax(20rem, 2fr);
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  /* Beside the form from the width of a typical content column (64rem, 1024 px); a priced quote
     with discounts (seven columns) narrower than its column scrolls in its own box. */
  @container (max-width: 64rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .layout > * {
    min-width: 0;
  }
  /* A long customer, PBX or project name (one German compound, an e-mail address) wraps rather
     than widen the element: fieldsets are min-content wide by default. */
  .reason,
  legend,
  dd {
    overflow-wrap: anywhere;
  }
  /*
   * Narrow elements (a phone) stack the quote table (the container query of the base styles);
   * beside the form, a table wider than its column scrolls in its own box, never the page.
   */
  .quote {
    min-width: 0;
  }
  /* The last resort for a table wider than its column: it scrolls in its own box, never the page. */
  .table-scroll {
    overflow-x: auto;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 600;
  }
  .field label {
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* A label beside its "?": a long word breaks rather than run under the "?" or into the next column. */
  .label-row {
    display: flex;
    align-items: end;
    justify-content: space-between;
    gap: 0.25rem;
  }
  /* The fields after a row of its own (a wide select, a help text) fill the row before it. */
  .grid {
    grid-auto-flow: dense;
  }
  .wide {
    grid-column: 1 / -1;
  }
  /* A long word breaks at a hyphen of the language where it must (Garantieverlängerung). */
  .label-row label {
    min-width: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .help-toggle {
    flex: none;
    min-width: 24px;
    padding: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_accent);
    border: 1px solid var(--_border);
    font-size: 0.8em;
    line-height: 1;
  }
  button.rule {
    background: none;
    border: 0;
    padding: 0;
    min-width: 24px;
    min-height: 24px;
    color: var(--_accent);
    text-decoration: underline dotted;
    font: inherit;
  }
  details.more {
    margin: var(--_space) 0;
  }
  details.more > summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }
  .presets {
    align-items: center;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .features {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    border: 0;
    padding: 0;
    margin: var(--_space) 0 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: var(--_space) 0;
  }
  /* Not dimmed: a faded table would fail contrast; the outline and the alert say it is stale. */
  .quote[data-stale] table {
    outline: 2px dashed var(--_warning);
    outline-offset: 2px;
  }
  .stale {
    color: var(--_warning);
    font-weight: 600;
  }
  tfoot td {
    font-weight: 700;
    border-bottom: 0;
  }
  .reason {
    color: var(--_fg);
  }
  .notices {
    padding: 0;
  }
  h2,
  h3 {
    font-size: 1.05em;
    margin: 0 0 var(--_space);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0 0 var(--_space);
  }
  .meta dt {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .meta dd {
    margin: 0;
    font-weight: 600;
  }
  /* What the quote was made from: for the printed document only. */
  .print-summary {
    display: none;
  }
  tfoot tr.total-gross td,
  tfoot tr.total-total td {
    border-top: 2px solid var(--_fg);
  }
  .uc-choices {
    margin: var(--_space) 0;
  }
  .uc-choices caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: calc(var(--_space) / 2);
  }
`;
