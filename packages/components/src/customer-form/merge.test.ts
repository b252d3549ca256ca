import { expect } from '@open-wc/testing';
import { applyChoices, mergeRows } from './merge.js';

describe('customer-form merge', () => {
  it('lists every field where mine and theirs differ, proposing the side that changed it', () => {
    // base: territory 华东, phone 1, notes none. Mine: phone 2, notes 'x'. Theirs: territory 华南, phone 3.
    const base = { id: 'C-1', territory: '华东', phone: '1' };
    const mine = { id: 'C-1', territory: '华东', phone: '2', notes: 'x' };
    const theirs = { id: 'C-1', territory: '华南', phone: '3', updatedAt: 'later' };
    const rows = mergeRows(base, mine, theirs);
    expect(rows.map((r) => [r.key, r.proposed, r.both])).to.deep.equal([
      ['territory', 'theirs', false],
      ['phone', 'mine', true],
      ['notes', 'mine', false],
    ]);
    // Bookkeeping (id, updatedAt …) is never a choice.
    expect(rows.some((r) => r.key === 'updatedAt' || r.key === 'id')).to.equal(false);
  });

  it('compares a list as one field and nested objects leaf by leaf', () => {
    const rows = mergeRows({ tags: ['a'], credit: { limit: 1, rating: 'A' } }, { tags: ['a', 'b'], credit: { limit: 2, rating: 'A' } }, { tags: ['a'], credit: { limit: 1, rating: 'B' } });
    expect(rows.map((r) => r.key)).to.deep.equal(['tags', 'credit.limit', 'credit.rating']);
    expect(rows[0]!.mine).to.deep.equal(['a', 'b']);
  });

  it('applies the choices on top of theirs: proposals by default, mine where chosen, and removes what mine removed', () => {
    const base = { a: 1, b: 1, c: 1 };
    const mine = { a: 2, b: 1 };
    const theirs = { a: 1, b: 3, c: 1 };
    const rows = mergeRows(base, mine, theirs);
    expect(applyChoices(theirs, rows, new Map())).to.deep.equal({ a: 2, b: 3 });
    expect(applyChoices(theirs, rows, new Map([['c', 'theirs']]))).to.deep.equal({ a: 2, b: 3, c: 1 });
    expect(applyChoices(theirs, rows, new Map([['b', 'mine']]))).to.deep.equal({ a: 2, b: 1 });
  });

  it('proposes mine for everything when there is no base (the record was created meanwhile)', () => {
    const rows = mergeRows(undefined, { a: 1 }, { a: 2 });
    expect(rows.map((r) => [r.key, r.proposed, r.both])).to.deep.equal([['a', 'mine', true]]);
  });
});
