import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  canRead,
  canWrite,
  contactFields,
  customerFieldsByKind,
  fieldRulesOf,
  redact,
  validateContact,
  validateCustomer,
  type CustomerKind,
  type FieldEntry,
  type FieldRule,
  type Locale,
  type TemplateRegistry,
  type ValidationIssue,
  type Viewer,
} from '@dossier/core';
import { anonymousViewer } from '../shared/viewer.js';
import { blankContact, normaliseContact, normaliseCustomer } from './draft.js';
import { stamped } from './source-stamp.js';
import { getAt, isJsonObject, jsonEqual, pathText, setAt, type Json, type JsonObject, type Segment } from './json.js';

/** A record as the form started from it: its JSON and the store revision it was read at. */
export interface Based {
  json: JsonObject;
  rev: number | undefined;
}

/** What the draft needs of its element, read at each call. */
export interface DraftOptions {
  locale: () => Locale;
  viewer: () => Viewer;
  templates: () => TemplateRegistry;
  disabled: () => boolean;
  /** The message for a required value left empty (zod words it as a type error). */
  requiredMessage: () => string;
  /** Called after every edit by the person (`isChange`: a committed change, not a keystroke). */
  onEdit: (isChange: boolean) => void;
}

/** The validation of the draft: issues the viewer may fix, and the values to store when valid. */
export interface DraftValidation {
  customer: ValidationIssue[];
  contactIssues: ValidationIssue[][];
  value: unknown;
  contactValues: unknown[];
}

/** Access rules without masks: what the form submits leaves out what the viewer may not read, not even masked. */
const unmasked = (rules: readonly FieldRule[]): FieldRule[] => rules.map(({ mask: _mask, ...rule }) => rule);
const contactRules = unmasked(fieldRulesOf(contactFields));
const newId = () => globalThis.crypto?.randomUUID?.() ?? `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * The customer being edited, its contacts, what the person touched and how it validates: the
 * DOM-free state of `<dossier-customer-form>`. Every change re-renders the host.
 *
 * @example
 * const draft = new DraftController(host, options);
 * draft.adopt(customerJson, 3, [], 'edit');
 * draft.setCustomerValue(['territory'], '华南', true);
 * draft.dirty; // true
 */
export class DraftController implements ReactiveController {
  draft: JsonObject | undefined;
  contactDrafts: JsonObject[] = [];
  touched = new Set<string>();
  /** Show every message (after a save or a validity report), not only those of touched fields. */
  showAll = false;
  mode: 'new' | 'edit' = 'new';
  /** The customer and contacts as last read or saved, with their revisions (undefined: never stored). */
  based: Based | undefined;
  basedContacts = new Map<string, Based>();
  ownerId: string | undefined;
  /** The levels and groups shown open (filled in, wrong, or opened by the person) since the record was adopted. */
  opened = new Set<string>();
  #initial: JsonObject | undefined;
  #initialContacts: JsonObject[] = [];
  #cache: { key: readonly unknown[]; result: DraftValidation } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts over from a record (as given, loaded or saved): nothing touched, nothing dirty. */
  adopt(customer: JsonObject, rev: number | undefined, contacts: readonly Based[], mode: 'new' | 'edit'): void {
    // What the person opened stays open when the same record is saved; another record starts closed.
    if (customer['id'] !== this.draft?.['id']) this.opened = new Set();
    const initial = normaliseCustomer(customer);
    this.#initial = initial;
    this.mode = mode;
    this.based = mode === 'edit' ? { json: initial, rev } : undefined;
    this.#initialContacts = contacts.map((c) => normaliseContact(c.json));
    this.basedContacts = new Map(contacts.map((c) => [String(c.json['id']), c]));
    this.ownerId = typeof initial['salespersonId'] === 'string' ? initial['salespersonId'] : undefined;
    this.reset();
  }

  /** Forgets the record (a `customer` property was unset). */
  clear(): void {
    this.draft = undefined;
    this.host.requestUpdate();
  }

  /** Replaces the whole draft (a change of kind, a merge, a restored state). */
  replace(draft: JsonObject, touchedKey?: string): void {
    this.draft = normaliseCustomer(draft);
    if (touchedKey) this.touch(touchedKey, true);
    else this.host.requestUpdate();
  }

  /** Replaces one contact (a merge). */
  replaceContact(id: string, contact: JsonObject): void {
    this.contactDrafts = this.contactDrafts.map((c) => (c['id'] === id ? normaliseContact(contact) : c));
    this.host.requestUpdate();
  }

  /** The record as adopted (given, loaded or saved), before the person's edits. */
  get adopted(): JsonObject | undefined {
    return this.#initial;
  }

  /** Whether the person changed anything since the record was adopted. */
  get dirty(): boolean {
    return !jsonEqual(this.draft, this.#initial) || !jsonEqual(this.contactDrafts, this.#initialContacts);
  }

  /** Back to the record as adopted. */
  reset(): void {
    this.draft = this.#initial;
    this.contactDrafts = this.#initialContacts;
    this.touched = new Set();
    this.showAll = false;
    this.host.requestUpdate();
  }

  reveal(): void {
    this.showAll = true;
    this.host.requestUpdate();
  }

  get customerKind(): CustomerKind {
    return this.draft?.['kind'] === 'person' ? 'person' : 'organisation';
  }

  /** The catalogue of the customer's kind with the profile templates' fields. */
  customerCatalog(): readonly FieldEntry[] {
    return [...customerFieldsByKind[this.customerKind], ...this.options.templates().fields()];
  }

  mayRead(entry: Pick<FieldEntry, 'sensitivity' | 'level'>): boolean {
    return canRead(this.options.viewer(), entry, { ownerId: this.ownerId });
  }

  mayWrite(entry: Pick<FieldEntry, 'sensitivity' | 'level'>): boolean {
    return !this.options.disabled() && canWrite(this.options.viewer(), entry, { ownerId: this.ownerId });
  }

  /** The customer without what the viewer may not read (what a surrounding form submits). */
  readableCustomer(): JsonObject | undefined {
    const rules = [...unmasked(fieldRulesOf(customerFieldsByKind[this.customerKind])), ...unmasked(fieldRulesOf(this.options.templates().fields()))];
    return this.draft && redact(this.draft, rules, this.options.viewer(), { ownerId: this.ownerId }).record;
  }

  readableContacts(): JsonObject[] {
    return this.contactDrafts.map((c) => redact(c, contactRules, this.options.viewer(), { ownerId: this.ownerId }).record);
  }

  /** Core's validation of the draft and its contacts in the locale, cached until one of them changes. */
  validate(): DraftValidation {
    const locale = this.options.locale();
    const templates = this.options.templates();
    const viewer = this.options.viewer();
    const key = [this.draft, this.contactDrafts, locale, templates, viewer];
    if (this.#cache && this.#cache.key.every((k, i) => k === key[i])) return this.#cache.result;
    const customer = this.draft ? validateCustomer(this.draft, { locale, templates }) : undefined;
    const contacts = this.contactDrafts.map((c) => validateContact(c, { locale }));
    // zod words a missing required value as a type error ("expected string, received undefined"): say "required".
    const plain = (record: unknown) => (issue: ValidationIssue): ValidationIssue =>
      issue.code === 'invalid_type' && getAt(record, issue.segments as Segment[]) === undefined ? { ...issue, message: this.options.requiredMessage() } : issue;
    // A field the viewer may not read came from the store masked (`138****1234`) and goes back
    // as it came: the store keeps the value behind it and validates the record it stores. Its
    // issues are not the viewer's to fix; the JSON is sent as it is.
    const readable = (rules: readonly FieldRule[]) => (issue: ValidationIssue) => {
      const path = issue.segments.map(String);
      return path.length === 0 || !rules.some((rule) => !this.mayRead(rule) && rule.path.split('.').every((s, i) => i >= path.length || s === '*' || s === path[i]));
    };
    const customerRules = [...fieldRulesOf(customerFieldsByKind[this.customerKind]), ...fieldRulesOf(templates.fields())];
    const customerIssues = customer && !customer.ok ? customer.issues.filter(readable(customerRules)) : [];
    const contactIssues = contacts.map((r) => (r.ok ? [] : r.issues.filter(readable(contactRules))));
    const result: DraftValidation = {
      customer: customerIssues.map(plain(this.draft)),
      value: customer?.ok ? customer.value : customerIssues.length === 0 ? this.draft : undefined,
      contactIssues: contactIssues.map((issues, i) => issues.map(plain(this.contactDrafts[i]))),
      contactValues: contacts.map((r, i) => (r.ok ? r.value : contactIssues[i]!.length === 0 ? this.contactDrafts[i] : undefined)),
    };
    this.#cache = { key, result };
    return result;
  }

  get invalid(): boolean {
    const { customer, contactIssues } = this.validate();
    return customer.length > 0 || contactIssues.some((list) => list.length > 0);
  }

  // ------------------------------------------------------------------ edits

  setCustomerValue(segments: readonly Segment[], value: Json | undefined, isChange: boolean): void {
    if (!this.draft) return;
    let next = setAt(this.draft, segments, value);
    // A stage chosen here is a stage set by hand (it wins over the one grading derives).
    if (pathText(segments) === 'relationship.stage') next = setAt(next, ['relationship', 'setByHand'], true);
    this.draft = normaliseCustomer(next);
    this.touch(`c:${pathText(segments)}`, isChange);
  }

  setContactValue(index: number, segments: readonly Segment[], value: Json | undefined, key: string, isChange: boolean): void {
    this.contactDrafts = this.contactDrafts.map((c, i) => (i === index ? normaliseContact(setAt(c, segments, value)) : c));
    this.touch(key, isChange);
  }

  touch(key: string, isChange: boolean): void {
    if (!this.touched.has(key)) this.touched = new Set(this.touched).add(key);
    this.host.requestUpdate();
    this.options.onEdit(isChange);
  }

  /** Whether the message of a control is shown: after a save or a report, or once it was touched. */
  shows(key: string): boolean {
    return this.showAll || this.touched.has(key);
  }

  private list(key: 'addresses'): Json[] {
    const list = this.draft?.[key];
    return Array.isArray(list) ? list : [];
  }

  addAddress(): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, addresses: [...this.list('addresses'), {}] };
    this.touch('c:addresses', true);
  }

  removeAddress(index: number): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, addresses: this.list('addresses').filter((_, i) => i !== index) };
    this.touch('c:addresses', true);
  }

  get profiles(): JsonObject {
    return isJsonObject(this.draft?.['profiles']) ? this.draft['profiles'] : {};
  }

  addProfile(id: string): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, profiles: { ...this.profiles, [id]: {} } };
    this.touch(`c:profiles.${id}`, true);
  }

  removeProfile(id: string): void {
    if (!this.draft) return;
    const profiles = { ...this.profiles };
    delete profiles[id];
    this.draft = { ...this.draft, profiles };
    this.touch(`c:profiles.${id}`, true);
  }

  /** The profile templates the person may still add to this customer. */
  addableTemplates() {
    return this.options
      .templates()
      .list()
      .filter((t) => !(t.id in this.profiles) && (!t.appliesTo || t.appliesTo.includes(this.customerKind)) && this.mayWrite(t));
  }

  /** The signed-in person (who collects what they enter); undefined when anonymous. */
  get viewerId(): string | undefined {
    const viewer = this.options.viewer();
    return viewer === anonymousViewer ? undefined : viewer.userId;
  }

  /** Writes a record's provenance (`source`, `facts`): the customer (`c`) or contact `p<i>`. */
  setProvenance(scope: string, patch: { source?: Json | undefined; facts?: Json | undefined }): void {
    for (const [key, value] of Object.entries(patch)) {
      if (scope === 'c') this.setCustomerValue([key], value, true);
      else this.setContactValue(Number(scope.slice(1)), [key], value, `${scope}:${key}`, true);
    }
  }

  addContact(): void {
    const customerId = String(this.draft?.['id'] ?? '');
    const now = new Date().toISOString();
    this.contactDrafts = [...this.contactDrafts, stamped(blankContact(customerId, { id: newId(), now }), this.viewerId, now)];
    this.touch(`p:${this.contactDrafts.length - 1}`, true);
  }

  removeContact(index: number): void {
    this.contactDrafts = this.contactDrafts.filter((_, i) => i !== index);
    this.touch(`p:${index}`, true);
  }
}

export { newId };
