import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { ChangeEvent, ChangeListener, SubscribeOptions, Subscription } from '@dossier/storage-adapters';
import { storeContext } from './context.js';
import { reportStoreError } from './error-message.js';

/** A record kind of the store contract (`customer`, `contact` …). */
export type StoreKindName = NonNullable<SubscribeOptions['kinds']>[number];

/** What the controllers need of a store: its change feed. Every adapter of the contract has it. */
export interface ChangeFeed {
  subscribe(listener: ChangeListener, options?: SubscribeOptions): Subscription;
}

/** A host that may also be given its store directly (standalone, without a provider). */
export type StoreHost<S> = ReactiveControllerHost & HTMLElement & { store?: S | undefined };

/** Options of {@link StoreController}. */
export interface StoreControllerOptions {
  /** Only changes of these kinds wake the host (all kinds when omitted). */
  kinds?: readonly StoreKindName[];
  /** Called with every change event before the host re-renders. */
  onChange?: (event: ChangeEvent) => void;
  /**
   * Whether an event makes what was loaded stale (advances `generation`); default: every event.
   * Lets one subscription serve kinds that are loaded and kinds that are only watched.
   */
  stale?: (event: ChangeEvent) => boolean;
}

/** Whether a change event touches one of `kinds`. */
export function touches(event: ChangeEvent, kinds: readonly StoreKindName[]): boolean {
  return event.changes.some((change) => kinds.includes(change.kind)) || (event.bulk !== undefined && kinds.includes(event.bulk.kind));
}

/**
 * Connects an element to the store, the way TanStack Query's Lit adapter connects to its
 * client: the store is a stable service found through context (or set on the element), the
 * controller subscribes to its change feed while the element is connected and calls
 * `host.requestUpdate()` on every change. `generation` grows on every change and on every new
 * store, so an element can tell that what it loaded is stale.
 *
 * @example
 * class DossierThing extends DossierElement {
 *   @property({ attribute: false }) store?: DossierStoreLike;
 *   private readonly storeController = new StoreController(this, { kinds: ['customer'] });
 * }
 */
export class StoreController<S extends ChangeFeed = ChangeFeed> implements ReactiveController {
  /** Grows on every change event and every change of store. */
  generation = 0;
  /** The last change event delivered. */
  lastEvent: ChangeEvent | undefined;

  readonly #host: StoreHost<S>;
  readonly #options: StoreControllerOptions;
  readonly #consumer: ContextConsumer<typeof storeContext, StoreHost<S>>;
  #subscribedTo: S | undefined;
  #subscription: Subscription | undefined;

  constructor(host: StoreHost<S>, options: StoreControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    this.#consumer = new ContextConsumer(host, { context: storeContext, subscribe: true });
    host.addController(this);
  }

  /** The store in force: the element's own `store` property, else the provider's. */
  get store(): S | undefined {
    return this.#host.store ?? (this.#consumer.value as S | undefined);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    // The store may have arrived through context or been set as a property since last time.
    this.#sync();
  }

  hostDisconnected(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
    this.#subscribedTo = undefined;
  }

  #sync(): void {
    const store = this.store;
    if (store === this.#subscribedTo) return;
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
    this.#subscribedTo = store;
    this.generation++;
    if (store && typeof store.subscribe === 'function') {
      this.#subscription = store.subscribe(
        (event) => {
          this.lastEvent = event;
          if (this.#options.stale?.(event) ?? true) this.generation++;
          this.#options.onChange?.(event);
          this.#host.requestUpdate();
        },
        {
          ...(this.#options.kinds ? { kinds: this.#options.kinds } : {}),
          // The server refused the feed (401/403): it has stopped; a 401 asks the page to sign in.
          onError: (error) => reportStoreError(this.#host, error, 'feed'),
        },
      );
    }
    this.#host.requestUpdate();
  }
}

/** Where a load stands. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Options of {@link StoreLoader}. */
export interface StoreLoaderOptions<S, T> {
  /** Kinds whose changes make the loaded value stale. */
  kinds?: readonly StoreKindName[];
  /** What the load depends on besides the store (ids, filters); compared item by item. */
  deps: () => readonly unknown[];
  /** Loads the value; `signal` aborts when a newer load starts or the element leaves. */
  load: (store: S, signal: AbortSignal) => Promise<T>;
}

/**
 * What `StoreLoader` and `StorePager` share: the store's change feed, the deps and the data
 * generation they last loaded for, and the load under way (aborted by a newer one or when the
 * element leaves).
 */
export abstract class StoreQuery<S extends ChangeFeed> implements ReactiveController {
  status: LoadStatus = 'idle';
  error: unknown;

  protected readonly host: StoreHost<S>;
  protected readonly feed: StoreController<S>;
  protected loadedDeps: readonly unknown[] | undefined;
  protected abort: AbortController | undefined;
  #loadedGeneration = -1;

  /**
   * `watch`: more kinds on the same subscription whose changes do not make the load stale, only
   * call `onChange` (a list watching its customers' lines for their figures: one change feed).
   */
  constructor(host: StoreHost<S>, kinds: readonly StoreKindName[] | undefined, watch?: { kinds: readonly StoreKindName[]; onChange: (event: ChangeEvent) => void }) {
    this.host = host;
    this.feed = new StoreController<S>(
      host,
      watch && kinds
        ? { kinds: [...kinds, ...watch.kinds], stale: (event) => touches(event, kinds), onChange: (event) => touches(event, watch.kinds) && watch.onChange(event) }
        : kinds
          ? { kinds }
          : {},
    );
    host.addController(this);
  }

  /** The store in force. */
  get store(): S | undefined {
    return this.feed.store;
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.loadedDeps = undefined;
  }

  /**
   * What changed since the last load, recording these deps and the data as loaded: nothing
   * (`same`), the deps (`deps`: a new query) or only the store or its data (`data`).
   */
  protected advance(deps: readonly unknown[]): 'same' | 'deps' | 'data' {
    const previous = this.loadedDeps;
    const same = previous !== undefined && deps.length === previous.length && deps.every((d, i) => Object.is(d, previous[i]));
    if (same && this.#loadedGeneration === this.feed.generation) return 'same';
    this.loadedDeps = deps;
    this.#loadedGeneration = this.feed.generation;
    return previous !== undefined && !same ? 'deps' : 'data';
  }

  /** A load failed: unless a newer one started, says so (status, error, `dossier-store-error`). */
  protected failed(signal: AbortSignal, error: unknown): void {
    if (signal.aborted) return;
    reportStoreError(this.host, error, 'load');
    this.error = error;
    this.status = 'error';
    this.host.requestUpdate();
  }

  /** A new load's abort signal, aborting the one before. */
  protected restart(): AbortSignal {
    this.abort?.abort();
    this.abort = new AbortController();
    return this.abort.signal;
  }
}

/**
 * Loads a value from the store and keeps it current: reloads when the store, the deps or the
 * data (a change event of the given kinds) change. Keeps the previous value while reloading, so
 * a list does not flash empty on every write; a stale answer of an older load is dropped.
 *
 * @example
 * private readonly customer = new StoreLoader(this, {
 *   kinds: ['customer'],
 *   deps: () => [this.customerId],
 *   load: (store) => store.get('customer', this.customerId!),
 * });
 */
export class StoreLoader<S extends ChangeFeed, T> extends StoreQuery<S> {
  value: T | undefined;

  readonly #options: StoreLoaderOptions<S, T>;

  constructor(host: StoreHost<S>, options: StoreLoaderOptions<S, T>) {
    super(host, options.kinds);
    this.#options = options;
  }

  hostUpdate(): void {
    const store = this.feed.store;
    if (this.advance(this.#options.deps()) === 'same') return;
    if (!store) {
      this.abort?.abort();
      this.status = 'idle';
      return;
    }
    const signal = this.restart();
    this.status = 'loading';
    this.#options.load(store, signal).then(
      (value) => {
        if (signal.aborted) return;
        this.value = value;
        this.error = undefined;
        this.status = 'ready';
        this.host.requestUpdate();
      },
      (error: unknown) => this.failed(signal, error),
    );
  }

  /** Forgets what was loaded so that the next update loads again. */
  invalidate(): void {
    this.loadedDeps = undefined;
    this.host.requestUpdate();
  }
}
