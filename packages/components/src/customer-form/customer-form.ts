import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { consume } from '@lit/context';
import {
  builtInProfileTemplates,
  canRead,
  canWrite,
  contactFields,
  createTemplateRegistry,
  customerFieldsByKind,
  customerKinds,
  findField,
  redact,
  validateContact,
  validateCustomer,
  vocabularyLabel,
  type Contact,
  type Customer,
  type CustomerKind,
  type FieldEntry,
  type FieldRule,
  type InformationLevel,
  type TemplateRegistry,
  type ValidationIssue,
  type Viewer,
} from '@dossier/core';
import { DossierElement } from '../shared/dossier-element.js';
import { LocalizeController } from '../shared/localize.js';
import { storeContext } from '../shared/context.js';
import { anonymousViewer } from '../shared/viewer.js';
import { emit } from '../shared/events.js';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../shared/format.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import styles from './customer-form.styles.js';
import { messages, type FormMessage } from './messages.js';
import { concreteSegments, contactFormFields, customerFormFields, formLevels, optionLabel, type FormField } from './form-fields.js';
import { blankContact, blankCustomer, changeKind, normaliseContact, normaliseCustomer } from './draft.js';
import { getAt, isJsonObject, jsonEqual, pathText, setAt, toJson, type Json, type JsonObject, type Segment } from './json.js';
import { applyChoices, mergeRows, type MergeChoice, type MergeRow } from './merge.js';
import { DossierConflictEvent, DossierSaveEvent, type ConflictSummary } from './events.js';
import { errorMessage, reportStoreError } from '../shared/error-message.js';

export { DossierConflictEvent, DossierSaveEvent, type ConflictDetail, type ConflictSummary, type SaveDetail } from './events.js';
export type { MergeChoice } from './merge.js';

/** A record as a store returns it (any record map). */
interface StoredLike {
  kind: string;
  id: string;
  rev: number;
  by: string;
  at: string;
  deleted: boolean;
  value: unknown;
}

/**
 * What the form needs of a store: any adapter of the storage contract (`Store` of
 * @dossier/storage-adapters, with or without core's schemas) fits.
 */
export interface CustomerFormStore {
  // Every call names the viewer, so a store that enforces confidentiality (`withPrivacy`, the
  // http store in front of one) masks the reads and checks the writes for that person.
  get(kind: 'customer', id: string, options: { viewer: Viewer }): Promise<StoredLike | undefined>;
  list(kind: 'contact', query: { customerId: string; limit: number; viewer: Viewer }): Promise<{ items: StoredLike[] }>;
  batch(ops: readonly unknown[], options: { viewer: Viewer; by?: string | undefined }): Promise<{ ok: true; records: StoredLike[] } | { ok: false; conflicts: unknown[] }>;
  readonly kinds?: unknown;
}
type FormStore = CustomerFormStore;
type RecordKindName = 'customer' | 'contact';

/** A record as the form started from it: its JSON and the store revision it was read at. */
interface Based {
  json: JsonObject;
  rev: number | undefined;
}

/** One record of a conflict, with the rows the person chooses on. */
interface ConflictRecord {
  kind: RecordKindName;
  id: string;
  baseRev: number;
  currentRev: number | undefined;
  by: string | undefined;
  at: string | undefined;
  base: JsonObject | undefined;
  mine: JsonObject;
  theirs: JsonObject | undefined;
  /** Every differing field (what the viewer may not read is resolved by the proposal). */
  rows: MergeRow[];
  /** The rows the viewer may read, shown side by side. */
  visible: MergeRow[];
}

/** The outcome of `save()`. */
export type SaveOutcome =
  | { ok: true; rev: number | undefined }
  | { ok: false; reason: 'invalid' | 'conflict' | 'disabled' | 'error'; error?: unknown };

let defaultTemplates: TemplateRegistry | undefined;
const builtIn = () => (defaultTemplates ??= createTemplateRegistry(builtInProfileTemplates));
const newId = () => (globalThis.crypto?.randomUUID?.() ?? `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
const domId = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '-');

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
 * @event change - A field was changed by the person.
 * @event input - A field is being edited (from the inner control).
 * @event invalid - The form's validity was checked and it is invalid; from then on every message is shown at its field (unless it is an untouched new form).
 *
 * @csspart base - The whole form.
 * @csspart header - Title and revision.
 * @csspart title - The title (a heading).
 * @csspart status - Loading, saved and error messages.
 * @csspart error-summary - The list of problems shown when saving an invalid record.
 * @csspart kind - The organisation / person choice of a new record.
 * @csspart level - A section of one information level (also `level-1`, `level-2`, `level-3`).
 * @csspart group - A group of fields (credit, relationship …).
 * @csspart field - One field: label, control, message.
 * @csspart label - A field's label.
 * @csspart control - A field's input, select or text area.
 * @csspart error - A field's validation message.
 * @csspart contacts - The contacts section.
 * @csspart contact - One contact.
 * @csspart conflict - The conflict view.
 * @csspart conflict-field - One differing field of the conflict view.
 * @csspart actions - The save and undo buttons.
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
export class DossierCustomerForm extends DossierElement {
  static formAssociated = true;
  static override styles = [tokens, base, styles];

  /** The customer to edit (core's `Customer`, decoded or stored JSON). Unset: a new customer (or `customer-id`). */
  @property({ attribute: false }) customer?: Customer | JsonObject;

  /** The store revision `customer` was read at: saving is conditional on it. Unset with `customer`: the save is unconditional. */
  @property({ type: Number }) revision?: number;

  /** Id of a customer to load from the store (with its contacts) when `customer` is not given. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** Kind of a new customer: `organisation` (default) or `person`. */
  @property() kind: CustomerKind = 'organisation';

  /** The customer's contacts (core's `Contact`, decoded or JSON), when `customer` is given. */
  @property({ attribute: false }) contacts: readonly (Contact | JsonObject)[] = [];


  /** The store to save to (and load `customer-id` from); unset: the provider's store. */
  @property({ attribute: false }) store?: FormStore;

  /** Profile templates the form offers and validates with; unset: Dossier's built-in templates. */
  @property({ attribute: false }) templates?: TemplateRegistry;

  /** Name under which the customer JSON is submitted with a surrounding `<form>`. */
  @property({ reflect: true }) name = '';

  /** Disables every field and button. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * Whether a customer must be entered. Without it an untouched new form is valid and submits
   * nothing (an optional "add a customer" part of a larger form); with it, it is `valueMissing`.
   */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Level of the title heading (1–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;


  @consume({ context: storeContext, subscribe: true })
  @state()
  private providedStore?: unknown;

  @state() private draft: JsonObject | undefined;
  @state() private contactDrafts: JsonObject[] = [];
  @state() private touched = new Set<string>();
  @state() private showAll = false;
  @state() private formDisabled = false;
  @state() private status: { key: FormMessage; params?: Record<string, string | number>; alert?: boolean } | undefined;
  @state() private conflict: ConflictRecord[] | undefined;
  @state() private choices = new Map<string, MergeChoice>();
  @state() private saving = false;
  @state() private profileToAdd = '';

  private initial: JsonObject | undefined;
  private initialContacts: JsonObject[] = [];
  private based: Based | undefined;
  private basedContacts = new Map<string, Based>();
  private mode: 'new' | 'edit' = 'new';
  private ownerId: string | undefined;
  private loadedFrom: { store: unknown; id: string } | undefined;
  private validation: { draft: unknown; contacts: unknown; locale: string; templates: unknown; customer: ValidationIssue[]; contactIssues: ValidationIssue[][]; value?: unknown; contactValues: unknown[] } | undefined;

  constructor() {
    super();
    // A surrounding form's reportValidity()/submit fires `invalid` on the element: show every message.
    // (An untouched new form stays quiet, so a page can check validity without lighting up every field.)
    this.addEventListener('invalid', () => {
      if (this.dirty || this.mode !== 'new') this.showAll = true;
    });
  }

  // ---------------------------------------------------------------- public API


  /** The store in force (own property, else the provider's). */
  get resolvedStore(): FormStore | undefined {
    return this.store ?? (this.providedStore as FormStore | undefined);
  }

  /** The template registry in force. */
  get resolvedTemplates(): TemplateRegistry {
    return this.templates ?? builtIn();
  }

  /** The customer as edited so far (stored JSON, every field, including those the viewer cannot see). */
  get value(): JsonObject | undefined {
    return this.draft;
  }

  /** The contacts as edited so far (stored JSON). */
  get contactValues(): readonly JsonObject[] {
    return this.contactDrafts;
  }

  /** The surrounding form, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The element's validity (mirrors the first invalid field). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message of the first invalid field, in the locale. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the element takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the record is valid (fires `invalid` when not). */
  checkValidity(): boolean {
    this.syncFormState();
    return this.internals.checkValidity();
  }

  /** Like `checkValidity`, and shows every message at its field. */
  reportValidity(): boolean {
    this.syncFormState();
    this.showAll = true;
    return this.internals.reportValidity();
  }

  /** Moves the focus to the first invalid field, else the first field. */
  override focus(options?: FocusOptions): void {
    (this.firstInvalidControl() ?? this.firstControl() ?? this.shadowRoot?.querySelector<HTMLElement>('button'))?.focus(options);
  }

  /** Whether the person changed anything since the form was loaded or last saved. */
  get dirty(): boolean {
    return !jsonEqual(this.draft, this.initial) || !jsonEqual(this.contactDrafts, this.initialContacts);
  }

  /** Undoes every change: back to the customer the form was given, loaded or last saved. */
  reset(): void {
    this.draft = this.initial;
    this.contactDrafts = this.initialContacts;
    this.touched = new Set();
    this.showAll = false;
    this.conflict = undefined;
    this.status = undefined;
  }

  /**
   * Validates and saves the customer and its changed contacts in one atomic batch, each with the
   * revision it was based on. On a conflict nothing is written and the conflict view opens.
   *
   * @example
   * const outcome = await form.save(); // { ok: true, rev: 4 }
   */
  async save(): Promise<SaveOutcome> {
    if (this.effectivelyDisabled || !this.draft || this.saving) return { ok: false, reason: 'disabled' };
    this.showAll = true;
    const check = this.validate();
    if (check.customer.length > 0 || check.contactIssues.some((list) => list.length > 0)) {
      await this.updateComplete;
      this.firstInvalidControl()?.focus();
      return { ok: false, reason: 'invalid' };
    }
    const customerJson = toJson<JsonObject>(check.value);
    const contactsJson = check.contactValues.map((value) => toJson<JsonObject>(value));
    const store = this.resolvedStore;
    if (!store) {
      this.adoptSaved(customerJson, undefined, contactsJson.map((json) => ({ json, rev: undefined })));
      this.status = { key: 'savedNoStore' };
      emit(this, new DossierSaveEvent({ customer: customerJson, rev: undefined, contacts: contactsJson, created: this.mode === 'new' }));
      return { ok: true, rev: undefined };
    }

    type Op = { op: 'put'; kind: RecordKindName; value: unknown; baseRev?: number } | { op: 'remove'; kind: RecordKindName; id: string; baseRev?: number };
    const ops: Op[] = [];
    const created = this.mode === 'new' && !this.based;
    const customerBaseRev = this.based ? this.based.rev : 0;
    if (created || !jsonEqual(customerJson, this.based?.json)) {
      ops.push(withRev({ op: 'put', kind: 'customer', value: decodeFor(store, 'customer', customerJson) }, customerBaseRev));
    }
    const keptIds = new Set<string>();
    const changedContacts: JsonObject[] = [];
    for (const json of contactsJson) {
      const id = String(json['id']);
      keptIds.add(id);
      const was = this.basedContacts.get(id);
      if (was && jsonEqual(was.json, json)) continue;
      changedContacts.push(json);
      ops.push(withRev({ op: 'put', kind: 'contact', value: decodeFor(store, 'contact', json) }, was ? was.rev : 0));
    }
    for (const [id, was] of this.basedContacts) {
      if (!keptIds.has(id)) ops.push(withRev({ op: 'remove', kind: 'contact', id }, was.rev));
    }
    if (ops.length === 0) {
      this.status = { key: 'saved', params: { rev: this.based?.rev ?? 0 } };
      return { ok: true, rev: this.based?.rev };
    }

    this.saving = true;
    this.status = { key: 'saving' };
    try {
      const viewer = this.resolvedViewer;
      const result = await store.batch(ops, { viewer, ...(viewer === anonymousViewer ? {} : { by: viewer.userId }) });
      if (!result.ok) {
        this.openConflict(result.conflicts as unknown as StoreConflict[], customerJson, contactsJson);
        return { ok: false, reason: 'conflict' };
      }
      let rev: number | undefined;
      let savedCustomer = customerJson;
      const savedContacts = new Map<string, Based>();
      for (const record of result.records) {
        if (record.kind === 'customer') {
          rev = record.rev;
          savedCustomer = toJson(record.value);
        } else if (record.kind === 'contact' && !record.deleted) savedContacts.set(record.id, { json: toJson(record.value), rev: record.rev });
      }
      const contacts = contactsJson.map((json) => savedContacts.get(String(json['id'])) ?? this.basedContacts.get(String(json['id'])) ?? { json, rev: undefined });
      this.adoptSaved(savedCustomer, rev ?? this.based?.rev, contacts);
      this.status = { key: 'saved', params: { rev: this.based?.rev ?? 0 } };
      emit(this, new DossierSaveEvent({ customer: savedCustomer, rev: this.based?.rev, contacts: changedContacts.map((c) => savedContacts.get(String(c['id']))?.json ?? c), created }));
      return { ok: true, rev: this.based?.rev };
    } catch (error) {
      reportStoreError(this, error, 'write');
      this.status = { key: 'saveError', params: { message: errorMessage(error, this.resolvedLocale) }, alert: true };
      return { ok: false, reason: 'error', error };
    } finally {
      this.saving = false;
    }
  }

  /**
   * Chooses my version or theirs for one field of the conflict view (`record` is `customer` or
   * `contact:<id>`, `path` as in the view: `credit.limit`, `addresses`).
   *
   * @example
   * form.choose('customer', 'territory', 'theirs');
   */
  choose(record: string, path: string, choice: MergeChoice): void {
    this.choices = new Map(this.choices).set(`${record}|${path}`, choice);
  }

  /**
   * Saves the merge of the conflict view: the latest revision with the fields chosen as mine
   * replaced by my values, on top of that revision (a further conflict opens the view again).
   *
   * @example
   * form.choose('customer', 'territory', 'theirs');
   * await form.resolveConflict();
   */
  async resolveConflict(): Promise<SaveOutcome> {
    const conflict = this.conflict;
    if (!conflict) return this.save();
    for (const record of conflict) {
      const key = recordKey(record.kind, record.id);
      const choices = new Map<string, MergeChoice>();
      for (const row of record.rows) choices.set(row.key, this.choices.get(`${key}|${row.key}`) ?? row.proposed);
      const merged = record.theirs ? applyChoices(record.theirs, record.rows, choices) : record.mine;
      // The record is gone (removed meanwhile): write mine back unconditionally; its history keeps the rest.
      const based: Based = record.theirs ? { json: record.theirs, rev: record.currentRev } : { json: {}, rev: undefined };
      if (record.kind === 'customer') {
        this.draft = normaliseCustomer(merged);
        this.based = based;
      } else {
        this.contactDrafts = this.contactDrafts.map((c) => (c['id'] === record.id ? normaliseContact(merged) : c));
        this.basedContacts.set(record.id, based);
      }
    }
    this.conflict = undefined;
    this.choices = new Map();
    return this.save();
  }

  /** Leaves the conflict view without saving; the edits stay in the form. */
  cancelConflict(): void {
    this.conflict = undefined;
    this.choices = new Map();
    this.status = undefined;
  }

  // ---------------------------------------------------------------- form-associated callbacks

  /** The surrounding form was reset: back to the initial customer. */
  formResetCallback(): void {
    this.reset();
  }

  /** A surrounding fieldset or form was disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The browser restores the form's state (back/forward navigation, autofill). */
  formStateRestoreCallback(state: unknown): void {
    // Only a new record is restored: the state holds what the viewer may read, and restoring it
    // over an existing record would drop the fields the viewer cannot see.
    if (typeof state !== 'string' || this.mode !== 'new') return;
    try {
      const parsed = JSON.parse(state) as unknown;
      if (isJsonObject(parsed)) this.draft = normaliseCustomer(parsed);
    } catch {
      // Not ours: leave the form as it is.
    }
  }

  // ---------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('customer') || changed.has('revision') || changed.has('contacts')) {
      if (this.customer) {
        this.adopt(
          toJson(this.customer),
          this.revision,
          this.contacts.map((c) => ({ json: toJson(c), rev: undefined })),
          'edit',
        );
      } else if (changed.has('customer') && changed.get('customer') !== undefined) {
        this.draft = undefined;
      }
    }
    if (!this.draft && !this.customer && !this.customerId) {
      this.adopt(blankCustomer(this.kind, { id: newId(), now: new Date().toISOString(), salespersonId: this.defaultOwner() }), undefined, [], 'new');
    } else if (changed.has('kind') && this.mode === 'new' && this.draft && !this.dirty) {
      this.adopt(changeKind(this.draft, this.kind), undefined, [], 'new');
    } else if ((changed.has('viewer') || changed.has('providedViewer')) && this.mode === 'new' && !this.based && this.draft && !this.dirty) {
      // The viewer arrived (say, through the provider's context) after the blank record was made: it owns the new record.
      this.adopt(blankCustomer(this.customerKind, { id: String(this.draft['id']), now: new Date().toISOString(), salespersonId: this.defaultOwner() }), undefined, [], 'new');
    }
    const store = this.resolvedStore;
    if (!this.customer && this.customerId && store && (this.loadedFrom?.store !== store || this.loadedFrom.id !== this.customerId)) {
      this.loadedFrom = { store, id: this.customerId };
      void this.load(store, this.customerId);
    }
    const issues = this.validate();
    this.setState('dirty', this.dirty);
    this.setState('invalid', issues.customer.length > 0 || issues.contactIssues.some((l) => l.length > 0));
    this.setState('saving', this.saving);
    this.setState('conflict', this.conflict !== undefined);
    this.setState('disabled', this.effectivelyDisabled);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncFormState();
  }

  // ---------------------------------------------------------------- state

  private get effectivelyDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private defaultOwner(): string | undefined {
    const viewer = this.resolvedViewer;
    return viewer === anonymousViewer ? undefined : viewer.userId;
  }

  private adopt(customer: JsonObject, rev: number | undefined, contacts: Based[], mode: 'new' | 'edit'): void {
    this.draft = normaliseCustomer(customer);
    this.initial = this.draft;
    this.mode = mode;
    this.based = mode === 'edit' ? { json: this.draft, rev } : undefined;
    this.contactDrafts = contacts.map((c) => normaliseContact(c.json));
    this.initialContacts = this.contactDrafts;
    this.basedContacts = new Map(contacts.map((c) => [String(c.json['id']), c]));
    this.ownerId = typeof this.draft['salespersonId'] === 'string' ? this.draft['salespersonId'] : undefined;
    this.touched = new Set();
    this.showAll = false;
    this.conflict = undefined;
    this.choices = new Map();
  }

  private adoptSaved(customer: JsonObject, rev: number | undefined, contacts: Based[]): void {
    this.draft = normaliseCustomer(customer);
    this.initial = this.draft;
    this.based = { json: customer, rev };
    this.mode = 'edit';
    this.contactDrafts = contacts.map((c) => normaliseContact(c.json));
    this.initialContacts = this.contactDrafts;
    this.basedContacts = new Map(contacts.map((c) => [String(c.json['id']), c]));
    this.touched = new Set();
    this.showAll = false;
  }

  private async load(store: FormStore, id: string): Promise<void> {
    this.status = { key: 'loading' };
    try {
      const viewer = this.resolvedViewer;
      const [record, contacts] = await Promise.all([store.get('customer', id, { viewer }), store.list('contact', { customerId: id, limit: 200, viewer })]);
      if (this.loadedFrom?.id !== id || this.customer) return;
      if (!record) {
        this.status = { key: 'notFound', params: { id }, alert: true };
        this.draft = undefined;
        return;
      }
      this.adopt(
        toJson(record.value),
        record.rev,
        contacts.items.map((c) => ({ json: toJson(c.value), rev: c.rev })),
        'edit',
      );
      this.status = undefined;
    } catch (error) {
      reportStoreError(this, error, 'load');
      this.status = { key: 'loadError', params: { message: errorMessage(error, this.resolvedLocale) }, alert: true };
    }
  }

  private validate() {
    const locale = this.resolvedLocale;
    const templates = this.resolvedTemplates;
    const v = this.validation;
    if (v && v.draft === this.draft && v.contacts === this.contactDrafts && v.locale === locale && v.templates === templates) return v;
    const customer = this.draft ? validateCustomer(this.draft, { locale, templates }) : undefined;
    const contacts = this.contactDrafts.map((c) => validateContact(c, { locale }));
    // zod words a missing required value as a type error ("expected string, received undefined"): say "required".
    const plain = (record: unknown) => (issue: ValidationIssue): ValidationIssue =>
      issue.code === 'invalid_type' && getAt(record, issue.segments as Segment[]) === undefined ? { ...issue, message: this.t('requiredField') } : issue;
    // A field the viewer may not read came from the store masked (`138****1234`) and goes back
    // as it came: the store keeps the value behind it and validates the record it stores. Its
    // issues are not the viewer's to fix; the JSON is sent as it is.
    const customerRules = this.customerRules();
    const readable = (rules: readonly FieldRule[]) => (issue: ValidationIssue) => {
      const path = issue.segments.map(String);
      return path.length === 0 || !rules.some((rule) => !this.mayRead(rule) && rule.path.split('.').every((segment, i) => i >= path.length || segment === '*' || segment === path[i]));
    };
    const customerIssues = customer && !customer.ok ? customer.issues.filter(readable(customerRules)) : [];
    const contactIssues = contacts.map((r) => (r.ok ? [] : r.issues.filter(readable(contactRules))));
    this.validation = {
      draft: this.draft,
      contacts: this.contactDrafts,
      locale,
      templates,
      customer: customerIssues.map(plain(this.draft)),
      value: customer?.ok ? customer.value : customerIssues.length === 0 ? this.draft : undefined,
      contactIssues: contactIssues.map((issues, i) => issues.map(plain(this.contactDrafts[i]))),
      contactValues: contacts.map((r, i) => (r.ok ? r.value : contactIssues[i]!.length === 0 ? this.contactDrafts[i] : undefined)),
    };
    return this.validation;
  }

  /** Pushes value and validity to the surrounding form. */
  private syncFormState(): void {
    const draft = this.draft;
    const { customer, contactIssues } = this.validate();
    const pristineOptional = !this.required && this.mode === 'new' && !this.dirty;
    if (!draft || pristineOptional) {
      this.internals.setFormValue(null);
      if (this.required && !draft) this.internals.setValidity({ valueMissing: true }, this.t('formLabel'));
      else this.internals.setValidity({});
      return;
    }
    const visible = JSON.stringify(this.readableCustomer(draft));
    if (this.name) {
      const data = new FormData();
      data.append(this.name, visible);
      if (this.contactDrafts.length > 0) data.append(`${this.name}.contacts`, JSON.stringify(this.contactDrafts.map((c) => this.readableContact(c))));
      this.internals.setFormValue(data, visible);
    } else this.internals.setFormValue(visible);

    if (this.required && this.mode === 'new' && !this.dirty) {
      this.internals.setValidity({ valueMissing: true }, this.t('formLabel'), this.firstControl() ?? undefined);
      return;
    }
    const first = customer[0] ? { scope: 'c', issue: customer[0] } : firstContactIssue(contactIssues);
    if (!first) {
      this.internals.setValidity({});
      return;
    }
    const label = first.issue.field ? `${first.issue.field}: ` : '';
    const anchor = this.shadowRoot?.getElementById(controlId(first.scope, first.issue.path)) ?? this.firstControl();
    this.internals.setValidity({ customError: true }, `${label}${first.issue.message}`, anchor ?? undefined);
  }

  private readableCustomer(draft: JsonObject): JsonObject {
    return redact(draft, this.customerRules(), this.resolvedViewer, { ownerId: this.ownerId }).record;
  }

  private readableContact(contact: JsonObject): JsonObject {
    return redact(contact, contactRules, this.resolvedViewer, { ownerId: this.ownerId }).record;
  }

  private customerRules(): FieldRule[] {
    const kind = this.customerKind;
    return [...customerFieldsByKind[kind], ...this.resolvedTemplates.fields()].map(toRule);
  }

  private get customerKind(): CustomerKind {
    return this.draft?.['kind'] === 'person' ? 'person' : 'organisation';
  }

  private readonly t = new LocalizeController<FormMessage>(this, messages).t;

  private mayRead(entry: Pick<FieldEntry, 'sensitivity' | 'level'>): boolean {
    return canRead(this.resolvedViewer, entry, { ownerId: this.ownerId });
  }

  private mayWrite(entry: Pick<FieldEntry, 'sensitivity' | 'level'>): boolean {
    return !this.effectivelyDisabled && canWrite(this.resolvedViewer, entry, { ownerId: this.ownerId });
  }

  private firstControl(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('[part~=control]') ?? null;
  }

  private firstInvalidControl(): HTMLElement | null {
    if (!this.showAll && this.touched.size === 0) return null;
    return this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid=true]') ?? this.shadowRoot?.querySelector<HTMLElement>('[part~=error-summary] button') ?? null;
  }

  // ---------------------------------------------------------------- editing

  private setCustomerValue(segments: readonly Segment[], value: Json | undefined, key: string, isChange: boolean): void {
    if (!this.draft) return;
    let next = setAt(this.draft, segments, value);
    // A stage chosen here is a stage set by hand (it wins over the one grading derives).
    if (pathText(segments) === 'relationship.stage') next = setAt(next, ['relationship', 'setByHand'], true);
    this.draft = normaliseCustomer(next);
    this.touch(key, isChange);
  }

  private setContactValue(index: number, segments: readonly Segment[], value: Json | undefined, key: string, isChange: boolean): void {
    this.contactDrafts = this.contactDrafts.map((c, i) => (i === index ? normaliseContact(setAt(c, segments, value)) : c));
    this.touch(key, isChange);
  }

  private touch(key: string, isChange: boolean): void {
    if (!this.touched.has(key)) this.touched = new Set(this.touched).add(key);
    if (this.status?.key === 'saved' || this.status?.key === 'savedNoStore') this.status = undefined;
    if (isChange) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private addAddress(): void {
    if (!this.draft) return;
    const list = Array.isArray(this.draft['addresses']) ? this.draft['addresses'] : [];
    this.draft = { ...this.draft, addresses: [...list, {}] };
    this.touch('c:addresses', true);
  }

  private removeAddress(index: number): void {
    if (!this.draft) return;
    const list = Array.isArray(this.draft['addresses']) ? this.draft['addresses'] : [];
    this.draft = { ...this.draft, addresses: list.filter((_, i) => i !== index) };
    this.touch('c:addresses', true);
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[data-action=add-address]')?.focus());
  }

  private addProfile(): void {
    const id = this.profileToAdd || this.addableTemplates()[0]?.id;
    if (!this.draft || !id) return;
    const profiles = isJsonObject(this.draft['profiles']) ? this.draft['profiles'] : {};
    this.draft = { ...this.draft, profiles: { ...profiles, [id]: {} } };
    this.profileToAdd = '';
    this.touch(`c:profiles.${id}`, true);
  }

  private removeProfile(id: string): void {
    if (!this.draft) return;
    const profiles = { ...(isJsonObject(this.draft['profiles']) ? this.draft['profiles'] : {}) };
    delete profiles[id];
    this.draft = { ...this.draft, profiles };
    this.touch(`c:profiles.${id}`, true);
  }

  private addContact(): void {
    const customerId = String(this.draft?.['id'] ?? '');
    this.contactDrafts = [...this.contactDrafts, blankContact(customerId, { id: newId(), now: new Date().toISOString() })];
    this.touch(`p:${this.contactDrafts.length - 1}`, true);
    void this.updateComplete.then(() => {
      const last = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[part~=contact]') ?? [])].pop();
      last?.querySelector<HTMLElement>('[part~=control]')?.focus();
    });
  }

  private removeContact(index: number): void {
    this.contactDrafts = this.contactDrafts.filter((_, i) => i !== index);
    this.touch(`p:${index}`, true);
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[data-action=add-contact]')?.focus());
  }

  private addableTemplates() {
    const profiles = isJsonObject(this.draft?.['profiles']) ? this.draft['profiles'] : {};
    return this.resolvedTemplates
      .list()
      .filter((t) => !(t.id in profiles) && (!t.appliesTo || t.appliesTo.includes(this.customerKind)) && this.mayWrite(t));
  }

  // ---------------------------------------------------------------- rendering

  protected override render() {
    const locale = this.resolvedLocale;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const draft = this.draft;
    const status = this.status
      ? html`<p part="status" class=${this.status.alert ? 'error' : ''} role=${this.status.alert ? 'alert' : 'status'}>${this.t(this.status.key, this.status.params)}</p>`
      : html`<p part="status" role="status"></p>`;
    if (!draft) {
      return html`<section part="base" lang=${locale} aria-label=${this.t('formLabel')}>${status}</section>`;
    }
    return html`<section part="base" lang=${locale} aria-labelledby="title" aria-busy=${this.saving ? 'true' : 'false'}>
      <header part="header">
        <div part="title" id="title" role="heading" aria-level=${level}>${this.titleText()}</div>
        ${this.based?.rev !== undefined ? html`<span class="muted">${this.t('revision', { rev: this.based.rev })}</span>` : nothing}
      </header>
      ${status}
      ${this.conflict
        ? this.renderConflict(this.conflict)
        : html`${this.renderSummary()} ${this.mode === 'new' && !this.based ? this.renderKind() : nothing}
          ${formLevels.map((l) => this.renderLevel(l))} ${this.renderContacts()}
          <div part="actions">
            <button part="button save" type="button" class="primary" ?disabled=${this.effectivelyDisabled || this.saving} @click=${() => void this.save()}>
              ${this.saving ? this.t('saving') : this.t('save')}
            </button>
            <button part="button reset" type="button" ?disabled=${this.effectivelyDisabled || !this.dirty} @click=${() => this.reset()}>${this.t('reset')}</button>
          </div>`}
    </section>`;
  }

  private titleText(): string {
    if (this.mode === 'new' && !this.based) return this.t(this.customerKind === 'person' ? 'newPerson' : 'newOrganisation');
    const nameRule = findField(customerFieldsByKind[this.customerKind], 'name.zh');
    const name = this.initial?.['name'];
    const text = nameRule && this.mayRead(nameRule) && isJsonObject(name) ? (name['zh'] ?? name['en']) : undefined;
    return typeof text === 'string' ? this.t('editing', { name: text }) : this.t('formLabel');
  }

  private renderKind(): TemplateResult {
    const kind = this.customerKind;
    return html`<fieldset part="kind">
      <legend>${this.t('kind')}</legend>
      ${customerKinds.map(
        (k) => html`<label class="inline"
          ><input
            type="radio"
            name="kind"
            value=${k}
            .checked=${live(kind === k)}
            ?disabled=${this.effectivelyDisabled}
            @change=${() => {
              if (!this.draft) return;
              this.draft = changeKind(this.draft, k);
              this.touch('c:kind', true);
            }}
          />
          ${vocabularyLabel(this.resolvedLocale, 'customerKinds', k)}</label
        >`,
      )}
    </fieldset>`;
  }

  private customerFields(): readonly FormField[] {
    return customerFormFields(this.customerKind, this.resolvedTemplates);
  }

  private renderLevel(level: InformationLevel) {
    const profiles = isJsonObject(this.draft?.['profiles']) ? this.draft['profiles'] : {};
    const fields = this.customerFields().filter(
      (f) => f.entry.level === level && this.mayRead(f.entry) && (!f.group.startsWith('profiles.') || f.group.slice(9) in profiles),
    );
    const profilesEntry = findField(customerFieldsByKind[this.customerKind], 'profiles');
    const adder = level === profilesEntry?.level && profilesEntry && this.mayRead(profilesEntry) ? this.renderProfileAdder() : nothing;
    // A level the viewer is not cleared for is not rendered at all (not hidden).
    if (fields.length === 0 && adder === nothing) return nothing;
    const groups = new Map<string, FormField[]>();
    for (const field of fields) groups.set(field.group, [...(groups.get(field.group) ?? []), field]);
    const body = html`${[...groups].map(([group, list]) => this.renderGroup(group, list))} ${adder}`;
    const titleId = `level-${level}-title`;
    if (level === 3) {
      return html`<details part="level level-3" class="level">
        <summary id=${titleId}>${this.t('level.3')}</summary>
        <p class="muted">${this.t('levelHint.3')}</p>
        ${body}
      </details>`;
    }
    return html`<section part="level level-${level}" class="level" aria-labelledby=${titleId}>
      <h3 id=${titleId}>${this.t(`level.${level}`)}</h3>
      ${body}
    </section>`;
  }

  private renderGroup(group: string, fields: FormField[]) {
    const locale = this.resolvedLocale;
    if (group === 'addresses') return this.renderAddresses(fields);
    // Long texts (full rows) after the short fields, so that the short ones pack into columns.
    const ordered = [...fields.filter((f) => !isWide(f)), ...fields.filter(isWide)];
    const controls = html`<div class="grid">${ordered.map((f) => this.renderCustomerControl(f, concreteSegments(f.segments)))}</div>`;
    if (group === '') return controls;
    const label = fields[0]?.groupLabel?.[locale] ?? group;
    let remove: TemplateResult | typeof nothing = nothing;
    if (group.startsWith('profiles.')) {
      const template = this.resolvedTemplates.get(group.slice(9));
      const readable = this.resolvedTemplates.fields().filter((f) => f.path.startsWith(`${group}.`)).every((f) => this.mayRead(f));
      if (template && readable && fields[0]?.entry.level === template.level && this.mayWrite(template)) {
        remove = html`<button part="button" type="button" class="link" @click=${() => this.removeProfile(template.id)}>
          ${this.t('removeProfile', { name: template.label[locale] })}
        </button>`;
      }
    }
    return html`<fieldset part="group" data-group=${group}>
      <legend>${label}</legend>
      ${controls} ${remove}
    </fieldset>`;
  }

  private renderAddresses(fields: FormField[]) {
    const list = Array.isArray(this.draft?.['addresses']) ? (this.draft['addresses'] as Json[]) : [];
    const writable = fields.some((f) => this.mayWrite(f.entry));
    const label = fields[0]?.groupLabel?.[this.resolvedLocale] ?? this.t('addresses');
    return html`<fieldset part="group" data-group="addresses">
      <legend>${label}</legend>
      ${list.map(
        (_, i) => html`<fieldset part="group" class="item">
          <legend>${this.t('address', { n: i + 1 })}</legend>
          <div class="grid">${fields.map((f) => this.renderCustomerControl(f, concreteSegments(f.segments, i)))}</div>
          ${writable ? html`<button part="button" type="button" class="link" @click=${() => this.removeAddress(i)}>${this.t('removeAddress', { n: i + 1 })}</button>` : nothing}
        </fieldset>`,
      )}
      ${writable ? html`<button part="button" type="button" data-action="add-address" @click=${() => this.addAddress()}>${this.t('addAddress')}</button>` : nothing}
    </fieldset>`;
  }

  private renderProfileAdder() {
    const addable = this.addableTemplates();
    if (addable.length === 0 || this.effectivelyDisabled) return nothing;
    const locale = this.resolvedLocale;
    return html`<fieldset part="group" data-group="profiles">
      <legend>${this.t('profiles')}</legend>
      <div class="row">
        <label for="profile-to-add">${this.t('profileToAdd')}</label>
        <select id="profile-to-add" @change=${(e: Event) => (this.profileToAdd = (e.target as HTMLSelectElement).value)}>
          ${addable.map((t) => html`<option value=${t.id} ?selected=${t.id === this.profileToAdd}>${t.label[locale]}</option>`)}
        </select>
        <button part="button" type="button" @click=${() => this.addProfile()}>${this.t('addProfile')}</button>
      </div>
    </fieldset>`;
  }

  private renderCustomerControl(field: FormField, segments: Segment[]) {
    const path = pathText(segments);
    return this.renderControl(field, {
      scope: 'c',
      segments,
      value: getAt(this.draft, segments),
      issues: this.validate().customer,
      onValue: (value, isChange) => this.setCustomerValue(segments, value, `c:${path}`, isChange),
    });
  }

  private renderContacts() {
    const fields = contactFormFields().filter((f) => this.mayRead(f.entry));
    const nameField = fields.find((f) => f.entry.path === 'name.zh');
    const writable = this.mayWrite({ sensitivity: 'internal', level: 1 });
    const issues = this.validate().contactIssues;
    return html`<section part="contacts" aria-labelledby="contacts-title">
      <h3 id="contacts-title">${this.t('contacts')}</h3>
      ${this.contactDrafts.length === 0 ? html`<p class="muted">${this.t('noContacts')}</p>` : nothing}
      ${this.contactDrafts.map((contact, i) => {
        const name = nameField ? (getAt(contact, ['name', 'zh']) ?? getAt(contact, ['name', 'en'])) : undefined;
        const scope = `p${i}`;
        return html`<fieldset part="contact" data-contact=${String(contact['id'])}>
          <legend>${typeof name === 'string' ? this.t('contactNamed', { n: i + 1, name }) : this.t('contact', { n: i + 1 })}</legend>
          <div class="grid">
            ${fields.map((f) =>
              this.renderControl(f, {
                scope,
                segments: concreteSegments(f.segments),
                value: getAt(contact, f.segments),
                issues: issues[i] ?? [],
                onValue: (value, isChange) => this.setContactValue(i, f.segments, value, `${scope}:${f.entry.path}`, isChange),
              }),
            )}
          </div>
          ${writable ? html`<button part="button" type="button" class="link" @click=${() => this.removeContact(i)}>${this.t('removeContact', { n: i + 1 })}</button>` : nothing}
        </fieldset>`;
      })}
      ${writable && !this.effectivelyDisabled
        ? html`<button part="button" type="button" data-action="add-contact" @click=${() => this.addContact()}>${this.t('addContact')}</button>`
        : nothing}
    </section>`;
  }

  private renderControl(
    field: FormField,
    options: { scope: string; segments: Segment[]; value: Json | undefined; issues: readonly ValidationIssue[]; onValue: (value: Json | undefined, isChange: boolean) => void },
  ) {
    const locale = this.resolvedLocale;
    const { scope, segments, value } = options;
    const path = pathText(segments);
    const id = controlId(scope, path);
    const errorId = `${id}-error`;
    const hintId = `${id}-hint`;
    const shown = this.showAll || this.touched.has(scope === 'c' ? `c:${path}` : `${scope}:${field.entry.path}`);
    const issues = shown ? options.issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`)) : [];
    const invalid = issues.length > 0;
    const readOnly = !this.mayWrite(field.entry);
    const label = field.entry.label[locale];
    const describedBy = [field.control === 'tags' ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ') || undefined;
    const error = invalid ? html`<p part="error" id=${errorId} class="error">${issues.map((i) => i.message).join(' ')}</p>` : nothing;
    const requiredMark = field.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing;
    const text = (v: Json | undefined) => (v === undefined || v === null ? '' : String(v));
    const fromText = (raw: string): Json | undefined => (raw === '' ? undefined : raw);
    const common = {
      id,
      invalid: invalid ? 'true' : undefined,
      describedBy,
    };

    if (field.control === 'checkboxes') {
      const selected = Array.isArray(value) ? value.map(String) : [];
      const values = field.values ?? Object.keys(field.entry.choices ?? {});
      return html`<fieldset part="field" class="field wide" data-path=${field.entry.path} id=${id} aria-describedby=${describedBy ?? nothing}>
        <legend part="label">${label}${requiredMark}</legend>
        <div class="choices">
          ${values.map(
            (v) => html`<label class="inline"
              ><input
                part="control"
                type="checkbox"
                value=${v}
                .checked=${live(selected.includes(v))}
                ?disabled=${readOnly}
                aria-invalid=${common.invalid ?? nothing}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const next = on ? [...selected, v] : selected.filter((s) => s !== v);
                  options.onValue(next.length === 0 && field.entry.optional ? undefined : next, true);
                }}
              />
              ${optionLabel(field, v, locale, (x) => this.fallbackOption(x))}</label
            >`,
          )}
        </div>
        ${error}
      </fieldset>`;
    }

    if (field.control === 'checkbox') {
      return html`<div part="field" class="field checkbox" data-path=${field.entry.path}>
        <input
          part="control"
          type="checkbox"
          id=${id}
          .checked=${live(value === true)}
          ?disabled=${readOnly}
          aria-invalid=${common.invalid ?? nothing}
          aria-describedby=${describedBy ?? nothing}
          @change=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            options.onValue(on ? true : field.entry.optional ? undefined : false, true);
          }}
        />
        <label part="label" for=${id}>${label}</label>
        ${error}
      </div>`;
    }

    let control: TemplateResult;
    if (field.control === 'select') {
      const current = text(value);
      control = html`<select
        part="control"
        id=${id}
        ?disabled=${readOnly}
        aria-required=${field.required ? 'true' : nothing}
        aria-invalid=${common.invalid ?? nothing}
        aria-describedby=${describedBy ?? nothing}
        @change=${(e: Event) => options.onValue(fromText((e.target as HTMLSelectElement).value), true)}
      >
        <option value="" ?selected=${current === ''}>${this.t('notSet')}</option>
        ${(field.values ?? []).map((v) => html`<option value=${v} ?selected=${current === v}>${optionLabel(field, v, locale, (x) => this.fallbackOption(x))}</option>`)}
      </select>`;
    } else if (field.control === 'textarea') {
      control = html`<textarea
        part="control"
        id=${id}
        rows="2"
        ?readonly=${readOnly}
        aria-required=${field.required ? 'true' : nothing}
        aria-invalid=${common.invalid ?? nothing}
        aria-describedby=${describedBy ?? nothing}
        .value=${live(text(value))}
        @input=${(e: Event) => options.onValue(fromText((e.target as HTMLTextAreaElement).value), false)}
        @change=${(e: Event) => options.onValue(fromText((e.target as HTMLTextAreaElement).value), true)}
      ></textarea>`;
    } else if (field.control === 'tags') {
      const list = Array.isArray(value) ? value.map(String) : [];
      control = html`<input
          part="control"
          id=${id}
          type="text"
          ?readonly=${readOnly}
          aria-invalid=${common.invalid ?? nothing}
          aria-describedby=${describedBy ?? nothing}
          .value=${live(list.join(locale === 'zh-CN' ? '、' : ', '))}
          @change=${(e: Event) => {
            const items = (e.target as HTMLInputElement).value
              .split(/[,，、;；\n]/)
              .map((s) => s.trim())
              .filter(Boolean);
            options.onValue(items.length === 0 && field.entry.optional ? undefined : items, true);
          }}
        />
        <span class="hint" id=${hintId}>${this.t('tagsHint')}</span>`;
    } else {
      const type = field.control === 'number' ? 'number' : field.control === 'text' ? 'text' : field.control;
      const parse = (raw: string): Json | undefined => {
        if (field.control !== 'number') return fromText(raw);
        if (raw.trim() === '') return undefined;
        const n = Number(raw);
        return Number.isFinite(n) ? n : raw;
      };
      control = html`<input
        part="control"
        id=${id}
        type=${type}
        step=${field.control === 'number' ? (field.entry.kind === 'money' ? '0.01' : '1') : nothing}
        inputmode=${field.entry.kind === 'mobile' ? 'tel' : nothing}
        autocomplete=${autocompleteOf(field.entry.kind)}
        ?readonly=${readOnly}
        aria-required=${field.required ? 'true' : nothing}
        aria-invalid=${common.invalid ?? nothing}
        aria-describedby=${describedBy ?? nothing}
        .value=${live(text(value))}
        @input=${(e: Event) => {
          if (field.control !== 'number') options.onValue(parse((e.target as HTMLInputElement).value), false);
        }}
        @change=${(e: Event) => options.onValue(parse((e.target as HTMLInputElement).value), true)}
      />`;
    }
    return html`<div part="field" class=${isWide(field) ? 'field wide' : 'field'} data-path=${field.entry.path}>
      <label part="label" for=${id}>${label}${requiredMark}${readOnly && !this.effectivelyDisabled ? html` <span class="muted">(${this.t('readOnly')})</span>` : nothing}</label>
      ${control} ${error}
    </div>`;
  }

  private fallbackOption(value: string): string {
    const key = `gender.${value}` as FormMessage;
    return key in messages.en ? this.t(key) : value;
  }

  private renderSummary() {
    if (!this.showAll) return nothing;
    const { customer, contactIssues } = this.validate();
    const all = [
      ...customer.map((issue) => ({ scope: 'c', issue, catalog: [...customerFieldsByKind[this.customerKind], ...this.resolvedTemplates.fields()] as readonly FieldEntry[] })),
      ...contactIssues.flatMap((list, i) => list.map((issue) => ({ scope: `p${i}`, issue, catalog: contactFields }))),
    ];
    if (all.length === 0) return nothing;
    return html`<div part="error-summary" role="alert">
      <p>${this.t('invalidSummary', { count: all.length })}</p>
      <ul>
        ${all.map(({ scope, issue, catalog }) => {
          const entry = issue.segments.length > 0 ? findField(catalog, issue.segments) : undefined;
          if (entry && !this.mayRead(entry)) return html`<li>${this.t('hiddenIssue')}</li>`;
          const text = `${issue.field ? `${issue.field}: ` : ''}${issue.message}`;
          const target = controlId(scope, issue.path);
          return html`<li>
            <button
              type="button"
              class="link"
              @click=${() => {
                const el = this.shadowRoot?.getElementById(target);
                const details = el?.closest('details');
                if (details) details.open = true;
                (el?.matches('fieldset') ? el.querySelector<HTMLElement>('input') : el)?.focus();
              }}
            >
              ${text}
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  // ---------------------------------------------------------------- conflicts

  private openConflict(conflicts: readonly StoreConflict[], customerJson: JsonObject, contactsJson: JsonObject[]): void {
    const records: ConflictRecord[] = [];
    const removals: string[] = [];
    for (const conflict of conflicts) {
      const kind = conflict.kind === 'contact' ? 'contact' : 'customer';
      if (conflict.attempted.op !== 'put') {
        // I removed a contact someone else changed: rebase the removal (its last value stays restorable in the store).
        removals.push(conflict.id);
        if (conflict.current) this.basedContacts.set(conflict.id, { json: toJson(conflict.current.value), rev: conflict.current.rev });
        continue;
      }
      const mine = kind === 'customer' ? customerJson : (contactsJson.find((c) => c['id'] === conflict.id) ?? {});
      const base = kind === 'customer' ? this.based?.json : this.basedContacts.get(conflict.id)?.json;
      const theirs = conflict.current ? toJson<JsonObject>(conflict.current.value) : undefined;
      const rows = mergeRows(base, mine, theirs);
      const catalog = kind === 'customer' ? [...customerFieldsByKind[this.customerKind], ...this.resolvedTemplates.fields()] : contactFields;
      records.push({
        kind,
        id: conflict.id,
        baseRev: conflict.baseRev,
        currentRev: conflict.current?.rev,
        by: conflict.current?.by,
        at: conflict.current?.at,
        base,
        mine,
        theirs,
        rows,
        visible: rows.filter((row) => this.rowReadable(catalog, row)),
      });
    }
    this.conflict = records.length > 0 ? records : undefined;
    this.choices = new Map();
    this.status = undefined;
    const summaries: ConflictSummary[] = records.map((r) => ({
      kind: r.kind,
      id: r.id,
      baseRev: r.baseRev,
      currentRev: r.currentRev ?? 0,
      by: r.by,
      fields: r.visible.map((row) => row.key),
    }));
    emit(this, new DossierConflictEvent({ conflicts: summaries }));
    if (records.length === 0 && removals.length > 0) void this.save();
    else void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~=conflict] [role=heading]')?.focus());
  }

  private rowReadable(catalog: readonly FieldEntry[], row: MergeRow): boolean {
    const key = row.segments.map((s) => (typeof s === 'number' ? '[]' : s)).join('.').replace(/\.\[\]/g, '[]');
    const inside = catalog.filter((e) => e.path === key || e.path.startsWith(`${key}.`) || e.path.startsWith(`${key}[]`));
    const entries = inside.length > 0 ? inside : [findField(catalog, row.segments as PropertyKey[])].filter((e): e is FieldEntry => e !== undefined);
    return entries.length > 0 && entries.every((e) => this.mayRead(e));
  }

  private renderConflict(records: ConflictRecord[]) {
    const locale = this.resolvedLocale;
    return html`<section part="conflict" aria-labelledby="conflict-title">
      <div id="conflict-title" role="heading" aria-level="3" tabindex="-1" class="conflict-title">${this.t('conflictTitle')}</div>
      ${records.map((record) => {
        const key = recordKey(record.kind, record.id);
        const catalogFields = record.kind === 'customer' ? this.customerFields() : contactFormFields();
        const catalog = record.kind === 'customer' ? [...customerFieldsByKind[this.customerKind], ...this.resolvedTemplates.fields()] : contactFields;
        return html`<div class="conflict-record" data-record=${key}>
          <p>
            <strong>${this.t('conflictRecord', { label: this.t(`record.${record.kind}`), id: record.id })}</strong> —
            ${this.t('conflictIntro', {
              by: record.by ?? '?',
              rev: record.currentRev ?? 0,
              at: record.at ? formatDateTime(locale, record.at) : '?',
              base: record.baseRev,
            })}
          </p>
          ${record.visible.map((row) => {
            const choice = this.choices.get(`${key}|${row.key}`) ?? row.proposed;
            const entry = findField(catalog, row.segments as PropertyKey[]);
            const field = catalogFields.find((f) => f.entry.path === entry?.path) ?? catalogFields.find((f) => f.group === String(row.segments[0]));
            const label = pathLabel(row, entry, field, locale);
            // Values are formatted by the catalogue entry of this very row (not of a list or group it belongs to).
            const exact = entry && entry.path === row.key.replace(/\[\d+\]/g, '[]') ? entry : undefined;
            const name = domId(`choice-${key}-${row.key}`);
            const side = (which: MergeChoice, value: Json | undefined) => html`<label part=${which} class="side ${which}">
              <input
                type="radio"
                name=${name}
                value=${which}
                .checked=${live(choice === which)}
                @change=${() => this.choose(key, row.key, which)}
              />
              <span class="side-name">${this.t(which)}</span>
              <span class="side-value">${this.display(exact, exact && field?.entry.path === exact.path ? field : undefined, value)}</span>
            </label>`;
            return html`<fieldset part="conflict-field" class=${row.both ? 'both' : ''} data-path=${row.key}>
              <legend>${label}${row.both ? html` <span class="badge">${this.t('bothChanged')}</span>` : nothing}</legend>
              <div class="sides">${side('mine', row.mine)} ${side('theirs', row.theirs)}</div>
            </fieldset>`;
          })}
        </div>`;
      })}
      <div part="actions">
        <button part="button" type="button" @click=${() => this.chooseAll('mine')}>${this.t('allMine')}</button>
        <button part="button" type="button" @click=${() => this.chooseAll('theirs')}>${this.t('allTheirs')}</button>
        <button part="button resolve" type="button" class="primary" ?disabled=${this.saving} @click=${() => void this.resolveConflict()}>
          ${this.t('keepChoices')}
        </button>
        <button part="button" type="button" @click=${() => this.cancelConflict()}>${this.t('cancelConflict')}</button>
      </div>
    </section>`;
  }

  private chooseAll(choice: MergeChoice): void {
    const next = new Map(this.choices);
    for (const record of this.conflict ?? []) for (const row of record.visible) next.set(`${recordKey(record.kind, record.id)}|${row.key}`, choice);
    this.choices = next;
  }

  /** A value of the conflict view as text, in the locale (options by their labels, dates and instants formatted). */
  private display(entry: FieldEntry | undefined, field: FormField | undefined, value: Json | undefined): string {
    const locale = this.resolvedLocale;
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return this.t('empty');
    if (typeof value === 'boolean') return this.t(value ? 'yes' : 'no');
    const one = (v: Json): string => {
      if (v === null) return '';
      if (typeof v === 'object') return Array.isArray(v) ? v.map(one).join(' ') : Object.values(v).map(one).filter(Boolean).join(' ');
      if (entry && (field?.values || entry.vocabulary || entry.choices)) return optionLabel({ entry }, String(v), locale, (x) => this.fallbackOption(x));
      if (typeof v === 'number') return entry?.kind === 'money' ? formatMoney(locale, v) : formatNumber(locale, v);
      if (typeof v === 'string' && entry?.kind === 'date') return formatDate(locale, v);
      if (typeof v === 'string' && entry?.kind === 'instant') return formatDateTime(locale, v);
      return String(v);
    };
    if (Array.isArray(value)) return value.map(one).join(locale === 'zh-CN' ? '、' : ', ');
    return one(value);
  }
}

/** A conflict value as the store returns it (any record map). */
interface StoreConflict {
  kind: string;
  id: string;
  baseRev: number;
  current: { rev: number; by: string; at: string; value: unknown } | undefined;
  attempted: { op: string; value?: unknown };
}

const contactRules: FieldRule[] = contactFields.map(toRule);

function toRule(entry: FieldEntry): FieldRule {
  return { path: entry.path.replace(/\[\]/g, '.*'), sensitivity: entry.sensitivity, level: entry.level };
}

/** Top-level long texts (notes, history) take a whole row; grouped ones share the columns. */
function isWide(field: FormField): boolean {
  return field.control === 'textarea' && field.segments.length === 1;
}

function withRev<T extends object>(op: T, rev: number | undefined): T & { baseRev?: number } {
  return rev === undefined ? op : { ...op, baseRev: rev };
}

/** The value a store wants for a kind: decoded by its kind table (dates as `Date`) when it has one. */
function decodeFor(store: FormStore, kind: RecordKindName, json: JsonObject): unknown {
  const definition = (store.kinds as Record<string, unknown> | undefined)?.[kind] as { decode?: (json: JsonObject) => { ok: boolean; value?: unknown } } | undefined;
  const decoded = definition?.decode?.(json);
  return decoded?.ok ? decoded.value : json;
}

function recordKey(kind: RecordKindName, id: string): string {
  return kind === 'customer' ? 'customer' : `contact:${id}`;
}

function controlId(scope: string, path: string): string {
  return domId(`${scope}-${path}`);
}

function firstContactIssue(lists: readonly ValidationIssue[][]): { scope: string; issue: ValidationIssue } | undefined {
  for (let i = 0; i < lists.length; i++) {
    const issue = lists[i]?.[0];
    if (issue) return { scope: `p${i}`, issue };
  }
  return undefined;
}

function pathLabel(row: MergeRow, entry: FieldEntry | undefined, field: FormField | undefined, locale: 'en' | 'zh-CN'): string {
  const catalogKey = row.key.replace(/\[\d+\]/g, '[]');
  if (entry && entry.path === catalogKey) return field?.groupLabel && field.group !== '' ? `${field.groupLabel[locale]} · ${entry.label[locale]}` : entry.label[locale];
  if (field?.groupLabel) return field.groupLabel[locale];
  return entry?.label[locale] ?? row.key;
}

function autocompleteOf(kind: FieldEntry['kind']): string {
  switch (kind) {
    case 'email':
      return 'email';
    case 'mobile':
    case 'phone':
      return 'tel';
    case 'url':
      return 'url';
    default:
      return 'off';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-customer-form': DossierCustomerForm;
  }
}
