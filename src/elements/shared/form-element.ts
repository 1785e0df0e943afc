import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from './locale-controller.js';
import { formatMessage, type MessageDomain } from '../../i18n/index.js';
import type { FieldLabels } from './field-names.js';

/** What a named element puts into its form: entries to submit, and state to restore. */
export interface FormValue {
  /** The submitted entries; null submits nothing. */
  readonly value: FormData | null;
  /** What `formStateRestoreCallback` gets back after back/forward navigation or autofill. */
  readonly state: string | null;
}

/** Why the element is invalid (in the user's language), and the field to focus for it. */
export interface FormInvalid {
  readonly message: string;
  readonly valueMissing?: boolean;
  readonly anchor?: HTMLElement | null;
}

/**
 * What the three elements share: their language (the first render, and one after a language
 * change, waits for that language's messages, so a German page never shows English first) and
 * their part in a surrounding `<form>` like a native control (form-associated custom elements,
 * ElementInternals): `name`, `disabled`, validity, `checkValidity()`/`reportValidity()`, reset,
 * state restore, and a disabled `<fieldset>` followed.
 *
 * An element says what it submits (`formValue()`, asked only when it has a name) and why it is
 * invalid (`formInvalid()`); the base hands both to the form after every update. `:invalid` and
 * `:valid` match the element itself, and `:state(invalid)` too.
 */
export abstract class PbxFormElement extends LitElement {
  /** @internal A form-associated custom element: the browser gives it ElementInternals. */
  static formAssociated = true;

  /** The name its value is submitted under with the surrounding form (no name: nothing is submitted). */
  @property({ reflect: true }) name = '';
  /** Takes no input and is not submitted; a disabled `<fieldset>` around it does the same. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Disabled by a surrounding `<fieldset disabled>` (formDisabledCallback). */
  @state() protected formDisabled = false;

  /** The message domains the element shows (its language loads them). */
  protected static messages: readonly MessageDomain[] = [];
  /** Message domains it shows only on request (loaded after its first render). */
  protected static laterMessages: readonly MessageDomain[] = [];
  /** Its words for its input's fields in error messages, where they are not `ui.<field>`. */
  protected static fieldLabels: FieldLabels = {};

  /**
   * Rendered on a server: a declarative shadow root was there before the element. Its first
   * render then waits for what the server rendered with (a chunk), so hydration finds the same HTML.
   */
  protected readonly serverRendered = this.shadowRoot !== null;

  protected readonly l = new LocaleController(this, {
    messages: (this.constructor as typeof PbxFormElement).messages,
    later: (this.constructor as typeof PbxFormElement).laterMessages,
    fieldLabels: (this.constructor as typeof PbxFormElement).fieldLabels,
  });
  /** Null where the engine has no ElementInternals (server rendering). */
  protected readonly internals: ElementInternals | null = typeof this.attachInternals === 'function' ? this.attachInternals() : null;

  protected override async scheduleUpdate(): Promise<unknown> {
    // A language asked for while another loads: the update waits for the last one asked for,
    // whatever the order in which their chunks arrive.
    for (let ready; ready !== this.l.ready; ) await (ready = this.l.ready);
    return super.scheduleUpdate();
  }

  /**
   * Resolves once what the element shows on request (help texts) is rendered too, and what waited
   * for a chunk loaded on first use (`settled`).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.l.laterReady;
    let done = await super.getUpdateComplete();
    while (await this.settled()) done = await super.getUpdateComplete();
    return done;
  }

  /** Waits for the work that waited for a chunk (ChunkWork.settled): true when there was some, so one more update is awaited. */
  protected settled(): Promise<boolean> {
    return Promise.resolve(false);
  }

  /** Fires one of the element's events: bubbling, and out of any shadow root the element sits in. */
  protected emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** True when the element takes no input: its own `disabled`, or a disabled fieldset around it. */
  protected get inactive(): boolean {
    return this.disabled || this.formDisabled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Until its first update (its language may still be on its way) the element has not judged its
    // input: a form must not take it as valid and empty meanwhile.
    if (!this.hasUpdated) this.internals?.setValidity({ customError: true }, this.loading);
  }

  /** "Still loading", in English while the element's language is still on its way. */
  protected get loading(): string {
    return formatMessage(this.l.locale, 'ui.loading');
  }

  /** The form the element belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** The element's validity, as a native control's. */
  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }

  /** Why the element is invalid, in the user's language; empty when valid. */
  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  /** True when the form checks it on submit (not when disabled). */
  get willValidate(): boolean {
    return this.internals?.willValidate ?? false;
  }

  /** False (and an `invalid` event) when the input is invalid, as a native control's. */
  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }

  /** As checkValidity, and the browser shows the message at the field to correct. */
  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }

  /** What the element submits and restores: asked after every update while it has a name. */
  protected abstract formValue(): FormValue;
  /** Why the input is invalid, or null: asked after every update. */
  protected abstract formInvalid(): FormInvalid | null;
  /** The form was reset: back to the state of the markup (attributes and properties as the page set them). */
  protected abstract resetToMarkup(): void;
  /** Back/forward navigation or autofill gave back a state from `formValue()`. */
  protected abstract restoreFormState(state: string): void;

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const internals = this.internals;
    if (!internals) return;
    const invalid = this.formInvalid();
    // An element without a name submits nothing: its value is not even serialized. An invalid one
    // (or one still loading) submits nothing either, as a number input with bad input submits an
    // empty value: a `novalidate` form or `new FormData(form)` never gets a last valid scenario
    // that is not what the form shows. Its state (back/forward) is still saved.
    const { value, state: saved } = this.name ? this.formValue() : { value: null, state: null };
    internals.setFormValue(invalid ? null : value, saved);
    if (invalid) internals.setValidity({ customError: !invalid.valueMissing, valueMissing: !!invalid.valueMissing }, invalid.message, invalid.anchor ?? undefined);
    else internals.setValidity({});
    try {
      if (invalid) internals.states.add('invalid');
      else internals.states.delete('invalid');
    } catch {
      // An engine with the older `--invalid` custom state syntax only: :invalid still matches.
    }
  }

  /** @internal A disabled fieldset around it (or its own `disabled`) changed. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    // Also called while Lit reflects `disabled` in the middle of an update, whose render may not
    // see it: one more update once that one is done.
    queueMicrotask(() => this.requestUpdate());
  }

  /** @internal The form was reset. */
  formResetCallback(): void {
    this.resetToMarkup();
  }

  /** @internal Back/forward navigation or autofill restores the state. */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.restoreFormState(state);
  }
}
