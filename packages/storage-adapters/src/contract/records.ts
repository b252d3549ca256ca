import type { JsonObject, JsonValue } from './json.js';
import type { RecordIndex, StoreKind } from './kinds.js';
import type { StoreViewer } from './viewer.js';

/**
 * One field that changed between two revisions. `path` walks nested objects; an array is one
 * field (it changes as a whole). A missing `before` means the field was added, a missing
 * `after` that it was removed.
 */
export interface FieldChange {
  path: string[];
  before?: JsonValue;
  after?: JsonValue;
}

/** What every revision says about itself. */
export interface RevisionMeta {
  /** Revision number of the record: 1 for the first put, +1 for every write after it. */
  rev: number;
  /** ISO timestamp of the write. */
  at: string;
  /** Who wrote it (a user id, `import`, `system` …). */
  by: string;
  /** Whether this revision is a tombstone (the record was removed and may be restored). */
  deleted: boolean;
  /** What the write was. */
  op: WriteOp;
}

/** The three writes that create revisions, plus the bulk import of transactions. */
export type WriteOp = 'put' | 'remove' | 'restore' | 'import';

/**
 * A record as the store returns it: the decoded value and its revision. For a tombstone
 * (`deleted: true`) `value` is the last value before the removal, kept so that it can be
 * restored.
 */
export interface StoredRecord<T, K extends StoreKind = StoreKind> extends RevisionMeta {
  kind: K;
  id: string;
  value: T;
}

/** One revision of a record's history, with what changed compared to the revision before. */
export interface RecordRevision<T, K extends StoreKind = StoreKind> extends StoredRecord<T, K> {
  changes: FieldChange[];
}

/**
 * One revision as adapters keep it: plain JSON only, so it can go into IndexedDB, a SQL row
 * (`data`, `changes` and `index` as jsonb / columns) or an HTTP body unchanged. `version` is
 * the schema version `data` was written at; reads migrate older data.
 */
export interface RevisionRow extends RevisionMeta {
  kind: StoreKind;
  id: string;
  version: number;
  data: JsonObject;
  changes: FieldChange[];
  index: RecordIndex;
}

/**
 * A write that was based on a revision that is no longer the current one. It is returned, never
 * thrown, and nothing was written: `current` is what the store holds now (undefined when the
 * record does not exist), `attempted` what the write wanted to store, so a person can merge.
 */
export interface Conflict<T, K extends StoreKind = StoreKind> {
  code: 'conflict';
  kind: K;
  id: string;
  /** The revision the write said it was based on (0: "must not exist yet"). */
  baseRev: number;
  /** What the store holds now. */
  current: StoredRecord<T, K> | undefined;
  /** What the write wanted: the new value for a put, the current value for remove/restore. */
  attempted: { op: Exclude<WriteOp, 'import'>; value?: T | undefined };
  /** English message; `conflictMessage(conflict, locale)` gives it in another locale. */
  message: string;
}

/** The outcome of a single write: the new revision, or a conflict (nothing written). */
export type WriteResult<T, K extends StoreKind = StoreKind> =
  | { ok: true; record: StoredRecord<T, K> }
  | { ok: false; conflict: Conflict<T, K> };

/** Options every write takes. */
export interface WriteOptions {
  /**
   * The revision the write is based on. When given and the record's current revision differs,
   * the write returns a conflict and changes nothing. `0` means "the record must not exist"
   * (a tombstone counts as existing). Omitted: the write is unconditional.
   */
  baseRev?: number | undefined;
  /** Who writes; defaults to the store's `actor` option. */
  by?: string | undefined;
  /**
   * On whose rights the write is made. Adapters ignore it; the privacy store checks every
   * changed field against the viewer's write rights (`forbidden`) and keeps stored values of
   * fields the viewer cannot read (a redacted form sent back never wipes them).
   */
  viewer?: StoreViewer | undefined;
}
