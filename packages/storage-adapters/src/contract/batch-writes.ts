import type { RecordMap, StoreKind } from './kinds.js';
import type { WriteOptions, WriteResult } from './records.js';
import { checkBatchRevisions } from './plan.js';
import type { BatchOp, BatchResult, Store } from './store.js';

/** The writes every store exposes, derived from its one batch runner. */
export type BatchWrites<R extends RecordMap> = Pick<Store<R>, 'put' | 'remove' | 'restore' | 'batch'>;

/**
 * `put`, `remove`, `restore` and `batch` of a store in terms of the adapter's batch runner:
 * a single write is a batch of one, so every adapter gets the same atomicity, reports a
 * conflict the same way and refuses a `baseRev` out of range (`invalid`) before running.
 *
 * @example
 * const store = { ...batchWrites(runBatch, options.actor ?? 'unknown'), get, list };
 */
export function batchWrites<R extends RecordMap>(
  runBatch: (ops: readonly BatchOp<R>[], by: string) => Promise<BatchResult<R>>,
  actor: string,
): BatchWrites<R> {
  async function single<K extends StoreKind>(op: BatchOp<R>, options: WriteOptions = {}): Promise<WriteResult<R[K], K>> {
    checkBatchRevisions<R>([op]);
    const result = await runBatch([op], options.by ?? actor);
    if (result.ok) return { ok: true, record: result.records[0] as never };
    return { ok: false, conflict: result.conflicts[0] as never };
  }
  return {
    put: (kind, value, o = {}) => single({ op: 'put', kind, value, baseRev: o.baseRev } as BatchOp<R>, o),
    remove: (kind, id, o = {}) => single({ op: 'remove', kind, id, baseRev: o.baseRev } as BatchOp<R>, o),
    restore: (kind, id, o = {}) => single({ op: 'restore', kind, id, baseRev: o.baseRev } as BatchOp<R>, o),
    batch: async (ops, o = {}) => {
      checkBatchRevisions(ops);
      return runBatch(ops, o.by ?? actor);
    },
  };
}
