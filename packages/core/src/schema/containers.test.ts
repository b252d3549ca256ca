import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { customerArb, provenanceArb } from './arbitraries.js';
import { tagged, textKeyed } from './containers.js';
import { organisationSchema, personSchema } from './customer.js';
import { provenanceSchema } from './provenance.js';

// containers.ts's record and tagged union must be indistinguishable from zod's own: the same
// success, output and issues (message included) when parsing, decoding and encoding, without a
// zod locale, in zod's English and in its Chinese.

type Direction = 'parse' | 'decode' | 'encode';
const outcome = (schema: z.ZodMiniType, input: unknown, direction: Direction) => {
  const result = direction === 'encode' ? z.safeEncode(schema, input as never) : direction === 'decode' ? z.safeDecode(schema, input as never) : schema.safeParse(input);
  return result.success ? { data: result.data as unknown } : { issues: result.error.issues };
};

const localeError = z.config().localeError;
afterEach(() => {
  z.config({ localeError });
});

function expectSame(ours: z.ZodMiniType, zods: z.ZodMiniType, input: unknown, directions: readonly Direction[] = ['parse', 'encode']) {
  for (const locale of [undefined, z.locales.en(), z.locales.zhCN()]) {
    z.config({ localeError: locale?.localeError });
    for (const direction of directions) expect(outcome(ours, input, direction), direction).toEqual(outcome(zods, input, direction));
  }
}

class Point {
  x = 1;
}
const hidden = Object.defineProperty({ shown: 1 }, 'hidden', { value: 2, enumerable: false });
const symbolKeyed = { [Symbol('s')]: 1, ok: 2 };
const withProto = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
const notRecords = [undefined, null, 0, 'text', [], [1], new Date(0), new Point(), new Map(), () => 1, Object.create(null) as unknown, hidden, symbolKeyed, withProto, { constructor: 'not a class' }];

describe('textKeyed is z.record(z.string().check(z.minLength(1)), values)', () => {
  const key = z.string().check(z.minLength(1));

  it('with unknown values', () => {
    const ours = textKeyed(z.unknown());
    const zods = z.record(key, z.unknown());
    for (const input of [...notRecords, {}, { '': 1 }, { a: undefined }, { 1: 'one', b: [2] }]) expectSame(ours, zods, input);
    fc.assert(fc.property(fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue()), (input) => expectSame(ours, zods, input)), { numRuns: 200 });
  });

  it('with provenance values, through their instant codec', () => {
    const ours = textKeyed(provenanceSchema);
    const zods = z.record(key, provenanceSchema);
    const provenance = fc.oneof(
      provenanceArb,
      provenanceArb.map((p) => JSON.parse(JSON.stringify(p)) as unknown),
      provenanceArb.map((p) => ({ ...p, channel: 'pigeon', collectedBy: '' })),
      fc.anything(),
    );
    for (const input of notRecords) expectSame(ours, zods, input, ['parse', 'decode', 'encode']);
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 3 }), provenance, { maxKeys: 4 }), (input) => expectSame(ours, zods, input, ['parse', 'decode', 'encode'])),
      { numRuns: 200 },
    );
  });
});

describe("tagged is z.discriminatedUnion('kind', options)", () => {
  const ours = tagged('kind', [organisationSchema, personSchema]);
  const zods = z.discriminatedUnion('kind', [organisationSchema, personSchema]);

  it('on customers, stored and decoded, and on what is not one', () => {
    const customer = fc.oneof(
      customerArb,
      customerArb.map((c) => JSON.parse(JSON.stringify(c)) as unknown),
      customerArb.map((c) => ({ ...c, kind: c.kind === 'person' ? 'organisation' : 'person' })),
      customerArb.map((c) => ({ ...c, kind: undefined })),
      customerArb.map((c) => ({ ...c, kind: 'company', name: {} })),
      customerArb.map((c) => ({ ...c, territory: '' })),
    );
    for (const input of [...notRecords, {}, { kind: 'person' }, { kind: 'organisation', name: 1 }]) expectSame(ours, zods, input, ['parse', 'decode', 'encode']);
    fc.assert(fc.property(customer, (input) => expectSame(ours, zods, input, ['parse', 'decode', 'encode'])), { numRuns: 100 });
  });

  it('keeps what reads the union: its def, options and traits', () => {
    expect(ours._zod.def.type).toBe('union');
    expect(ours._zod.def.discriminator).toBe('kind');
    expect(ours._zod.def.options).toEqual([organisationSchema, personSchema]);
    expect(ours instanceof z.ZodMiniDiscriminatedUnion && ours instanceof z.ZodMiniUnion && ours instanceof z.core.$ZodDiscriminatedUnion).toBe(true);
    const record = textKeyed(z.unknown());
    expect(record._zod.def.type).toBe('record');
    expect(record instanceof z.ZodMiniRecord && record instanceof z.core.$ZodRecord).toBe(true);
    expect(z.optional(record).parse(undefined)).toBeUndefined();
  });
});
