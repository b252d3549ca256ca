import { describe, expect, it } from 'vitest';
import { locales, recordKinds } from '@dossier/core';
import { ChangeHub } from './changes.js';
import { conflictMessage, isStoreError, storeError, StoreError, storeErrorCodes } from './errors.js';
import { defaultIndex, normalizeSearchText, resolveKinds, storeKinds } from './kinds.js';
import { storeMessages } from './messages.js';
import { diffFields, planBatch, rowKey } from './plan.js';
import { decodeCursor, encodeCursor, selectPage } from './query.js';
import type { RevisionRow } from './records.js';

describe('store kinds', () => {
  it('include every core record kind, plus grading runs', () => {
    for (const kind of recordKinds) expect(storeKinds).toContain(kind);
    expect(storeKinds).toContain('grading-run');
  });
});

describe('messages', () => {
  it('exist in every locale with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(storeMessages.en) as (keyof typeof storeMessages.en)[]) {
      for (const locale of locales) {
        expect(storeMessages[locale][key], `${locale} ${key}`).toBeTruthy();
        expect(placeholders(storeMessages[locale][key]), `${locale} ${key}`).toEqual(placeholders(storeMessages.en[key]));
      }
    }
  });

  it('StoreError carries code, id and both locales, and survives JSON', () => {
    const error = storeError('not-found', 'notFound', { kind: 'customer', id: '王芳' });
    expect(error.message).toBe('There is no customer record "王芳". Check the id, or reload the list: it may have been removed.');
    expect(error.localized('zh-CN')).toBe('不存在客户记录“王芳”。请检查编号，或刷新列表：它可能已被删除。');
    const copy = StoreError.fromJSON(JSON.parse(JSON.stringify(error.toJSON())));
    expect(copy).toMatchObject({ code: 'not-found', kind: 'customer', id: '王芳', message: error.message });
    expect(isStoreError(copy, 'not-found')).toBe(true);
    expect(isStoreError(copy, 'quota')).toBe(false);
    expect(isStoreError(new Error('x'))).toBe(false);
    expect(storeErrorCodes).toEqual(['conflict', 'not-found', 'invalid', 'unauthenticated', 'forbidden', 'quota', 'unavailable']);
  });
});

describe('defaultIndex', () => {
  it('reads flat JSON and core shapes alike', () => {
    const flat = defaultIndex({ id: '1', name: 'ACME', grade: 'B', stage: 'new', owner: 'r1', region: '华东', nature: 'manufacturer' });
    const core = defaultIndex({
      id: '1',
      name: { zh: '杭州科技', en: 'ACME' },
      grade: { current: 'B' },
      relationship: { stage: 'new' },
      salespersonId: 'r1',
      territory: '华东',
      nature: 'manufacturer',
    }, { initialsOf: (name) => (name === '杭州科技' ? 'hzkj' : '') });
    expect(flat).toMatchObject({ grade: 'B', stage: 'new', owner: 'r1', region: '华东', nature: 'manufacturer', search: 'acme', sortName: 'ACME' });
    expect(core).toMatchObject({ grade: 'B', stage: 'new', owner: 'r1', region: '华东', nature: 'manufacturer', search: '杭州科技\nacme\nhzkj', sortName: '杭州科技' });
    expect(normalizeSearchText(' A\nB ')).toBe('a b');
  });
});

describe('diffFields', () => {
  it('walks nested objects and treats arrays as one field', () => {
    expect(diffFields({ a: 1, n: { x: 1, y: 2 }, tags: ['a'] }, { a: 1, n: { x: 1, y: 3, z: 0 }, tags: ['a', 'b'] })).toEqual([
      { path: ['n', 'y'], before: 2, after: 3 },
      { path: ['n', 'z'], after: 0 },
      { path: ['tags'], before: ['a'], after: ['a', 'b'] },
    ]);
    expect(diffFields({ a: { b: 1 } }, { a: 'flat' })).toEqual([{ path: ['a'], before: { b: 1 }, after: 'flat' }]);
    expect(diffFields({ same: [1, { a: 2 }] }, { same: [1, { a: 2 }] })).toEqual([]);
  });
});

describe('planBatch', () => {
  const kinds = resolveKinds();
  const head: RevisionRow = {
    kind: 'customer', id: 'c1', rev: 3, at: 't', by: 'u', deleted: false, op: 'put', version: 1,
    data: { id: 'c1', n: 1 }, changes: [], index: defaultIndex({ id: 'c1' }),
  };
  it('chains operations on one record and diffs against the previous revision', () => {
    const plan = planBatch(
      [
        { op: 'put', kind: 'customer', value: { id: 'c1', n: 2 }, baseRev: 3 },
        { op: 'remove', kind: 'customer', id: 'c1', baseRev: 4 },
        { op: 'restore', kind: 'customer', id: 'c1', baseRev: 5 },
      ],
      { kinds, heads: new Map([[rowKey('customer', 'c1'), head]]), by: 'me', at: 'now' },
    );
    expect(plan.ok && plan.rows.map((r) => [r.rev, r.op, r.deleted, r.data['n']])).toEqual([
      [4, 'put', false, 2],
      [5, 'remove', true, 2],
      [6, 'restore', false, 2],
    ]);
    expect(plan.ok && plan.rows[0]!.changes).toEqual([{ path: ['n'], before: 1, after: 2 }]);
  });
  it('reports every conflict with both versions and a message', () => {
    const plan = planBatch([{ op: 'put', kind: 'customer', value: { id: 'c1', n: 9 }, baseRev: 2 }], {
      kinds, heads: new Map([[rowKey('customer', 'c1'), head]]), by: 'me', at: 'now',
    });
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    const [conflict] = plan.conflicts;
    expect(conflict).toMatchObject({ code: 'conflict', id: 'c1', baseRev: 2, current: { rev: 3, value: { id: 'c1', n: 1 } }, attempted: { op: 'put', value: { id: 'c1', n: 9 } } });
    expect(conflict!.message).toContain('revision 2');
    expect(conflictMessage(conflict!, 'zh-CN')).toContain('第 3 版');
  });
  it('refuses to plan without the heads it needs', () => {
    expect(() => planBatch([{ op: 'remove', kind: 'customer', id: 'x' }], { kinds, heads: new Map(), by: 'me', at: 'now' })).toThrow(/not loaded/);
  });
});

describe('cursors and pages', () => {
  it('round-trip any text and refuse a cursor of another order', () => {
    const cursor = encodeCursor({ sort: 'name', direction: 'desc', key: '杭州😀', id: 'a/b' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'name', 'desc')).toEqual({ sort: 'name', direction: 'desc', key: '杭州😀', id: 'a/b' });
    expect(() => decodeCursor(cursor, 'id', 'desc')).toThrow(StoreError);
  });
  it('pages rows in code-point order of the sort key, ties by id', () => {
    const row = (id: string, name: string) => ({ id, at: 't', deleted: false, index: { search: '', sortName: name } });
    const rows = [row('b', '北京'), row('a', '北京'), row('c', 'Zeta'), row('d', '😀'), row('e', '\uFF5E')];
    const first = selectPage(rows, { sort: 'name', limit: 3 });
    // Code points: Z (5A) < 北 (5317) < ～ (FF5E) < 😀 (1F600); the two 北京 tie and go by id.
    expect(first.rows.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(selectPage(rows, { sort: 'name', limit: 3, cursor: first.nextCursor }).rows.map((r) => r.id)).toEqual(['e', 'd']);
  });
});

describe('ChangeHub', () => {
  it('filters by kind, survives a throwing listener, and stops after unsubscribe', () => {
    const hub = new ChangeHub();
    const seen: string[] = [];
    const quiet = console.error;
    console.error = () => {};
    hub.subscribe(() => {
      throw new Error('listener bug');
    });
    const sub = hub.subscribe((e) => seen.push(e.changes.map((c) => c.id).join()), { kinds: ['contact'] });
    const change = (kind: 'customer' | 'contact', id: string) => ({ kind, id, rev: 1, op: 'put' as const, deleted: false, at: 't', by: 'u' });
    hub.emit({ changes: [change('customer', 'c1'), change('contact', 'p1')] });
    hub.emit({ changes: [change('customer', 'c2')] });
    sub.unsubscribe();
    hub.emit({ changes: [change('contact', 'p2')] });
    console.error = quiet;
    expect(seen).toEqual(['p1']);
  });
});
