import type { ReactiveController } from 'lit';
import { catalogPath, contactFields, findField, type FieldEntry, type MessageParams, type Viewer } from '@dossier/core';
import type { BatchOp, JsonRecord } from '@dossier/storage-adapters';
import { emit } from '../shared/events.js';
import { errorMessage, reportStoreError } from '../shared/error-message.js';
import { StoreMutation, type MutationHost, type WritableStore } from '../shared/store-mutation.js';
import type { Based, DraftController } from './draft-controller.js';
import { DossierConflictEvent, DossierSaveEvent, type ConflictSummary } from './events.js';
import { jsonEqual, toJson, type JsonObject } from './json.js';
import { applyChoices, mergeRows, type MergeChoice, type MergeRow } from './merge.js';
import type { FormMessage } from './messages.js';

/** A record as a store returns it (any record map). */
export interface StoredLike {
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
 * @dossier/storage-adapters, with or without core's schemas) fits. Every call names the viewer,
 * so a store that enforces confidentiality masks the reads and checks the writes for that person.
 */
export interface CustomerFormStore {
  get(kind: 'customer', id: string, options: { viewer: Viewer }): Promise<StoredLike | undefined>;
  list(kind: 'contact', query: { customerId: string; limit: number; viewer: Viewer }): Promise<{ items: StoredLike[] }>;
  batch(ops: readonly unknown[], options: { viewer: Viewer; by?: string | undefined }): Promise<{ ok: true; records: StoredLike[] } | { ok: false; conflicts: unknown[] }>;
  readonly kinds?: unknown;
}

export type RecordKindName = 'customer' | 'contact';

/** One record of a conflict, with the rows the person chooses on. */
export interface ConflictRecord {
  kind: RecordKindName;
  id: string;
  baseRev: number;
  currentRev: number | undefined;
  by: string | undefined;
  at: string | undefined;
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

/** A line of the form's status (loading, saved, an error). */
export interface FormStatus {
  key: FormMessage;
  params?: MessageParams;
  alert?: boolean;
}

/** A conflict as the store returns it (any record map). */
interface StoreConflict {
  kind: string;
  id: string;
  baseRev: number;
  current: StoredLike | undefined;
  attempted: { op: string; value?: unknown };
}

export type SaveHost = MutationHost<CustomerFormStore> & { readonly disabledNow: boolean };

export const recordKey = (kind: RecordKindName, id: string) => (kind === 'customer' ? 'customer' : `contact:${id}`);

/** The value a store wants for a kind: decoded by its kind table (dates as `Date`) when it has one. */
function decodeFor(store: CustomerFormStore | undefined, kind: RecordKindName, json: JsonObject): unknown {
  const definition = (store?.kinds as Record<string, unknown> | undefined)?.[kind] as { decode?: (json: JsonObject) => { ok: boolean; value?: unknown } } | undefined;
  const decoded = definition?.decode?.(json);
  return decoded?.ok ? decoded.value : json;
}

const withRev = (op: BatchOp, rev: number | undefined): BatchOp => (rev === undefined ? op : { ...op, baseRev: rev });

/**
 * Loads, saves and merges the form's record: reads by id on the viewer, writes the customer and
 * its changed contacts in one atomic batch through a {@link StoreMutation} (so on the viewer
 * too), each with the revision it was based on, and on a conflict keeps both versions and the
 * person's choice per field until they are saved on top of the latest revision.
 *
 * @example
 * const saver = new SaveController(host, draft);
 * await saver.save(); // { ok: true, rev: 4 }
 */
export class SaveController implements ReactiveController {
  status: FormStatus | undefined;
  conflict: ConflictRecord[] | undefined;
  choices = new Map<string, MergeChoice>();
  readonly write: StoreMutation;
  #loadedFrom: { store: unknown; id: string } | undefined;

  constructor(
    private readonly host: SaveHost,
    private readonly draft: DraftController,
  ) {
    // The form's store type is looser than the contract's (it accepts any adapter's record map).
    this.write = new StoreMutation(host as unknown as MutationHost<WritableStore>);
    host.addController(this);
  }

  hostConnected(): void {}

  /** The store in force (own property, else the provider's). */
  get store(): CustomerFormStore | undefined {
    return this.write.store as CustomerFormStore | undefined;
  }

  get saving(): boolean {
    return this.write.pending;
  }

  private set(status: FormStatus | undefined): void {
    this.status = status;
    this.host.requestUpdate();
  }

  /** Forgets a saved message (the person edits again). */
  edited(): void {
    if (this.status?.key === 'saved' || this.status?.key === 'savedNoStore') this.set(undefined);
  }

  /** Loads the customer `id` with its contacts when the store or the id changed since the last load. */
  loadIfNeeded(id: string): void {
    const store = this.store;
    if (!store || (this.#loadedFrom?.store === store && this.#loadedFrom.id === id)) return;
    this.#loadedFrom = { store, id };
    void this.load(store, id);
  }

  private async load(store: CustomerFormStore, id: string): Promise<void> {
    this.set({ key: 'loading' });
    try {
      const viewer = this.host.resolvedViewer;
      const [record, contacts] = await Promise.all([store.get('customer', id, { viewer }), store.list('contact', { customerId: id, limit: 200, viewer })]);
      if (this.#loadedFrom?.id !== id) return;
      if (!record) {
        this.draft.clear();
        return this.set({ key: 'notFound', params: { id }, alert: true });
      }
      this.adopt(toJson(record.value), record.rev, contacts.items.map((c) => ({ json: toJson(c.value), rev: c.rev })), 'edit');
      this.set(undefined);
    } catch (error) {
      reportStoreError(this.host, error, 'load');
      this.set({ key: 'loadError', params: { message: errorMessage(error, this.host.resolvedLocale) }, alert: true });
    }
  }

  /** Adopts a record into the draft and closes any conflict. */
  adopt(customer: JsonObject, rev: number | undefined, contacts: readonly Based[], mode: 'new' | 'edit'): void {
    this.draft.adopt(customer, rev, contacts, mode);
    this.conflict = undefined;
    this.choices = new Map();
  }

  /** Validates and saves the customer and its changed contacts in one atomic batch; on a conflict nothing is written. */
  async save(): Promise<SaveOutcome> {
    const draft = this.draft;
    if (this.host.disabledNow || !draft.draft || this.saving) return { ok: false, reason: 'disabled' };
    draft.reveal();
    const check = draft.validate();
    if (draft.invalid) return { ok: false, reason: 'invalid' };
    const customerJson = toJson<JsonObject>(check.value);
    const contactsJson = check.contactValues.map((value) => toJson<JsonObject>(value));
    const created = draft.mode === 'new' && !draft.based;
    const store = this.store;
    if (!store) {
      this.adopt(customerJson, undefined, contactsJson.map((json) => ({ json, rev: undefined })), 'edit');
      this.set({ key: 'savedNoStore' });
      emit(this.host, new DossierSaveEvent({ customer: customerJson, rev: undefined, contacts: contactsJson, created }));
      return { ok: true, rev: undefined };
    }
    const ops: BatchOp[] = [];
    if (created || !jsonEqual(customerJson, draft.based?.json)) {
      ops.push(withRev({ op: 'put', kind: 'customer', value: decodeFor(store, 'customer', customerJson) as JsonRecord }, draft.based ? draft.based.rev : 0));
    }
    const kept = new Set<string>();
    const changedContacts: JsonObject[] = [];
    for (const json of contactsJson) {
      const was = draft.basedContacts.get(String(json['id']));
      kept.add(String(json['id']));
      if (was && jsonEqual(was.json, json)) continue;
      changedContacts.push(json);
      ops.push(withRev({ op: 'put', kind: 'contact', value: decodeFor(store, 'contact', json) as JsonRecord }, was ? was.rev : 0));
    }
    for (const [id, was] of draft.basedContacts) if (!kept.has(id)) ops.push(withRev({ op: 'remove', kind: 'contact', id }, was.rev));
    if (ops.length === 0) {
      this.set({ key: 'saved', params: { rev: draft.based?.rev ?? 0 } });
      return { ok: true, rev: draft.based?.rev };
    }

    this.set({ key: 'saving' });
    const outcome = await this.write.batch(ops);
    if (outcome.status === 'error') {
      this.set({ key: 'saveError', params: { message: this.write.errorMessage ?? '' }, alert: true });
      return { ok: false, reason: 'error', error: outcome.error };
    }
    if (outcome.status === 'conflict') {
      this.#openConflict(outcome.conflicts as unknown as StoreConflict[], customerJson, contactsJson);
      return { ok: false, reason: 'conflict' };
    }
    let rev = draft.based?.rev;
    let savedCustomer = customerJson;
    const savedContacts = new Map<string, Based>();
    for (const record of outcome.records as unknown as StoredLike[]) {
      if (record.kind === 'customer') [rev, savedCustomer] = [record.rev, toJson(record.value)];
      else if (record.kind === 'contact' && !record.deleted) savedContacts.set(record.id, { json: toJson(record.value), rev: record.rev });
    }
    const contacts = contactsJson.map((json) => savedContacts.get(String(json['id'])) ?? draft.basedContacts.get(String(json['id'])) ?? { json, rev: undefined });
    this.adopt(savedCustomer, rev, contacts, 'edit');
    this.set({ key: 'saved', params: { rev: rev ?? 0 } });
    const contactsSaved = changedContacts.map((c) => savedContacts.get(String(c['id']))?.json ?? c);
    emit(this.host, new DossierSaveEvent({ customer: savedCustomer, rev, contacts: contactsSaved, created }));
    return { ok: true, rev };
  }

  choose(record: string, path: string, choice: MergeChoice): void {
    this.choices = new Map(this.choices).set(`${record}|${path}`, choice);
    this.host.requestUpdate();
  }

  /** The choice in force for a row: the person's, else the proposal. */
  choiceOf(record: ConflictRecord, row: MergeRow): MergeChoice {
    return this.choices.get(`${recordKey(record.kind, record.id)}|${row.key}`) ?? row.proposed;
  }

  chooseAll(choice: MergeChoice): void {
    const next = new Map<string, MergeChoice>();
    for (const record of this.conflict ?? []) for (const row of record.visible) next.set(`${recordKey(record.kind, record.id)}|${row.key}`, choice);
    this.choices = next;
    this.host.requestUpdate();
  }

  /** Saves the merge: the latest revision with the fields chosen as mine replaced by my values. */
  async resolveConflict(): Promise<SaveOutcome> {
    for (const record of this.conflict ?? []) {
      const choices = new Map(record.rows.map((row) => [row.key, this.choiceOf(record, row)]));
      const merged = record.theirs ? applyChoices(record.theirs, record.rows, choices) : record.mine;
      // The record is gone (removed meanwhile): write mine back unconditionally; its history keeps the rest.
      const based: Based = record.theirs ? { json: record.theirs, rev: record.currentRev } : { json: {}, rev: undefined };
      if (record.kind === 'customer') {
        this.draft.replace(merged);
        this.draft.based = based;
      } else {
        this.draft.replaceContact(record.id, merged);
        this.draft.basedContacts.set(record.id, based);
      }
    }
    this.cancelConflict();
    return this.save();
  }

  cancelConflict(): void {
    this.conflict = undefined;
    this.choices = new Map();
    this.set(undefined);
  }

  #openConflict(conflicts: readonly StoreConflict[], customerJson: JsonObject, contactsJson: JsonObject[]): void {
    const records: ConflictRecord[] = [];
    let removals = 0;
    for (const conflict of conflicts) {
      const kind = conflict.kind === 'contact' ? 'contact' : 'customer';
      if (conflict.attempted.op !== 'put') {
        // I removed a contact someone else changed: rebase the removal (its last value stays restorable in the store).
        removals++;
        if (conflict.current) this.draft.basedContacts.set(conflict.id, { json: toJson(conflict.current.value), rev: conflict.current.rev });
        continue;
      }
      const mine = kind === 'customer' ? customerJson : (contactsJson.find((c) => c['id'] === conflict.id) ?? {});
      const base = kind === 'customer' ? this.draft.based?.json : this.draft.basedContacts.get(conflict.id)?.json;
      const theirs = conflict.current ? toJson<JsonObject>(conflict.current.value) : undefined;
      const rows = mergeRows(base, mine, theirs);
      const catalog = kind === 'customer' ? this.draft.customerCatalog() : contactFields;
      const { current } = conflict;
      records.push({ kind, id: conflict.id, baseRev: conflict.baseRev, currentRev: current?.rev, by: current?.by, at: current?.at, mine, theirs, rows, visible: rows.filter((row) => this.#readable(catalog, row)) });
    }
    this.conflict = records.length > 0 ? records : undefined;
    this.choices = new Map();
    this.set(undefined);
    const summaries: ConflictSummary[] = records.map((r) => ({ kind: r.kind, id: r.id, baseRev: r.baseRev, currentRev: r.currentRev ?? 0, by: r.by, fields: r.visible.map((row) => row.key) }));
    emit(this.host, new DossierConflictEvent({ conflicts: summaries }));
    if (records.length === 0 && removals > 0) void this.save();
    else void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('[part~=conflict] [role=heading]')?.focus());
  }

  /** Whether the viewer may read every field a row covers (a group or list: every field inside it). */
  #readable(catalog: readonly FieldEntry[], row: MergeRow): boolean {
    const key = catalogPath(row.segments);
    const inside = catalog.filter((e) => e.path === key || e.path.startsWith(`${key}.`) || e.path.startsWith(`${key}[]`));
    const entries = inside.length > 0 ? inside : [findField(catalog, row.segments)].filter((e): e is FieldEntry => e !== undefined);
    return entries.length > 0 && entries.every((e) => this.draft.mayRead(e));
  }
}
