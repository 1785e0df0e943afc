import { html, nothing } from 'lit';
import { MAX_VERSION, MIN_VERSION } from '../../core/catalog.js';
import type { InputIssue } from '../../core/errors.js';
import { FEATURE_NAMES, USER_FEATURES } from '../../core/scenario-schemas.js';
import type { AnyKey } from '../../i18n/index.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { GATEWAY_MODELS, HARDWARE_FIELDS, NUMBER_FIELDS, emptyPbx, type Draft, type NumberField, type PbxDraft } from './draft.js';

/** The presets the form offers (their data: presets.ts, loaded after the first render). */
export const PRESET_NAMES = ['smallOffice', 'multiSite', 'callCentre'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** What the scenario form shows and how it reports edits: the calculator hands it over. */
export interface FormView {
  readonly l: LocaleController;
  readonly draft: Draft;
  /** The element is disabled (its own `disabled`, or a disabled fieldset of its form). */
  readonly disabled: boolean;
  readonly issues: readonly InputIssue[];
  /** Fields whose help text is shown. */
  readonly help: ReadonlySet<string>;
  /** PBXs (by index) whose "More options" the user opened. */
  readonly opened: ReadonlySet<number>;
  readonly edit: (mutate: (d: Draft) => Draft) => void;
  readonly editPbx: (i: number, mutate: (p: PbxDraft) => PbxDraft) => void;
  readonly focusAfterUpdate: (selector: string) => void;
  readonly toggleHelp: (id: string) => void;
  readonly setOpened: (i: number, open: boolean) => void;
  readonly applyPreset: (name: PresetName) => void;
  readonly reset: () => void;
  /** The reseller's other articles (document chunk, after the first render). */
  readonly extras?: ((v: FormView) => unknown) | undefined;
  /** The installed licenses of a PBX (by index), or of the master (null): their chunk's editor, once loaded. */
  readonly installed?: ((v: FormView, i: number | null) => unknown) | undefined;
  /** Loads that chunk (an "Installed licenses" part was opened). */
  readonly loadInstalled: () => unknown;
  /** The total bar (net total, positions, a way to the quote), from the chunk loaded after the first render. */
  readonly totalBar?: unknown;
}

/** The common counts of a PBX, shown first; the rest waits behind "More options". */
const COMMON_NUMBERS: readonly NumberField[] = ['users', 'trunks'];
const MORE_NUMBERS = NUMBER_FIELDS.filter((f) => !COMMON_NUMBERS.includes(f));

/** Fields that have a help text (`ui.help.<field>`, from the guidelines, with the rule ID). */
const HELP: ReadonlySet<string> = new Set([
  'version', 'release', 'licensing', 'platform', 'gateway', 'users', 'trunks', 'uc', 'voicemailModel', 'standby', 'pbxLicensing',
  ...MORE_NUMBERS, ...HARDWARE_FIELDS,
]);

/** The set with `key` in it (`on`) or out of it: a new set when that changes it, else the same one (no update). */
export function toggled<T>(set: ReadonlySet<T>, key: T, on = !set.has(key)): ReadonlySet<T> {
  if (on === set.has(key)) return set;
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}

export const issueAt = (v: FormView, id: string) => v.issues.find((i) => i.path.join('-') === id);

/** A help text: they load after the first render (see calculator-help), and show '…' until then. */
const helpText = (v: FormView, key: AnyKey) => v.l.t(key);

/** Every help text is shown (the "Help texts" toggle): a field's own "?" then hides its text. */
export const ALL_HELP = '*';

/**
 * The help toggle and text of a field: a disclosure. The "?" is no tab stop of its own (the main
 * fields come first for the keyboard): the "Help texts" toggle at the end of the form shows every
 * text, and a screen reader reaches each "?" as a button. The text is a row of the grid of its
 * own, under the field's row, so opening it never stretches the fields beside it.
 */
function help(v: FormView, id: string, field: string, label: string) {
  if (!HELP.has(field)) return { button: nothing, text: nothing, shown: false };
  const shown = v.help.has(ALL_HELP) !== v.help.has(id);
  return {
    shown,
    button: html`<button
      type="button"
      class="help-toggle"
      part="help-toggle"
      tabindex="-1"
      aria-expanded=${shown ? 'true' : 'false'}
      aria-controls="${id}-help"
      aria-label=${v.l.t('ui.help.for', { field: label })}
      @click=${() => v.toggleHelp(id)}
    >
      ?
    </button>`,
    text: html`<p class="help" part="help" id="${id}-help" ?hidden=${!shown}>${helpText(v, `ui.help.${field}` as AnyKey)}</p>`,
  };
}

function described(id: string, issue: InputIssue | undefined, shownHelp: boolean) {
  const ids = [issue ? `${id}-error` : '', shownHelp ? `${id}-help` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

/** A labelled field (an input, or a select with `options`), its error under it, its help text after it. */
function control(v: FormView, id: string, fieldName: string, label: string, value: string, onInput: (value: string) => void, options?: readonly [string, string][], inputmode = 'numeric') {
  const issue = issueAt(v, id);
  const h = help(v, id, fieldName, label);
  const invalid = issue ? 'true' : 'false';
  const describedBy = described(id, issue, h.shown);
  // A select whose longest option would be cut in one column takes the grid's whole row.
  const wide = options?.some(([, text]) => text.length > 16);
  return html`<div class=${wide ? 'field wide' : 'field'}>
      <span class="label-row"><label for=${id}>${label}</label>${h.button}</span>
      ${options
        ? html`<select id=${id} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${(e: Event) => onInput((e.target as HTMLSelectElement).value)}>
            ${options.map(([o, text]) => html`<option value=${o} ?selected=${o === value}>${text}</option>`)}
          </select>`
        : html`<input
            id=${id}
            .value=${value}
            inputmode=${inputmode}
            autocomplete="off"
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
          />`}
      ${issue ? html`<p class="error-text" id="${id}-error" part="error">${v.l.issue(issue)}</p>` : nothing}
    </div>
    ${h.text}`;
}

export const field = (v: FormView, id: string, fieldName: string, label: string, value: string, onInput: (value: string) => void, opts: { inputmode?: string } = {}) =>
  control(v, id, fieldName, label, value, onInput, undefined, opts.inputmode);

const select = (v: FormView, id: string, fieldName: string, label: string, value: string, options: readonly [string, string][], onChange: (value: string) => void) =>
  control(v, id, fieldName, label, value, onChange, options);

/** Whether a PBX's "More options" hold a value or an error: then they are open. */
function moreInUse(v: FormView, p: PbxDraft, i: number): boolean {
  const prefix = `pbxs-${i}-`;
  const moreIds = [...MORE_NUMBERS, 'licensing', ...HARDWARE_FIELDS.map((f) => `hardware-${f}`)].map((f) => prefix + f);
  return (
    MORE_NUMBERS.some((f) => p.numbers[f].trim() !== '') ||
    HARDWARE_FIELDS.some((f) => p.hardware[f].trim() !== '') ||
    p.licensing !== '' ||
    v.issues.some((issue) => moreIds.includes(issue.path.join('-')))
  );
}

function renderPbx(v: FormView, p: PbxDraft, i: number) {
  const t = v.l.t.bind(v.l);
  const id = (f: string) => `pbxs-${i}-${f}`;
  const setNum = (f: NumberField) => (value: string) => v.editPbx(i, (x) => ({ ...x, numbers: { ...x.numbers, [f]: value } }));
  const standbyHelp = help(v, id('standby'), 'standby', t('ui.standby'));
  return html`<fieldset class="pbx">
    <legend>${t('ui.pbx')} ${i + 1}: ${p.name}</legend>
    <div class="grid">
      ${COMMON_NUMBERS.map((f) => field(v, id(f), f, t(`ui.${f}`), p.numbers[f], setNum(f)))}
      ${field(v, id('name'), 'name', t('ui.pbx.name'), p.name, (value) => v.editPbx(i, (x) => ({ ...x, name: value })), { inputmode: 'text' })}
      ${select(v, id('platform'), 'platform', t('ui.platform'), p.platform, [['gateway', t('ui.platform.gateway')], ['ipva', t('ui.platform.ipva')]], (value) => v.editPbx(i, (x) => ({ ...x, platform: value })))}
      ${p.platform === 'gateway'
        ? select(v, id('gateway'), 'gateway', t('ui.gateway'), p.gateway, [['', t('ui.gateway.unknown')], ...GATEWAY_MODELS.map((g) => [g, g] as [string, string])], (value) => v.editPbx(i, (x) => ({ ...x, gateway: value })))
        : nothing}
      ${select(v, id('uc'), 'uc', t('ui.uc'), p.uc, [['auto', t('ui.uc.auto')], ['bundle', t('ui.uc.bundle')], ['modules', t('ui.uc.modules')]], (value) => v.editPbx(i, (x) => ({ ...x, uc: value })))}
      ${select(v, id('voicemailModel'), 'voicemailModel', t('ui.voicemailModel'), p.voicemailModel, [['', '—'], ['user', t('ui.voicemailModel.user')], ['port', t('ui.voicemailModel.port')]], (value) =>
        v.editPbx(i, (x) => ({ ...x, voicemailModel: value })),
      )}
      <div class="field">
        <span class="label-row"
          ><label class="check"
            ><input
              type="checkbox"
              id=${id('standby')}
              .checked=${p.standby}
              aria-describedby=${standbyHelp.shown ? `${id('standby')}-help` : nothing}
              @change=${(e: Event) => v.editPbx(i, (x) => ({ ...x, standby: (e.target as HTMLInputElement).checked }))}
            />${t('ui.standby')}</label
          >${standbyHelp.button}</span
        >
      </div>
      ${standbyHelp.text}
    </div>
    <details class="more" part="more-options" ?open=${v.opened.has(i) || moreInUse(v, p, i)} @toggle=${(e: Event) => v.setOpened(i, (e.target as HTMLDetailsElement).open)}>
      <summary>${t('ui.moreOptions')}</summary>
      <div class="grid">
        ${select(v, id('licensing'), 'pbxLicensing', t('ui.pbxLicensing'), p.licensing, [['', t('ui.pbxLicensing.inherit')], ['central', t('ui.licensing.central')], ['local', t('ui.licensing.local')]], (value) =>
          v.editPbx(i, (x) => ({ ...x, licensing: value })),
        )}
        ${MORE_NUMBERS.map((f) => field(v, id(f), f, t(`ui.${f}`), p.numbers[f], setNum(f)))}
        ${HARDWARE_FIELDS.map((f) => field(v, id(`hardware-${f}`), f, t(`ui.${f}`), p.hardware[f], (value) => v.editPbx(i, (x) => ({ ...x, hardware: { ...x.hardware, [f]: value } }))))}
      </div>
    </details>
    ${installedPart(v, p.existing, i)}
    ${renderGroups(v, p, i)}
    ${v.draft.pbxs.length > 1
      ? html`<div class="actions">
          <button
            type="button"
            class="secondary"
            part="button"
            @click=${() => {
              v.edit((d) => ({ ...d, pbxs: d.pbxs.filter((_, j) => j !== i) }));
              v.focusAfterUpdate('#add-pbx');
            }}
          >
            ${t('ui.pbx.remove', { name: p.name })}
          </button>
        </div>`
      : nothing}
  </fieldset>`;
}

/**
 * The "Installed licenses" part of a PBX (`i`) or of the license master (null, the scenario's
 * `existing`, after the PBXs: Users stays within a few Tabs of the start): a disclosure, open
 * while there are some; opening it loads their editor.
 */
const installedPart = (v: FormView, existing: unknown, i: number | null) =>
  html`<details class="more" part="installed" ?open=${existing !== undefined} @toggle=${v.loadInstalled}><summary>${v.l.t(i === null ? 'ui.installed.onMaster' : 'ui.installed')}</summary>${v.installed?.(v, i)}</details>`;

function renderGroups(v: FormView, p: PbxDraft, i: number) {
  const t = v.l.t.bind(v.l);
  const groupsIssue = issueAt(v, `pbxs-${i}-userGroups`);
  const setGroup = (j: number, patch: Partial<PbxDraft['userGroups'][number]>) =>
    v.editPbx(i, (x) => ({ ...x, userGroups: x.userGroups.map((g, k) => (k === j ? { ...g, ...patch } : g)) }));
  return html`<h3>${t('ui.userGroups')}</h3>
    ${groupsIssue ? html`<p class="error-text" part="error" role="alert">${v.l.issue(groupsIssue)}</p>` : nothing}
    ${p.userGroups.map(
      (g, j) => html`<fieldset class="group">
        <legend>${g.name || `#${j + 1}`}</legend>
        <div class="grid">
          ${field(v, `pbxs-${i}-userGroups-${j}-name`, 'groupName', t('ui.group.name'), g.name, (value) => setGroup(j, { name: value }), { inputmode: 'text' })}
          ${field(v, `pbxs-${i}-userGroups-${j}-count`, 'groupCount', t('ui.group.count'), g.count, (value) => setGroup(j, { count: value }))}
        </div>
        <fieldset class="features">
          <legend class="sr-only">${g.name}</legend>
          ${USER_FEATURES.map(
            (f) => html`<label class="check"
              ><input
                type="checkbox"
                .checked=${g.features.includes(f)}
                @change=${(e: Event) => setGroup(j, { features: (e.target as HTMLInputElement).checked ? [...g.features, f] : g.features.filter((x) => x !== f) })}
              />${f === 'mobileApp' ? t('ui.feature.mobileApp') : FEATURE_NAMES[f]}</label
            >`,
          )}
        </fieldset>
        <div class="actions">
          <button
            type="button"
            class="secondary"
            part="button"
            @click=${() => {
              v.editPbx(i, (x) => ({ ...x, userGroups: x.userGroups.filter((_, k) => k !== j) }));
              v.focusAfterUpdate(`#add-group-${i}`);
            }}
          >
            ${t('ui.group.remove', { name: g.name || `#${j + 1}` })}
          </button>
        </div>
      </fieldset>`,
    )}
    <div class="actions">
      <button
        type="button"
        class="secondary"
        part="button"
        id="add-group-${i}"
        @click=${() => {
          v.editPbx(i, (x) => ({ ...x, userGroups: [...x.userGroups, { name: `${t('ui.userGroups')} ${x.userGroups.length + 1}`, count: '0', features: ['myPBX'] }] }));
          v.focusAfterUpdate(`#pbxs-${i}-userGroups-${p.userGroups.length}-name`);
        }}
      >
        ${t('ui.group.add')}
      </button>
    </div>`;
}

/** The skip link (a button: a link's #fragment does not reach into a shadow root): focus moves to the quote. */
export function skipToQuote(e: Event): void {
  const quote = ((e.currentTarget as Element).getRootNode() as ShadowRoot).querySelector<HTMLElement>('.quote');
  if (!quote) return;
  quote.tabIndex = -1;
  quote.focus();
}

/**
 * The scenario form: a link past it to the quote, the presets, the installation, each PBX
 * (common fields first: Users is the sixth tab stop), add a PBX, every help text, reset.
 */
export function renderForm(v: FormView) {
  const t = v.l.t.bind(v.l);
  const d = v.draft;
  const versions: [string, string][] = Array.from({ length: MAX_VERSION - MIN_VERSION + 1 }, (_, i) => [String(MIN_VERSION + i), `V${MIN_VERSION + i}`]);
  if (!versions.some(([o]) => o === d.version)) versions.unshift([d.version, d.version]);
  return html`<form class="form" part="form" aria-label=${t('ui.calculator.title')} @submit=${(e: Event) => e.preventDefault()}>
    <button type="button" class="skip" @click=${skipToQuote}>${t('ui.skip.quote')}</button>
    <fieldset class="lock" ?disabled=${v.disabled}>
    <fieldset>
      <legend>${t('ui.calculator.title')}</legend>
      <div class="presets actions">
        <label for="preset">${t('ui.preset')}</label>
        <select id="preset" part="preset" @change=${(e: Event) => {
          const select = e.target as HTMLSelectElement;
          if (select.value) v.applyPreset(select.value as PresetName);
          select.value = '';
        }}>
          <option value="">${t('ui.preset.choose')}</option>
          ${PRESET_NAMES.map((name) => html`<option value=${name}>${t(`ui.preset.${name}`)}</option>`)}
        </select>
      </div>
      <div class="grid">
        ${select(v, 'version', 'version', t('ui.version'), d.version, versions, (value) => v.edit((x) => ({ ...x, version: value })))}
        ${select(v, 'release', 'release', t('ui.release'), d.release, [['r1', 'r1'], ['r2', 'r2']], (value) => v.edit((x) => ({ ...x, release: value })))}
        ${select(v, 'licensing', 'licensing', t('ui.licensing'), d.licensing, [['central', t('ui.licensing.central')], ['local', t('ui.licensing.local')]], (value) => v.edit((x) => ({ ...x, licensing: value })))}
      </div>
    </fieldset>
    ${d.pbxs.map((p, i) => renderPbx(v, p, i))}
    ${installedPart(v, d.existing, null)}
    <div class="actions">
      <button
        type="button"
        part="button"
        id="add-pbx"
        @click=${() => {
          v.edit((x) => ({ ...x, pbxs: [...x.pbxs, emptyPbx(`PBX ${x.pbxs.length + 1}`)] }));
          v.focusAfterUpdate(`#pbxs-${d.pbxs.length}-name`);
        }}
      >
        ${t('ui.pbx.add')}
      </button>
      <button type="button" class="secondary" part="button" id="help-all" aria-pressed=${v.help.has(ALL_HELP) ? 'true' : 'false'} @click=${() => v.toggleHelp(ALL_HELP)}>${t('ui.help.all')}</button>
      <button type="button" class="secondary" part="button" id="reset" @click=${v.reset}>${t('ui.reset')}</button>
    </div>
    ${v.extras?.(v)}
    </fieldset>
    ${v.totalBar}
  </form>`;
}
