import type { ReactiveController } from 'lit';
import { ContextConsumer } from '@lit/context';
import { LocalizedError, translate, type Catalog, type Locale, type Viewer } from '@dossier/core';
import type { AnyConflict, AnyStoredRecord, BatchOp, BatchOptions, BatchResult, StoreKind } from '@dossier/storage-adapters';
import { storeContext } from './context.js';
import { errorMessage, reportStoreError } from './error-message.js';
import type { StoreHost } from './store-controller.js';
import { anonymousViewer } from './viewer.js';

/** Where a write stands. `conflict`: the store refused it because someone saved in between (nothing written). */
export type MutationStatus = 'idle' | 'pending' | 'success' | 'error' | 'conflict';

/** What a {@link StoreMutation} needs of a store: `batch` (every adapter of the contract has it). */
export interface WritableStore {
  batch(ops: readonly BatchOp[], options?: BatchOptions): Promise<BatchResult>;
}

/** What the controller needs of its element: the viewer and locale it resolves (every `DossierElement`). */
export type MutationHost<S> = StoreHost<S> & { readonly resolvedViewer: Viewer; readonly resolvedLocale: Locale };

/** The outcome of one write; never thrown. */
export type MutationOutcome =
  | { status: 'success'; records: AnyStoredRecord[] }
  | { status: 'conflict'; conflicts: AnyConflict[] }
  | { status: 'error'; error: unknown };

const messages = {
  en: { noStore: 'There is no store to save to: put the element inside <dossier-provider> or set its store.' },
  'zh-CN': { noStore: '没有可保存到的存储：请把元素放在 <dossier-provider> 中，或设置它的 store。' },
} satisfies Catalog<'noStore'>;

/** The error of a write made without a store (translated, like every store error). */
export class NoStoreError extends LocalizedError<'no-store'> {
  constructor() {
    super('no-store', {}, (locale) => translate(messages, locale, 'noStore'));
    this.name = 'NoStoreError';
  }
}

/**
 * Writes to the store for an element, the write-side counterpart of `StoreLoader` (as TanStack
 * lit-query's mutation controller is of its query controller): finds the store (the element's own
 * `store` property, else the provider's), **always** writes on the element's `resolvedViewer` (and
 * as that user, unless anonymous), and keeps where the last write stands — `status`, the stored
 * `records`, the `conflicts`, the `error` and its `errorMessage` in the element's locale — so the
 * element renders it. Each change of state re-renders the host. A write never throws: a conflict
 * or an error is its outcome; a 401 also fires `dossier-unauthenticated`.
 *
 * @example
 * private readonly saving = new StoreMutation(this);
 * async save() {
 *   const outcome = await this.saving.put('customer', draft, { baseRev: this.rev });
 *   if (outcome.status === 'conflict') this.showConflict(outcome.conflicts[0]);
 * }
 * render() { return html`${this.saving.status === 'error' ? this.saving.errorMessage : ''}`; }
 */
export class StoreMutation<S extends WritableStore = WritableStore> implements ReactiveController {
  status: MutationStatus = 'idle';
  /** The records the last successful write stored, in the order of its operations. */
  records: AnyStoredRecord[] | undefined;
  /** The conflicts of the last write (when `status` is `conflict`). */
  conflicts: AnyConflict[] | undefined;
  /** The error of the last write (when `status` is `error`). */
  error: unknown;

  readonly #host: MutationHost<S>;
  readonly #consumer: ContextConsumer<typeof storeContext, MutationHost<S>>;
  #latest = 0;

  constructor(host: MutationHost<S>) {
    this.#host = host;
    this.#consumer = new ContextConsumer(host, { context: storeContext, subscribe: true });
    host.addController(this);
  }

  /** The store in force: the element's own `store` property, else the provider's. */
  get store(): S | undefined {
    return this.#host.store ?? (this.#consumer.value as S | undefined);
  }

  /** Whether a write is under way. */
  get pending(): boolean {
    return this.status === 'pending';
  }

  /** The last error in the element's locale (a `LocalizedError` translated), else undefined. */
  get errorMessage(): string | undefined {
    return this.status === 'error' ? errorMessage(this.error, this.#host.resolvedLocale) : undefined;
  }

  hostConnected(): void {}

  /** Writes one record (`baseRev`: the revision it was based on; 0: it must not exist yet). */
  put(kind: StoreKind, value: unknown, options: { baseRev?: number | undefined } = {}): Promise<MutationOutcome> {
    return this.batch([{ op: 'put', kind, value, ...(options.baseRev === undefined ? {} : { baseRev: options.baseRev }) } as BatchOp]);
  }

  /**
   * Writes several records atomically: all or, on any conflict, none. `by` names the writer the
   * store records when it is not the viewer (an import on someone's behalf); the viewer still
   * decides what may be written.
   */
  async batch(ops: readonly BatchOp[], options: { by?: string | undefined } = {}): Promise<MutationOutcome> {
    const run = ++this.#latest;
    const store = this.store;
    if (!store) return this.#settle(run, { status: 'error', error: new NoStoreError() });
    this.#set('pending');
    const viewer = this.#host.resolvedViewer;
    let outcome: MutationOutcome;
    try {
      const by = options.by ?? (viewer === anonymousViewer ? undefined : viewer.userId);
      const result = await store.batch(ops, { viewer, ...(by === undefined ? {} : { by }) });
      outcome = result.ok ? { status: 'success', records: result.records } : { status: 'conflict', conflicts: result.conflicts };
    } catch (error) {
      reportStoreError(this.#host, error, 'write');
      outcome = { status: 'error', error };
    }
    return this.#settle(run, outcome);
  }

  /** Back to `idle`, forgetting the last outcome (say, when the person edits again). */
  reset(): void {
    this.#latest++;
    this.records = this.conflicts = this.error = undefined;
    this.#set('idle');
  }

  #settle(run: number, outcome: MutationOutcome): MutationOutcome {
    // An older write that finishes after a newer one started does not overwrite its state.
    if (run !== this.#latest) return outcome;
    this.records = outcome.status === 'success' ? outcome.records : undefined;
    this.conflicts = outcome.status === 'conflict' ? outcome.conflicts : undefined;
    this.error = outcome.status === 'error' ? outcome.error : undefined;
    this.#set(outcome.status);
    return outcome;
  }

  #set(status: MutationStatus): void {
    this.status = status;
    this.#host.requestUpdate();
  }
}
