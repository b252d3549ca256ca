import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { builtInProfileTemplates, createTemplateRegistry, type Contact, type Customer, type CustomerKind, type TemplateRegistry } from '@dossier/core';
import { DossierPeopleElement } from '../shared/people-element.js';
import { LocalizeController } from '../shared/localize.js';
import { anonymousViewer } from '../shared/viewer.js';
import { base } from '../shared/base.styles.js';
import { panel } from '../shared/panel.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import styles from './customer-form.styles.js';
import { fieldChoiceStyles } from './conflict-view.js';
import { controlId } from './controls.js';
import { DraftController, newId } from './draft-controller.js';
import { blankCustomer, changeKind } from './draft.js';
import { customerFormFields, formLevels } from './form-fields.js';
import { isJsonObject, toJson, type JsonObject } from './json.js';
import type { MergeChoice } from './merge.js';
import { messages, type FormMessage } from './messages.js';
import { SaveController, type CustomerFormStore, type SaveOutcome } from './save-controller.js';
import { emit } from '../shared/events.js';
import { DossierEditProfileEvent } from './events.js';
import { stamped } from './source-stamp.js';
import { conflictView, contactsSection, errorSummary, formTitle, kindChoice, levelSection, type FormView } from './templates.js';

export { DossierConflictEvent, DossierEditProfileEvent, DossierSaveEvent, type ConflictDetail, type ConflictSummary, type EditProfileDetail, type SaveDetail } from './events.js';
export type { MergeChoice } from './merge.js';
export type { CustomerFormStore, SaveOutcome } from './save-controller.js';

let defaultTemplates: TemplateRegistry | undefined;
const builtIn = () => (defaultTemplates ??= createTemplateRegistry(builtInProfileTemplates));

/**
 * @tagname dossier-customer-form
 * @summary Creates and edits a customer archive (客户档案) — an organisation or a person — with
 * its contacts and industry profiles, as a real form control.
 *
 * The fields come from core's field catalogue, grouped by information level: level 1 (basic),
 * level 2 (business and analysis), level 3 (in-depth, collapsed). A field the viewer may not
 * read is absent from the DOM, not hidden; a field the viewer may read but not write is read
 * only. Validation is core's zod schemas, with translated messages at the field
 * (`aria-invalid`, `aria-describedby`).
 *
 * It is a **form-associated custom element**: inside a `<form>` it submits the customer as JSON
 * under its `name` (fields the viewer may not read left out) and the contacts under
 * `<name>.contacts`, reports its validity (the first invalid field), resets to the customer it
 * was given, and follows a disabled `<fieldset>`.
 *
 * Saving goes through the store (from `<dossier-provider>` or the `store` property) with the
 * revision the form was based on. When someone else saved in between, the form shows both
 * versions and the person chooses per field; the merge is then saved on top of the latest
 * revision, so neither person's work is lost.
 *
 * @event dossier-save - The customer was saved (`detail`: customer JSON, new revision, contacts).
 * @event dossier-conflict - Someone else saved a newer revision; the conflict view is shown (`detail.conflicts`).
 * @event dossier-edit-profile - "Edit key-person profile" of a stored contact (`detail.contactId`, `detail.customerId`): the page opens `<dossier-profile-editor>` (the form does not load it).
 * @event change - A field was changed by the person.
 * @event input - A field is being edited (from the inner control).
 * @event invalid - The form's validity was checked and it is invalid; from then on every message is shown at its field (unless it is an untouched new form).
 *
 * @csspart base - The whole form.
 * @csspart header - Title and revision.
 * @csspart title - The title (a heading).
 * @csspart status - Loading, saving, saved and error messages (beside Save once the record is open).
 * @csspart error-summary - The list of problems shown when saving an invalid record.
 * @csspart kind - The organisation / person choice of a new record.
 * @csspart level - A section of one information level (also `level-1`, `level-2`, `level-3`); levels 2 and 3 are collapsed unless filled in.
 * @csspart group - A group of fields (credit, relationship …).
 * @csspart field - One field: label, control, message.
 * @csspart label - A field's label.
 * @csspart control - A field's input, select or text area.
 * @csspart error - A field's validation message.
 * @csspart date-reading - A date field's date written out in the locale (2026年12月7日), beside the native picker whose text follows the browser's language.
 * @csspart contacts - The contacts section.
 * @csspart contact - One contact.
 * @csspart sources - A record's sources (信息来源): channel, verified, collected at/by; `source` one line, `verify` its "mark verified".
 * @csspart edit-profile - A stored contact's "edit key-person profile" button.
 * @csspart conflict - The conflict view.
 * @csspart conflict-field - One differing field of the conflict view.
 * @csspart actions - The action bar: save, undo and the save status; it sticks to the bottom of the viewport while the form scrolls.
 * @csspart button - Every button.
 *
 * @cssproperty --dossier-form-columns - Minimum width of a field column. Default 14rem.
 *
 * @cssstate dirty - The person changed something since the form was loaded or saved.
 * @cssstate invalid - The record is invalid.
 * @cssstate saving - A save is under way.
 * @cssstate conflict - The conflict view is shown.
 * @cssstate disabled - The form is disabled (itself or by a disabled fieldset).
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <form>
 *   <dossier-customer-form name="customer" customer-id="C-0001"></dossier-customer-form>
 * </form>
 */
export class DossierCustomerForm extends DossierPeopleElement {
  static override properties: PropertyDeclarations = {
    customer: { attribute: false },
    revision: { type: Number },
    customerId: { attribute: 'customer-id' },
    kind: {},
    contacts: { attribute: false },
    store: { attribute: false },
    templates: { attribute: false },
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    formDisabled: { state: true, attribute: false },
  };

  static formAssociated = true;
  static override styles = [tokens, base, panel, styles, fieldChoiceStyles];

  /** The customer to edit (core's `Customer`, decoded or stored JSON). Unset: a new customer (or `customer-id`). */
  customer?: Customer | JsonObject;

  /** The store revision `customer` was read at: saving is conditional on it. Unset with `customer`: the save is unconditional. */
  revision?: number;

  /** Id of a customer to load from the store (with its contacts) when `customer` is not given. */
  customerId?: string;

  /** Kind of a new customer: `organisation` (default) or `person`. */
  kind: CustomerKind = 'organisation';

  /** The customer's contacts (core's `Contact`, decoded or JSON), when `customer` is given. */
  contacts: readonly (Contact | JsonObject)[] = [];

  /** The store to save to (and load `customer-id` from); unset: the provider's store. */
  store?: CustomerFormStore;

  /** Profile templates the form offers and validates with; unset: Dossier's built-in templates. */
  templates?: TemplateRegistry;

  /** Name under which the customer JSON is submitted with a surrounding `<form>`. */
  name = '';

  /** Disables every field and button. */
  disabled = false;

  /**
   * Whether a customer must be entered. Without it an untouched new form is valid and submits
   * nothing (an optional "add a customer" part of a larger form); with it, it is `valueMissing`.
   */
  required = false;

  /** Level of the title heading (1–6), to fit the page's outline. */
  headingLevel = 2;

  private formDisabled = false;

  private readonly t = new LocalizeController<FormMessage>(this, messages).t;
  readonly #drafts = new DraftController(this, {
    locale: () => this.resolvedLocale,
    viewer: () => this.resolvedViewer,
    templates: () => this.resolvedTemplates,
    disabled: () => this.disabledNow,
    requiredMessage: () => this.t('requiredField'),
    onEdit: (isChange) => {
      this.#saver.edited();
      if (isChange) this.dispatchEvent(new Event('change', { bubbles: true }));
    },
  });
  readonly #saver = new SaveController(this, this.#drafts);

  constructor() {
    super();
    // A surrounding form's reportValidity()/submit fires `invalid` on the element: show every message.
    // (An untouched new form stays quiet, so a page can check validity without lighting up every field.)
    this.addEventListener('invalid', () => {
      if (this.dirty || this.#drafts.mode !== 'new') this.#drafts.reveal();
    });
  }

  /** The template registry in force. */
  get resolvedTemplates(): TemplateRegistry { return this.templates ?? builtIn(); }

  /** The store in force (own property, else the provider's). */
  get resolvedStore(): CustomerFormStore | undefined { return this.#saver.store; }

  /** The customer as edited so far (stored JSON, every field, including those the viewer cannot see). */
  get value(): JsonObject | undefined { return this.#drafts.draft; }

  /** The contacts as edited so far (stored JSON). */
  get contactValues(): readonly JsonObject[] { return this.#drafts.contactDrafts; }

  /** The surrounding form, if any. */
  get form(): HTMLFormElement | null { return this.internals.form; }

  /** The element's validity (mirrors the first invalid field). */
  get validity(): ValidityState { return this.internals.validity; }

  /** The message of the first invalid field, in the locale. */
  get validationMessage(): string { return this.internals.validationMessage; }

  /** Whether the element takes part in constraint validation. */
  get willValidate(): boolean { return this.internals.willValidate; }

  /** Whether the record is valid (fires `invalid` when not). */
  checkValidity(): boolean {
    this.#syncFormState();
    return this.internals.checkValidity();
  }

  /** Like `checkValidity`, and shows every message at its field. */
  reportValidity(): boolean {
    this.#syncFormState();
    this.#drafts.reveal();
    return this.internals.reportValidity();
  }

  /** Moves the focus to the first invalid field, else the first field. */
  override focus(options?: FocusOptions): void {
    (this.#firstInvalidControl() ?? this.#firstControl() ?? this.shadowRoot?.querySelector<HTMLElement>('button'))?.focus(options);
  }

  /** Whether the person changed anything since the form was loaded or last saved. */
  get dirty(): boolean { return this.#drafts.dirty; }

  /** Undoes every change: back to the customer the form was given, loaded or last saved. */
  reset(): void {
    this.#drafts.reset();
    this.#saver.cancelConflict();
  }

  /**
   * Validates and saves the customer and its changed contacts in one atomic batch, each with the
   * revision it was based on. On a conflict nothing is written and the conflict view opens.
   *
   * @example
   * const outcome = await form.save(); // { ok: true, rev: 4 }
   */
  async save(): Promise<SaveOutcome> {
    const outcome = await this.#saver.save();
    if (!outcome.ok && outcome.reason === 'invalid') {
      await this.updateComplete;
      this.#firstInvalidControl()?.focus();
    }
    return outcome;
  }

  /**
   * Chooses my version or theirs for one field of the conflict view (`record` is `customer` or
   * `contact:<id>`, `path` as in the view: `credit.limit`, `addresses`).
   *
   * @example
   * form.choose('customer', 'territory', 'theirs');
   */
  choose(record: string, path: string, choice: MergeChoice): void {
    this.#saver.choose(record, path, choice);
  }

  /**
   * Saves the merge of the conflict view: the latest revision with the fields chosen as mine
   * replaced by my values, on top of that revision (a further conflict opens the view again).
   *
   * @example
   * form.choose('customer', 'territory', 'theirs');
   * await form.resolveConflict();
   */
  resolveConflict(): Promise<SaveOutcome> {
    return this.#saver.resolveConflict();
  }

  /** Leaves the conflict view without saving; the edits stay in the form. */
  cancelConflict(): void { this.#saver.cancelConflict(); }

  /** The surrounding form was reset: back to the initial customer. */
  formResetCallback(): void { this.reset(); }

  /** A surrounding fieldset or form was disabled or enabled. */
  formDisabledCallback(disabled: boolean): void { this.formDisabled = disabled; }

  /** The browser restores the form's state (back/forward navigation, autofill). */
  formStateRestoreCallback(state: unknown): void {
    // Only a new record is restored: the state holds what the viewer may read, and restoring it
    // over an existing record would drop the fields the viewer cannot see.
    if (typeof state !== 'string' || this.#drafts.mode !== 'new') return;
    try {
      const parsed = JSON.parse(state) as unknown;
      if (isJsonObject(parsed)) this.#drafts.replace(parsed);
    } catch {
      // Not ours: leave the form as it is.
    }
  }

  /** Whether the form is disabled (itself or by a disabled fieldset). */
  get disabledNow(): boolean { return this.disabled || this.formDisabled; }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const drafts = this.#drafts;
    const saver = this.#saver;
    if (changed.has('customer') || changed.has('revision') || changed.has('contacts')) {
      if (this.customer) {
        saver.adopt(toJson(this.customer), this.revision, this.contacts.map((c) => ({ json: toJson(c), rev: undefined })), 'edit');
      } else if (changed.has('customer') && changed.get('customer') !== undefined) drafts.clear();
    }
    const now = new Date().toISOString();
    const blank = (kind: CustomerKind) => stamped(blankCustomer(kind, { id: String(drafts.draft?.['id'] ?? newId()), now, salespersonId: this.#defaultOwner() }), drafts.viewerId, now);
    if (!drafts.draft && !this.customer && !this.customerId) {
      saver.adopt(blank(this.kind), undefined, [], 'new');
    } else if (changed.has('kind') && drafts.mode === 'new' && drafts.draft && !drafts.dirty) {
      saver.adopt(changeKind(drafts.draft, this.kind), undefined, [], 'new');
    } else if ((changed.has('viewer') || changed.has('providedViewer')) && drafts.mode === 'new' && !drafts.based && drafts.draft && !drafts.dirty) {
      // The viewer arrived (say, through the provider's context) after the blank record was made: it owns the new record.
      saver.adopt(blank(drafts.customerKind), undefined, [], 'new');
    }
    if (!this.customer && this.customerId) saver.loadIfNeeded(this.customerId);
    this.setState('dirty', drafts.dirty);
    this.setState('invalid', drafts.invalid);
    this.setState('saving', saver.saving);
    this.setState('conflict', saver.conflict !== undefined);
    this.setState('disabled', this.disabledNow);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#syncFormState();
  }

  #defaultOwner(): string | undefined {
    const viewer = this.resolvedViewer;
    return viewer === anonymousViewer ? undefined : viewer.userId;
  }

  /** Pushes value and validity to the surrounding form. */
  #syncFormState(): void {
    const drafts = this.#drafts;
    if (!drafts.draft || (!this.required && drafts.mode === 'new' && !drafts.dirty)) {
      this.internals.setFormValue(null);
      if (this.required && !drafts.draft) this.internals.setValidity({ valueMissing: true }, this.t('formLabel'));
      else this.internals.setValidity({});
      return;
    }
    const visible = JSON.stringify(drafts.readableCustomer());
    if (this.name) {
      const data = new FormData();
      data.append(this.name, visible);
      if (drafts.contactDrafts.length > 0) data.append(`${this.name}.contacts`, JSON.stringify(drafts.readableContacts()));
      this.internals.setFormValue(data, visible);
    } else this.internals.setFormValue(visible);
    if (this.required && drafts.mode === 'new' && !drafts.dirty) {
      this.internals.setValidity({ valueMissing: true }, this.t('formLabel'), this.#firstControl() ?? undefined);
      return;
    }
    const { customer, contactIssues } = drafts.validate();
    const contact = contactIssues.findIndex((list) => list.length > 0);
    const first = customer[0] ? { scope: 'c', issue: customer[0] } : contact >= 0 ? { scope: `p${contact}`, issue: contactIssues[contact]![0]! } : undefined;
    if (!first) return this.internals.setValidity({});
    const anchor = this.shadowRoot?.getElementById(controlId(first.scope, first.issue.path)) ?? this.#firstControl();
    this.internals.setValidity({ customError: true }, `${first.issue.field ? `${first.issue.field}: ` : ''}${first.issue.message}`, anchor ?? undefined);
  }

  #firstControl(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('[part~=control]') ?? null;
  }

  #firstInvalidControl(): HTMLElement | null {
    if (!this.#drafts.showAll && this.#drafts.touched.size === 0) return null;
    return this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid=true]') ?? this.shadowRoot?.querySelector<HTMLElement>('[part~=error-summary] button') ?? null;
  }

  #view(): FormView {
    const drafts = this.#drafts;
    return {
      locale: this.resolvedLocale,
      t: this.t,
      draft: drafts,
      saver: this.#saver,
      templates: this.resolvedTemplates,
      fields: customerFormFields(drafts.customerKind, this.resolvedTemplates),
      disabled: this.disabledNow,
      people: this.resolvedPeople,
      personName: (id) => this.personName(id),
      mayWrite: (entry) => drafts.mayWrite(entry),
      shows: (key) => drafts.shows(key),
      afterRender: (run) => void this.updateComplete.then(() => this.shadowRoot && run(this.shadowRoot)),
      editProfile: (contactId) => emit(this, new DossierEditProfileEvent({ contactId, customerId: String(drafts.draft?.['id']) })),
    };
  }

  protected override render() {
    const drafts = this.#drafts;
    const saver = this.#saver;
    const status = saver.status;
    const statusLine = html`<p part="status" class=${status?.alert ? 'error' : ''} role=${status?.alert ? 'alert' : 'status'}>${status ? this.t(status.key, status.params) : ''}</p>`;
    if (!drafts.draft) return html`<section part="base" lang=${this.resolvedLocale} aria-label=${this.t('formLabel')}>${statusLine}</section>`;
    const view = this.#view();
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<section part="base" lang=${this.resolvedLocale} aria-labelledby="title" aria-busy=${saver.saving ? 'true' : 'false'}>
      <header part="header">
        <div part="title" id="title" role="heading" aria-level=${level}>${formTitle(view)}</div>
        ${drafts.based?.rev !== undefined ? html`<span class="muted">${this.t('revision', { rev: drafts.based.rev })}</span>` : nothing}
      </header>
      ${saver.conflict
        ? conflictView(view, saver.conflict)
        : html`${errorSummary(view)} ${drafts.mode === 'new' && !drafts.based ? kindChoice(view) : nothing} ${formLevels.map((l) => levelSection(view, l))} ${contactsSection(view)}
            <div part="actions" class="bar">
              <button part="button save" type="button" class="primary" ?disabled=${this.disabledNow || saver.saving} @click=${() => void this.save()}>
                ${saver.saving ? this.t('saving') : this.t('save')}
              </button>
              <button part="button reset" type="button" ?disabled=${this.disabledNow || !drafts.dirty} @click=${() => this.reset()}>${this.t('reset')}</button>
              ${statusLine}
            </div>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-customer-form': DossierCustomerForm;
  }
}
