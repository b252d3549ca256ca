import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordArbitraries } from './arbitraries.js';
import { recordCodecs, decodeCustomer, encodeCustomer } from './codecs.js';
import { recordKinds } from './stored-record.js';
import { validateRecord } from './validate.js';

describe('record codecs', () => {
  for (const kind of recordKinds) {
    it(`${kind}: every generated record is valid and encode → JSON → decode is the identity`, () => {
      fc.assert(
        fc.property(recordArbitraries[kind], (record) => {
          const result = validateRecord(kind, record);
          expect(result.ok ? [] : result.issues).toEqual([]);
          const codec = recordCodecs[kind] as { encode(r: unknown): unknown; decode(s: unknown): unknown };
          const stored = JSON.parse(JSON.stringify(codec.encode(record)));
          expect(codec.decode(stored)).toEqual(record);
          // The stored form holds no Date: it is plain JSON, equal to itself through a JSON round-trip.
          expect(codec.encode(codec.decode(stored))).toEqual(stored);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('writes instants as ISO strings and keeps calendar dates as they are', () => {
    fc.assert(
      fc.property(recordArbitraries.customer, (customer) => {
        const stored = encodeCustomer(customer);
        expect(stored.createdAt).toBe(customer.createdAt.toISOString());
        expect(stored.tradeSince).toBe(customer.tradeSince);
        expect(decodeCustomer(stored).createdAt).toBeInstanceOf(Date);
      }),
      { numRuns: 50 },
    );
  });

  it('decodes an instant written with an offset to the same moment', () => {
    fc.assert(
      fc.property(recordArbitraries.transaction, (line) => {
        const stored = recordCodecs.transaction.encode(line);
        // 2025-03-01T08:00:00.000Z is 2025-03-01T16:00:00.000+08:00 (Beijing): same instant.
        const beijing = new Date(line.createdAt.getTime() + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
        expect(recordCodecs.transaction.decode({ ...stored, createdAt: beijing }).createdAt.getTime()).toBe(line.createdAt.getTime());
      }),
      { numRuns: 30 },
    );
  });

  it('refuses to encode an invalid record', () => {
    const [line] = fc.sample(recordArbitraries.transaction, { seed: 1, numRuns: 1 });
    expect(() => recordCodecs.transaction.encode({ ...line!, date: '2025-02-30' })).toThrow();
    expect(() => recordCodecs.transaction.encode({ ...line!, createdAt: new Date(Number.NaN) })).toThrow();
  });
});
