import type { projectsEn } from '../en/projects.js';

/**
 * Deutsch: Begriffe des innovaphone Lizenzleitfadens V12r2.
 *
 * The balance table's project switch (issue 26: a company pool, projects with their own balances):
 * loaded with the switch, where a key names a project.
 */
export const projectsDe = {
  'ui.project.label': 'Projekt',
  'ui.project.all': 'Firmenpool (alle Projekte)',
  // A project and how many of its keys (activation and license keys) the pool holds.
  'ui.project.named': '{project} ({count, plural, one {# Schlüssel} other {# Schlüssel}})',
  'ui.project.none': 'Ohne Projekt ({count, plural, one {# Schlüssel} other {# Schlüssel}})',
} satisfies Record<keyof typeof projectsEn, string>;
