import type { ChangeEvent } from '@dossier/storage-adapters';
import { StoreQuery, type ChangeFeed, type StoreHost, type StoreKindName } from './store-controller.js';

/** One page of a paged load: its items and the cursor of the next page (none: the last page). */
export interface StorePage<T> {
  items: readonly T[];
  nextCursor?: string | undefined;
}

/** Options of {@link StorePager}. */
export interface StorePagerOptions<S, T> {
  /** Kinds whose changes make the loaded pages stale (they load again from the first). */
  kinds?: readonly StoreKindName[];
  /** Kinds only watched on the same change feed: their changes call `onChange`, the pages stay. */
  watch?: { kinds: readonly StoreKindName[]; onChange: (event: ChangeEvent) => void };
  /** Whether to load at all (say, only when the element was not given its rows). Default: always. */
  enabled?: () => boolean;
  /** What the query depends on besides the store (search, filters, viewer); compared item by item. */
  deps: () => readonly unknown[];
  /** Loads one page (`cursor` undefined: the first); `signal` aborts when a newer load starts or the element leaves. */
  loadPage: (store: S, cursor: string | undefined, signal: AbortSignal) => Promise<StorePage<T>>;
  /** Called with each page's items once they are added; `first`: they replaced what was loaded. */
  onPage?: (items: readonly T[], first: boolean) => void;
  /** Called when the deps change after a first load (a new query: say, scroll back to the top). */
  onNewQuery?: () => void;
}

/**
 * The paged mode of `StoreLoader`: loads a query's pages one by one as the element asks for more
 * (`more()`: the user scrolled near the end), keeping every page loaded in `items`; starts again
 * from the first page when the store, the deps or the data (a change of the given kinds) change.
 * Keeps what was loaded while the first page of a new load is on its way and after an error; an
 * answer of an older load is dropped.
 *
 * @example
 * private readonly pages = new StorePager(this, {
 *   kinds: ['customer'],
 *   deps: () => [this.search, this.resolvedViewer],
 *   loadPage: (store, cursor) => store.list('customer', { text: this.search, viewer: this.resolvedViewer, limit: 500, cursor }),
 * });
 * onScrollEnd() { this.pages.more(); }
 */
export class StorePager<S extends ChangeFeed, T> extends StoreQuery<S> {
  /** Every item of the pages loaded, in order. */
  items: readonly T[] = [];
  /** The cursor of the next page; undefined when the last page is loaded (or nothing is). */
  cursor: string | undefined;

  readonly #options: StorePagerOptions<S, T>;

  constructor(host: StoreHost<S>, options: StorePagerOptions<S, T>) {
    super(host, options.kinds, options.watch);
    this.#options = options;
  }

  hostUpdate(): void {
    this.sync();
  }

  /**
   * Starts the first page again when the store, the deps or the data changed. Runs before every
   * render; an element that reads `status` in `willUpdate` (which Lit runs before controllers)
   * calls it there first.
   */
  sync(): void {
    if (this.#options.enabled?.() === false || !this.feed.store) {
      this.abort?.abort();
      this.loadedDeps = undefined;
      this.status = 'idle';
      return;
    }
    const changed = this.advance(this.#options.deps());
    if (changed === 'same') return;
    // A new query (not new data for the same one) after a first load.
    if (changed === 'deps') this.#options.onNewQuery?.();
    this.#load(true);
  }

  /** Loads the next page, if there is one and no load is under way. */
  more(): void {
    if (this.status === 'ready' && this.cursor !== undefined) this.#load(false);
  }

  #load(first: boolean): void {
    const store = this.feed.store;
    if (!store) return;
    const signal = this.restart();
    if (first) this.cursor = undefined;
    this.status = 'loading';
    this.#options.loadPage(store, this.cursor, signal).then(
      (page) => {
        if (signal.aborted) return;
        this.items = first ? page.items : [...this.items, ...page.items];
        this.cursor = page.nextCursor;
        this.error = undefined;
        this.status = 'ready';
        // The host's update is asked for first, so that `onPage` can wait for it (updateComplete).
        this.host.requestUpdate();
        this.#options.onPage?.(page.items, first);
      },
      (error: unknown) => this.failed(signal, error),
    );
  }
}
