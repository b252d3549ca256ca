import { describe, expect, it } from 'vitest';
import { canonicalJson, getPath, jsonEqual, pathSegments, sameJson, setPath } from './index.js';

describe('one JSON module', () => {
  it('canonicalJson sorts keys at every depth and leaves undefined members out', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
    expect(canonicalJson(new Date(Date.UTC(2026, 0, 2)))).toBe('"2026-01-02T00:00:00.000Z"');
  });

  it('sameJson ignores key order and undefined members; jsonEqual counts members', () => {
    expect(sameJson({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: 1, b: [2] }, { b: [2], a: 1 })).toBe(true);
    expect(jsonEqual({ a: undefined }, {})).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
    expect(jsonEqual(null, undefined)).toBe(false);
  });

  it('reads and writes concrete paths, creating lists for numeric segments', () => {
    expect(pathSegments('addresses[1].street')).toEqual(['addresses', 1, 'street']);
    expect(getPath({ addresses: [{ city: '杭州市' }] }, 'addresses[0].city')).toBe('杭州市');
    expect(getPath({ name: 'abc' }, ['name', 0])).toBeUndefined();
    const record: Record<string, unknown> = {};
    setPath(record, ['phones', 0, 'number'], '138');
    setPath(record, 'name.zh', '华为');
    expect(record).toEqual({ phones: [{ number: '138' }], name: { zh: '华为' } });
  });
});
