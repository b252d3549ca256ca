import type { StoreKind } from './kinds.js';
import type { StoreError } from './errors.js';
import type { WriteOp } from './records.js';

/** What a change event reports: a write, or the purge of a record's earlier revisions. */
export type ChangeOp = WriteOp | 'purge';

/**
 * One record that changed: enough to decide whether to refetch it. For a `purge`, `rev` and
 * `deleted` are those of the revision left, `at`/`by` the time and author of the purge.
 */
export interface RecordChange {
  kind: StoreKind;
  id: string;
  rev: number;
  op: ChangeOp;
  deleted: boolean;
  at: string;
  by: string;
}

/**
 * One committed write (a put, a remove, a restore, a whole batch, or one chunk of a bulk
 * import), delivered after it is durable. A bulk import reports a count in `bulk` instead of
 * one entry per line.
 */
export interface ChangeEvent {
  changes: RecordChange[];
  bulk?: { kind: StoreKind; count: number } | undefined;
}

/** Receives change events. */
export type ChangeListener = (event: ChangeEvent) => void;

/** Which changes a subscriber wants. */
export interface SubscribeOptions {
  /** Only events touching these kinds (all kinds when omitted). */
  kinds?: readonly StoreKind[] | undefined;
  /**
   * Called when the feed stops for good because the server refused it (`unauthenticated`:
   * sign in; `forbidden`). Local stores never call it; a dropped connection is retried instead.
   */
  onError?: ((error: StoreError) => void) | undefined;
}

/**
 * A live subscription. `ready` resolves once events are flowing (immediately for local
 * stores; when the server stream is open for HTTP), so a test or a component knows that a
 * write made after it will be seen.
 */
export interface Subscription {
  readonly ready: Promise<void>;
  unsubscribe(): void;
}

/**
 * Keeps the listeners of one store and delivers events to them: the change feed every local
 * adapter uses. A throwing listener is reported and does not stop the others.
 *
 * @example
 * const hub = new ChangeHub();
 * const sub = hub.subscribe((event) => console.log(event.changes));
 * hub.emit({ changes: [{ kind: 'customer', id: 'c1', rev: 1, op: 'put', deleted: false, at, by }] });
 */
export class ChangeHub {
  readonly #listeners = new Set<{ listener: ChangeListener; kinds: readonly StoreKind[] | undefined }>();

  /** Number of live subscriptions. */
  get size(): number {
    return this.#listeners.size;
  }

  subscribe(listener: ChangeListener, options: SubscribeOptions = {}): Subscription {
    const entry = { listener, kinds: options.kinds };
    this.#listeners.add(entry);
    return { ready: Promise.resolve(), unsubscribe: () => this.#listeners.delete(entry) };
  }

  emit(event: ChangeEvent): void {
    if (event.changes.length === 0 && !event.bulk) return;
    for (const { listener, kinds } of [...this.#listeners]) {
      let delivered = event;
      if (kinds) {
        const changes = event.changes.filter((change) => kinds.includes(change.kind));
        const bulk = event.bulk && kinds.includes(event.bulk.kind) ? event.bulk : undefined;
        if (changes.length === 0 && !bulk) continue;
        delivered = bulk ? { changes, bulk } : { changes };
      }
      try {
        listener(delivered);
      } catch (error) {
        console.error(error);
      }
    }
  }

  clear(): void {
    this.#listeners.clear();
  }
}
