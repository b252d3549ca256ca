import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { recordArbitraries } from './arbitraries.js';
import { customerCodec, recordCodecs, decodeCustomer, encodeCustomer } from './codecs.js';
import type { Customer } from './customer.js';
import type { Interaction } from './interaction.js';
import type { Stored } from './temporal.js';
import { recordKinds } from './stored-record.js';
import { builtInProfileTemplates } from './templates/built-in.js';
import { createTemplateRegistry } from './templates/template-registry.js';
import { validateRecord } from './validate.js';

const templates = createTemplateRegistry(builtInProfileTemplates);

describe('record codecs', () => {
  for (const kind of recordKinds) {
    it(`${kind}: every generated record is valid and encode → JSON → decode is the identity`, () => {
      fc.assert(
        fc.property(recordArbitraries[kind], (record) => {
          const result = validateRecord(kind, record, { templates });
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

describe('types of decoded and stored records', () => {
  it('has Date instants and string calendar dates when decoded, strings for both when stored', () => {
    expectTypeOf<Customer['createdAt']>().toEqualTypeOf<Date>();
    expectTypeOf<Customer['tradeSince']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Interaction['at']>().toEqualTypeOf<Date>();
    expectTypeOf<Stored<Customer>['createdAt']>().toEqualTypeOf<string>();
    expectTypeOf<Stored<Interaction>['at']>().toEqualTypeOf<string>();
    expectTypeOf(customerCodec.encode).returns.toEqualTypeOf<Stored<Customer>>();
    expectTypeOf<Extract<Customer, { kind: 'organisation' }>['uscc']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Extract<Customer, { kind: 'person' }>>().not.toHaveProperty('uscc');
  });
});
