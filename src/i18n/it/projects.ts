import type { projectsEn } from '../en/projects.js';

/**
 * Italiano: i termini delle linee guida innovaphone V12r2.
 *
 * The balance table's project switch (issue 26: a company pool, projects with their own balances):
 * loaded with the switch, where a key names a project.
 */
export const projectsIt = {
  'ui.project.label': 'Progetto',
  'ui.project.all': 'Pool aziendale (tutti i progetti)',
  // A project and how many of its keys (activation and license keys) the pool holds.
  'ui.project.named': '{project} ({count, plural, one {# chiave} other {# chiavi}})',
  'ui.project.none': 'Senza progetto ({count, plural, one {# chiave} other {# chiavi}})',
} satisfies Record<keyof typeof projectsEn, string>;
