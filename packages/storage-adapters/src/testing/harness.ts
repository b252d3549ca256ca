import type { FieldChange, JsonObject, JsonRecords, KindTable, Store, StoreKind } from '../contract/index.js';

/**
 * One stored revision as read straight from the storage (raw IndexedDB, raw SQL, the memory
 * store's data), bypassing the adapter's read path.
 */
export interface RawRevision {
  rev: number;
  deleted: boolean;
  data: JsonObject;
  /** The field changes as stored (`null`/absent where the adapter stores "every field added" implicitly). */
  changes?: FieldChange[] | null | undefined;
}

/**
 * An independent read path into an adapter's storage, so that a bug shared by the adapter's
 * write and read paths is still caught.
 */
export interface RawReader {
  /** Every revision of a record, oldest first (empty when there is none). */
  revisions(kind: StoreKind, id: string): Promise<RawRevision[]>;
  /** The ids of every record of a kind, tombstones included. */
  ids(kind: StoreKind): Promise<string[]>;
  /**
   * Everything the storage holds (every table, object store or map), as text: what an
   * attacker with the database files would scan. Optional; used by the erasure checks.
   */
  dump?(): Promise<string>;
}

/** What the suite asks an adapter's factory for. */
export interface HarnessOptions {
  /** The kind table to create the store with (the suite's own test kinds). */
  kinds: Partial<KindTable<JsonRecords>>;
  /** The clock for revision timestamps. */
  now: () => string;
  /** The default writer. */
  actor: string;
}

/** A fresh, empty store made for one case of the suite, and how to get rid of it. */
export interface Harness {
  store: Store<JsonRecords>;
  /** Independent read path (omit only when the adapter has none). */
  raw?: RawReader | undefined;
  /**
   * Opens the same storage again with other options (a newer kind table): used to check that
   * records written at an older schema version are migrated on read. Omit to skip that case.
   */
  reopen?(options: HarnessOptions): Promise<Store<JsonRecords>>;
  /** Closes the store(s) and deletes the storage. */
  cleanup(): Promise<void>;
}

/** A test function: `describe`/`it` of vitest or mocha. */
export type SuiteFunction = (name: string, body: () => void) => void;
export type TestFunction = (name: string, body: () => Promise<void>, timeout?: number) => void;

/** Options of `runStoreConformance`. */
export interface ConformanceOptions {
  /** Creates a fresh, empty harness for one case. */
  create(options: HarnessOptions): Promise<Harness>;
  /** `describe` of the test framework (vitest or mocha). */
  describe: SuiteFunction;
  /** `it` of the test framework. */
  it: TestFunction;
  /** Timeout per case in ms (passed as `it`'s third argument). Default 30 000. */
  timeout?: number | undefined;
  /** Runs of each property (fast-check). Default 20. */
  numRuns?: number | undefined;
  /** Cases to skip, by name (with a reason in the adapter's test file). */
  skip?: readonly string[] | undefined;
}
