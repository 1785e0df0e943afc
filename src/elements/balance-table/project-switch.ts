/**
 * The balance's project switch (issue 26, "Company and projects"), a chunk loaded where a key of
 * the pool names a project (before the first render) or a project is chosen: the core's company
 * pool and project balances, and the control that chooses between them, with its messages.
 */
import { html, nothing } from 'lit';
import { projectView, type ProjectSummary } from '../../core/projects.js';
import type { Balance } from '../../core/balance.js';
import { projectsMessages } from '../../i18n/domains/projects.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { safeText } from '../shared/safe-text.js';

export { projectsMessages };

/** The projects of the pool each balance shown was computed from (the switch lists them). */
const projectsOfBalance = new WeakMap<Balance, readonly ProjectSummary[]>();

/**
 * The switch's value for the keys without a project: one space, which no project is called
 * (projectOf trims a key's project, and a blank one is none). '' is the company pool.
 */
export const NO_PROJECT = ' ';

/** Loads the switch's messages in the element's language (and in every language it switches to). */
export function useProjectMessages(l: LocaleController): Promise<void> {
  return l.use(projectsMessages);
}

/** A choice as the switch lists it: a project's name trimmed, as projectOf reads the keys'. */
const normal = (choice: string) => (choice === NO_PROJECT ? choice : choice.trim());

/**
 * The balance of the choice (the element's `project`): '' the company pool (computeBalance's),
 * NO_PROJECT the keys without a project, else the project named; with the pool's projects.
 */
export function projectBalance(input: unknown, required: unknown, project: unknown): Balance {
  const choice = safeText(project);
  const { balance, projects } = projectView(input, required, choice === NO_PROJECT ? null : choice);
  projectsOfBalance.set(balance, projects);
  return balance;
}

/** The balance table as the switch sees it: its choice, which the switch sets and announces. */
type SwitchHost = HTMLElement & { project: string };

/**
 * "Project": the company pool (all projects), then each project with how many keys it holds, the
 * keys without a project last. A choice the pool has no key of (a page's `project`) is listed too,
 * with none, so the control shows what the table shows. Nothing where the pool has no projects
 * and none is chosen.
 */
export function renderProjectSwitch(host: SwitchHost, l: LocaleController, balance: Balance | null) {
  const project = normal(safeText(host.project));
  const choices = (projectsOfBalance.get(balance!) ?? []).map((p) => ({ value: p.project ?? NO_PROJECT, count: p.activationKeys + p.licenseKeys }));
  if (project && !choices.some((c) => c.value === project)) choices.push({ value: project, count: 0 });
  if (!choices.length) return nothing;
  return html`<div class="project-switch">
    <label for="project">${l.t('ui.project.label')}</label><br />
    <select id="project" part="project" @change=${(e: Event) => choose(host, (e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!project}>${l.t('ui.project.all')}</option>
      ${choices.map(
        (c) => html`<option value=${c.value} ?selected=${c.value === project}>
          ${c.value === NO_PROJECT ? l.t('ui.project.none', { count: c.count }) : l.t('ui.project.named', { project: c.value, count: c.count })}
        </option>`,
      )}
    </select>
  </div>`;
}

/** The user's choice: the host's `project`, and `pbx-project-change` (bubbling, out of shadow roots). */
function choose(host: SwitchHost, project: string): void {
  host.project = project;
  host.dispatchEvent(new CustomEvent('pbx-project-change', { detail: { project }, bubbles: true, composed: true }));
}
