// The built documentation site (storybook-static/, after `storybook build`) is docs for partners:
// no onboarding checklist ("Get started 21 %") in its sidebar or menu.
import { readFileSync } from 'node:fs';

const page = readFileSync('storybook-static/index.html', 'utf8');
const problems = ['sidebarOnboardingChecklist', 'menuOnboardingChecklist'].filter((flag) => !new RegExp(`"${flag}"\\s*:\\s*false`).test(page));
if (problems.length) {
  console.error(`storybook-static: the onboarding is still on (${problems.join(', ')} not false in index.html's FEATURES)`);
  process.exit(1);
}
console.log('storybook-static: built, without the onboarding checklist');
