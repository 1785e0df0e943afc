/** A dark theme, set entirely through the elements' --pbx-* custom properties. */
export const dark = [
  '--pbx-color-background: #161b22',
  '--pbx-color-text: #e6edf3',
  '--pbx-color-muted: #9da7b3',
  '--pbx-color-border: #3d444d',
  '--pbx-color-accent: #58a6ff',
  '--pbx-color-accent-text: #0d1117',
  '--pbx-color-error: #ff7b72',
  '--pbx-color-warning: #e3b341',
  '--pbx-color-info: #79c0ff',
  '--pbx-color-highlight: #3d1d1d',
  'padding: 1rem',
].join(';');
