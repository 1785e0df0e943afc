import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../src/define.js';
import * as balanceStories from '../stories/balance-table.stories.js';
import * as calculatorStories from '../stories/license-calculator.stories.js';
import * as versionStories from '../stories/version-check.stories.js';

type StoryModule = Record<string, unknown> & { default: { title: string; render?: unknown; args?: Record<string, unknown> } };

/** Every story of every element: rendered in Chromium, no console error, no axe violation. */
for (const mod of [calculatorStories, versionStories, balanceStories] as unknown as StoryModule[]) {
  describe(`stories: ${mod.default.title}`, () => {
    for (const [name, story] of Object.entries(mod)) {
      if (name === 'default') continue;
      it(`${name} renders without console errors and passes axe`, async () => {
        const errors: string[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
        const onError = (e: ErrorEvent) => errors.push(e.message);
        window.addEventListener('error', onError);
        const host = document.createElement('div');
        document.body.append(host);
        try {
          // A story renders from its args (the controls), merged over the file's defaults.
          const s = story as { render?: (args: Record<string, unknown>) => TemplateResult; args?: Record<string, unknown> };
          const meta = mod.default as { render?: (args: Record<string, unknown>) => TemplateResult; args?: Record<string, unknown> };
          render((s.render ?? meta.render)!({ ...(meta.args ?? {}), ...(s.args ?? {}) }), host);
          const elements = [...host.querySelectorAll('pbx-license-calculator, pbx-version-check, pbx-balance-table')] as (HTMLElement & { updateComplete: Promise<boolean> })[];
          expect(elements.length, 'elements in the story').to.be.greaterThan(0);
          for (const el of elements) await el.updateComplete;
          for (const el of elements) {
            expect(el.shadowRoot!.textContent!.trim().length, `${el.localName} is not blank`).to.be.greaterThan(0);
          }
          await expect(host).to.be.accessible();
          expect(errors).to.deep.equal([]);
        } finally {
          console.error = original;
          window.removeEventListener('error', onError);
          host.remove();
        }
      });
    }
  });
}

describe('stories: the language switch', () => {
  it('offers every language, Italian and French included, and renders a story in it', async () => {
    const { languageToolbar, withLanguage } = await import('../stories/languages.js');
    expect(languageToolbar.locale.toolbar.items.map((i) => i.value)).to.deep.equal(['en', 'de', 'it', 'nl', 'fr']);
    const story = (calculatorStories as unknown as Record<string, { render: () => TemplateResult }>)['MultiSite6000Users']!;
    for (const [locale, heading] of [['it', 'Offerta'], ['fr', 'Devis']] as const) {
      const host = document.createElement('div');
      document.body.append(host);
      try {
        render(withLanguage(() => story.render(), { globals: { locale } }), host);
        const el = host.querySelector('pbx-license-calculator') as HTMLElement & { updateComplete: Promise<boolean> };
        await el.updateComplete;
        expect(el.shadowRoot!.textContent).to.contain(heading);
      } finally {
        host.remove();
        // The switch sets the document's lang (no wrapper around the story): the page's again.
        document.documentElement.removeAttribute('lang');
      }
    }
  });
});
