import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareRows, selectPage, selectSortedPage, type QueryableRow } from './query.js';

const rowArb = fc.record({
  id: fc.string({ unit: fc.constantFrom('a', 'b', 'é', '中', '😀', '～'), minLength: 1, maxLength: 3 }),
  sortName: fc.string({ unit: fc.constantFrom('a', 'B', 'é', '中', '😀', '～', '\uE061'), maxLength: 3 }),
  grade: fc.constantFrom('A', 'B', undefined),
  deleted: fc.boolean(),
});

describe('selectSortedPage', () => {
  it('gives the pages selectPage gives, page after page, in both directions', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: (r) => r.id, maxLength: 40 }),
        fc.constantFrom('id', 'name', 'updatedAt'),
        fc.constantFrom('asc', 'desc'),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(undefined, 'A'),
        (specs, sort, direction, limit, grade) => {
          const rows: QueryableRow[] = specs.map((r, i) => ({
            id: r.id,
            at: `2026-01-01T00:00:${String(i % 7).padStart(2, '0')}.000Z`,
            deleted: r.deleted,
            index: { search: r.sortName.toLowerCase(), sortName: r.sortName, ...(r.grade ? { grade: r.grade } : {}) },
          }));
          const sorted = [...rows].sort((a, b) => compareRows(a, b, sort, 'asc'));
          let cursor: string | undefined;
          let pages = 0;
          do {
            const query = { sort, direction, limit, ...(grade ? { grade } : {}), ...(cursor ? { cursor } : {}) };
            const expected = selectPage(rows, query);
            const actual = selectSortedPage(sorted, query);
            expect(actual.rows.map((r) => r.id)).toEqual(expected.rows.map((r) => r.id));
            expect(actual.nextCursor).toEqual(expected.nextCursor);
            cursor = expected.nextCursor;
          } while (cursor && ++pages < 50);
        },
      ),
      { numRuns: 300 },
    );
  });
});
