import type { MemoryData } from '../memory/index.js';
import type { RawReader } from './harness.js';

/**
 * The independent read path of the memory store: its data, read directly.
 *
 * @example
 * const data = createMemoryData();
 * const raw = memoryRawReader(data);
 */
export function memoryRawReader(data: MemoryData): Required<RawReader> {
  return {
    async revisions(kind, id) {
      return (data.revisions.get(kind)?.get(id) ?? []).map(({ rev, deleted, data: json, changes }) => ({ rev, deleted, data: structuredClone(json), changes: structuredClone(changes) }));
    },
    async ids(kind) {
      return [...(data.revisions.get(kind)?.keys() ?? [])];
    },
    async dump() {
      return JSON.stringify([...data.revisions].map(([kind, rows]) => [kind, [...rows]]));
    },
  };
}
