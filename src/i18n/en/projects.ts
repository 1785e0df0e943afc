/**
 * English: the wording of licensing-guidelines-V12r2-en.
 *
 * The balance table's project switch (issue 26: a company pool, projects with their own balances):
 * loaded with the switch, where a key names a project.
 */
export const projectsEn = {
  'ui.project.label': 'Project',
  'ui.project.all': 'Company pool (all projects)',
  // A project and how many of its keys (activation and license keys) the pool holds.
  'ui.project.named': '{project} ({count, plural, one {# key} other {# keys}})',
  'ui.project.none': 'No project ({count, plural, one {# key} other {# keys}})',
} as const;
