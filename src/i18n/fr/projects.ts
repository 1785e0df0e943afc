import type { projectsEn } from '../en/projects.js';

/**
 * Français : les termes du guide des licences innovaphone V12r2.
 *
 * The balance table's project switch (issue 26: a company pool, projects with their own balances):
 * loaded with the switch, where a key names a project.
 */
export const projectsFr = {
  'ui.project.label': 'Projet',
  'ui.project.all': 'Pool de l’entreprise (tous les projets)',
  // A project and how many of its keys (activation and license keys) the pool holds.
  'ui.project.named': '{project} ({count, plural, one {# clé} other {# clés}})',
  'ui.project.none': 'Sans projet ({count, plural, one {# clé} other {# clés}})',
} satisfies Record<keyof typeof projectsEn, string>;
