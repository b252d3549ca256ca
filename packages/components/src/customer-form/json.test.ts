import { expect } from '@open-wc/testing';
import { getAt, isBlank, jsonEqual, leaves, pathText, setAt, toJson } from './json.js';

describe('customer-form json helpers', () => {
  it('toJson turns dates into ISO strings and drops undefined members', () => {
    expect(toJson({ at: new Date(Date.UTC(2026, 0, 5, 2)), gone: undefined, n: 1 })).to.deep.equal({ at: '2026-01-05T02:00:00.000Z', n: 1 });
  });

  it('getAt reads through objects and lists, undefined past a leaf or a gap', () => {
    const record = { addresses: [{ city: '杭州市' }], name: { zh: '王芳' } };
    expect(getAt(record, ['addresses', 0, 'city'])).to.equal('杭州市');
    expect(getAt(record, ['addresses', 1, 'city'])).to.equal(undefined);
    expect(getAt(record, ['name', 'zh', 'x'])).to.equal(undefined);
    expect(getAt(record, [])).to.equal(record);
  });

  it('setAt copies only the path, creates objects and lists on the way, and removes on undefined', () => {
    const root = { credit: { limit: 5 }, tags: ['a'], other: { x: 1 } };
    const next = setAt(root, ['credit', 'rating'], 'AA');
    expect(next).to.deep.equal({ credit: { limit: 5, rating: 'AA' }, tags: ['a'], other: { x: 1 } });
    expect(root.credit).to.deep.equal({ limit: 5 });
    expect(next.other).to.equal(root.other);
    expect(setAt({}, ['addresses', 0, 'city'], '宁波市')).to.deep.equal({ addresses: [{ city: '宁波市' }] });
    expect(setAt(root, ['credit', 'limit'], undefined).credit).to.deep.equal({});
    expect(setAt({ list: ['a', 'b', 'c'] }, ['list', 1], undefined)).to.deep.equal({ list: ['a', 'c'] });
  });

  it('jsonEqual ignores key order and treats an undefined member as absent', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).to.equal(true);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).to.equal(true);
    expect(jsonEqual([1, 2], [2, 1])).to.equal(false);
    expect(jsonEqual({ a: [] }, { a: {} })).to.equal(false);
    expect(jsonEqual(null, {})).to.equal(false);
  });

  it('leaves lists every scalar and every whole list with its path', () => {
    expect(leaves({ name: { zh: '王芳', en: 'Wang' }, tags: ['a'], n: 0 })).to.deep.equal([
      { segments: ['name', 'zh'], value: '王芳' },
      { segments: ['name', 'en'], value: 'Wang' },
      { segments: ['tags'], value: ['a'] },
      { segments: ['n'], value: 0 },
    ]);
    expect(leaves(undefined)).to.deep.equal([]);
  });

  it('pathText writes the paths of core’s validation issues', () => {
    expect(pathText(['addresses', 0, 'street'])).to.equal('addresses[0].street');
    expect(pathText(['credit', 'limit'])).to.equal('credit.limit');
    expect(pathText([])).to.equal('');
  });

  it('isBlank: nothing entered, including objects of blanks; 0 and false are entries', () => {
    expect(isBlank({ relatedParties: [], note: '', deep: { x: null } })).to.equal(true);
    expect(isBlank(0)).to.equal(false);
    expect(isBlank(false)).to.equal(false);
    expect(isBlank({ note: ' ' })).to.equal(false);
  });
});
