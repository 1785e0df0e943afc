import { css } from 'lit';

/**
 * Theme tokens shared by the three elements. Every colour, the font, spacing and radius come from
 * `--pbx-*` custom properties, so a host page themes all elements at once. Each colour's default
 * is a `light-dark()` pair: the elements follow `prefers-color-scheme` (checkboxes, selects and
 * scrollbars too, through `color-scheme`) unless the page sets `--pbx-color-scheme: light` or
 * `dark` (or `color-scheme` on the element itself).
 */
export const baseStyles = css`
  :host {
    color-scheme: var(--pbx-color-scheme, light dark);
    --_bg: var(--pbx-color-background, light-dark(#fff, #222));
    --_fg: var(--pbx-color-text, light-dark(#1d2430, #eee));
    --_muted: var(--pbx-color-muted, color-mix(in srgb, var(--_fg) 72%, var(--_bg)));
    --_border: var(--pbx-color-border, color-mix(in srgb, var(--_fg) 40%, var(--_bg)));
    --_accent: var(--pbx-color-accent, light-dark(#0b5cad, #6af));
    --_accent-fg: var(--pbx-color-accent-text, light-dark(#fff, #000));
    --_error: var(--pbx-color-error, light-dark(#b3261e, #f77));
    --_warning: var(--pbx-color-warning, light-dark(#8a5300, #eb4));
    --_info: var(--pbx-color-info, var(--_accent));
    --_highlight: var(--pbx-color-highlight, color-mix(in srgb, var(--_error) 12%, var(--_bg)));
    --_focus: var(--pbx-color-focus, var(--_accent));
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
  /* border-box, not inherit: a details' content slot (the flat tree) would pass content-box on. */
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  :focus-visible,
  input.file:focus-visible + label.button {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* One family: every field and button has the same height, and a target of at least 24 by 24 px. */
  input,
  select,
  textarea,
  button,
  label.button {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    min-width: 0;
    min-height: 2.25em;
  }
  /* WebKit draws a select taller than its min-height: held to the family's height. */
  select {
    height: 2.25em;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    outline-color: var(--_error);
  }
  button,
  label.button {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-fg);
    cursor: pointer;
  }
  button.secondary,
  label.button {
    background: transparent;
    color: var(--_accent);
  }
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    min-height: 0;
    margin: 0;
    accent-color: var(--_accent);
  }
  summary {
    min-height: 24px;
  }
  :disabled,
  :disabled + label.button {
    opacity: 0.5;
    cursor: not-allowed;
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
  /* Callouts with a coloured edge, not bullets: no list indent (a sixth of a phone's width). */
  .notices {
    padding: 0;
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
  /* A field's content at the bottom of its grid cell: the controls of a row stay in line when a label beside them wraps. */
  .field {
    display: flex;
    flex-direction: column;
    justify-content: end;
    gap: 0.15rem;
  }
  /* A license code is one word: it never breaks at its hyphen (PBX-Port12%500). */
  code.code,
  .nowrap {
    white-space: nowrap;
  }
  label.button {
    display: inline-flex;
    align-items: center;
  }
  /* The file input stays focusable and in the tab order; its label is the visible button. */
  input.file,
  .sr-only,
  .skip:not(:focus) {
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
