import { describe, expect, it } from 'vitest';
import { changesImplied, impliedChanges } from './plan.js';

describe('the revision-compaction rule', () => {
  const added = [{ path: ['id'], after: 'c1' }];
  it('leaves out the changes of a put or import over nothing or a tombstone, and of an empty remove or restore', () => {
    expect(changesImplied({ op: 'put', changes: added }, true)).toBe(true);
    expect(changesImplied({ op: 'import', changes: added }, true)).toBe(true);
    expect(changesImplied({ op: 'put', changes: added }, false)).toBe(false);
    expect(changesImplied({ op: 'put', changes: [] }, false)).toBe(false);
    expect(changesImplied({ op: 'remove', changes: [] }, false)).toBe(true);
    expect(changesImplied({ op: 'restore', changes: [] }, true)).toBe(true);
    expect(changesImplied({ op: 'remove', changes: added }, true)).toBe(false);
  });

  it('gives back "every field added" for a put or import and nothing for the others', () => {
    expect(impliedChanges({ op: 'put', data: { name: 'b', id: 'c1' } })).toEqual([
      { path: ['id'], after: 'c1' },
      { path: ['name'], after: 'b' },
    ]);
    expect(impliedChanges({ op: 'import', data: { id: 't1' } })).toEqual([{ path: ['id'], after: 't1' }]);
    expect(impliedChanges({ op: 'remove', data: { id: 'c1' } })).toEqual([]);
  });
});
