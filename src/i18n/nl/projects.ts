import type { projectsEn } from '../en/projects.js';

/**
 * Nederlands: de termen van het innovaphone licentiemodel V12r2.
 *
 * The balance table's project switch (issue 26: a company pool, projects with their own balances):
 * loaded with the switch, where a key names a project.
 */
export const projectsNl = {
  'ui.project.label': 'Project',
  'ui.project.all': 'Bedrijfspool (alle projecten)',
  // A project and how many of its keys (activation and license keys) the pool holds.
  'ui.project.named': '{project} ({count, plural, one {# sleutel} other {# sleutels}})',
  'ui.project.none': 'Zonder project ({count, plural, one {# sleutel} other {# sleutels}})',
} satisfies Record<keyof typeof projectsEn, string>;
