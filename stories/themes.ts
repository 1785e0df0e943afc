/** The theme switch in Storybook's toolbar: the elements' built-in light and dark colours. */
export const themeToolbar = {
  theme: {
    description: 'Light or dark: the page sets --pbx-color-scheme (without it the elements follow prefers-color-scheme)',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      dynamicTitle: true,
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
      ],
    },
  },
};

/** Sets the chosen scheme on the page: the elements follow it (as they follow a dark OS theme). */
export const withTheme = <T>(story: () => T, context: { globals: Record<string, unknown> }): T => {
  const dark = context.globals['theme'] === 'dark';
  const page = document.documentElement.style;
  page.setProperty('--pbx-color-scheme', dark ? 'dark' : 'light');
  page.colorScheme = dark ? 'dark' : 'light';
  document.body.style.background = dark ? '#111' : '';
  document.body.style.color = dark ? '#eee' : '';
  return story();
};

/** A host's own brand colours, set through the --pbx-* custom properties (over either scheme). */
export const brand = ['--pbx-color-accent: #7a1fa2', '--pbx-color-accent-text: #fff', '--pbx-radius: 2px', '--pbx-font-family: Georgia, serif'].join(';');
