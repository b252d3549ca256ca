import { expect } from '@open-wc/testing';
import { backTo, restorablePaths, restoredRecord, sameAt } from './restore.js';

const current = { id: 'C-1', updatedAt: '2026-03-01', territory: '华北', phone: '2', mobile: '139', addresses: [{ city: '宁波市' }] };
const old = { id: 'C-1', updatedAt: '2026-01-01', territory: '华东', phone: '1', mobile: '138', fax: '0571', addresses: [{ city: '杭州市' }] };

describe('restore helpers', () => {
  it('lists the differing fields the viewer may restore, never bookkeeping or a refused field', () => {
    const allowed = (path: string) => path !== 'mobile';
    // updatedAt is bookkeeping, mobile refused; addresses compare element by element
    expect(restorablePaths(current, old, allowed)).to.deep.equal([['addresses', '0', 'city'], ['fax'], ['phone'], ['territory']]);
  });

  it('builds the record to write: those fields from the old revision, every other field as it is now', () => {
    const next = restoredRecord(current, old, [['territory'], ['addresses', '0', 'city']]);
    expect(next).to.deep.equal({ ...current, territory: '华东', addresses: [{ city: '杭州市' }] });
    expect(current.territory).to.equal('华北'); // the current value is not changed
    // a field the old revision did not have is cleared
    expect('phone' in restoredRecord(current, { phone: undefined }, [['phone']])).to.equal(false);
  });

  it('finds the earlier revision a change went back to (not the one just before)', () => {
    const values = [
      { rev: 1, value: { t: '华东' } },
      { rev: 2, value: { t: '华南' } },
      { rev: 3, value: { t: '华北' } },
      { rev: 4, value: { t: '华东' } },
    ];
    expect(backTo(values, 3, ['t'])).to.equal(1);
    expect(backTo(values, 2, ['t'])).to.equal(undefined);
    expect(sameAt(values[0]!.value, values[3]!.value, ['t'])).to.equal(true);
  });
});
