import { css } from 'lit';

/**
 * Theme tokens shared by the three elements. Every colour, the font, spacing and radius come from
 * `--pbx-*` custom properties, so a host page themes all elements at once.
 */
export const baseStyles = css`
  :host {
    --_bg: var(--pbx-color-background, #ffffff);
    --_fg: var(--pbx-color-text, #1d2430);
    --_muted: var(--pbx-color-muted, #5b6475);
    --_border: var(--pbx-color-border, #c9cfd8);
    --_accent: var(--pbx-color-accent, #0b5cad);
    --_accent-fg: var(--pbx-color-accent-text, #ffffff);
    --_error: var(--pbx-color-error, #b3261e);
    --_warning: var(--pbx-color-warning, #8a5300);
    --_info: var(--pbx-color-info, #0b5cad);
    --_highlight: var(--pbx-color-highlight, #fdecea);
    --_space: var(--pbx-spacing, 0.5rem);
    --_radius: var(--pbx-radius, 6px);
    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--pbx-font-family, system-ui, sans-serif);
    font-size: var(--pbx-font-size, 0.95rem);
    line-height: 1.4;
    text-align: start;
    /* The layout follows the element's own width (a sidebar, a phone), not the viewport's. */
    container-type: inline-size;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  /* The fieldset that disables every field at once (disabled, or in a disabled fieldset): no box of its own. */
  fieldset.lock {
    display: contents;
  }
  :host(:disabled) {
    opacity: 0.65;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--pbx-color-focus, #1a73e8);
    outline-offset: 2px;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    min-width: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    outline-color: var(--_error);
  }
  button {
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-fg);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
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
    /* An amount is one word: "− 101,37 €" never breaks. */
    white-space: nowrap;
  }
  .error-text {
    color: var(--_error);
    font-size: 0.85em;
    margin: 0.15rem 0 0;
  }
  .rules {
    color: var(--_muted);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .notice {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_info);
    list-style: none;
  }
  .notice.error {
    border-color: var(--_error);
  }
  .notice.warning {
    border-color: var(--_warning);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--_field-width, 9rem), 1fr));
    gap: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
  }
  /* A license code is one word: it never breaks at its hyphen (PBX-Port12%500). */
  code.code,
  .nowrap {
    white-space: nowrap;
  }
  /*
   * Narrow containers (a phone, a sidebar): a table becomes one block per row, each cell under
   * its column's name (data-label), so nothing makes the page scroll sideways.
   */
  @container (max-width: 34rem) {
    table.stack,
    table.stack tbody,
    table.stack tfoot,
    table.stack tr,
    table.stack td {
      display: block;
      width: 100%;
    }
    table.stack thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0, 0, 0, 0);
    }
    table.stack tr {
      border-bottom: 1px solid var(--_border);
      padding: calc(var(--_space) / 2) 0;
    }
    table.stack td {
      border: 0;
      padding: 0.1rem var(--_space);
      overflow-wrap: anywhere;
    }
    table.stack td.num {
      text-align: start;
    }
    table.stack td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
      font-size: 0.85em;
    }
  }
  /* The file input stays focusable and in the tab order; its label is the visible button. */
  input.file {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
    overflow: hidden;
  }
  label.button {
    display: inline-block;
    border: 1px solid var(--_accent);
    color: var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    cursor: pointer;
  }
  input.file:focus-visible + label.button {
    outline: 3px solid var(--pbx-color-focus, #1a73e8);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
`;
