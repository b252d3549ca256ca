import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { above, atLeast, atMost, emailText, isoDateTimeText, matches, rule, trim, urlText, wholeNumber } from './formats.js';

// Each of formats.ts's checks must be indistinguishable from the zod construct it stands for:
// the same success, output and issues (message included) without a zod locale, in zod's
// English and in its Chinese.

const outcome = (schema: z.ZodMiniType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? { data: result.data as unknown } : { issues: result.error.issues };
};

const localeError = z.config().localeError;
afterEach(() => {
  z.config({ localeError });
});

function expectSame(ours: z.ZodMiniType, zods: z.ZodMiniType, inputs: fc.Arbitrary<unknown>, edges: readonly unknown[]) {
  const same = (input: unknown) => {
    for (const locale of [undefined, z.locales.en(), z.locales.zhCN()]) {
      z.config({ localeError: locale?.localeError });
      expect(outcome(ours, input), typeof input === 'string' ? input : typeof input).toEqual(outcome(zods, input));
    }
  };
  for (const input of edges) same(input);
  fc.assert(fc.property(inputs, same), { numRuns: 300 });
}

const notText = [undefined, null, 0, 1.5, true, {}, [], new Date(0)];

describe('formats.ts checks against zod', () => {
  it('isoDateTimeText is z.iso.datetime({ offset: true })', () => {
    const edges = [
      '2025-03-31T08:00:00.000Z',
      '2025-03-31T08:00:00Z',
      '2025-03-31T08:00:00+08:00',
      '2025-03-31T08:00:00.123456-05:30',
      '2024-02-29T23:59:59Z',
      '2025-02-29T00:00:00Z',
      '2025-03-31T08:00Z',
      '2025-03-31T24:00:00Z',
      '2025-03-31 08:00:00Z',
      '2025-03-31T08:00:00',
      '2025-03-31T08:00:00+0800',
      '2025-03-31',
      '',
      ...notText,
    ];
    const instants = fc.date({ min: new Date(-62_000_000_000_000), max: new Date(250_000_000_000_000), noInvalidDate: true }).map((d) => d.toISOString());
    const altered = fc.tuple(instants, fc.nat(30), fc.string({ maxLength: 3 })).map(([text, at, insert]) => text.slice(0, at) + insert + text.slice(at + insert.length));
    expectSame(isoDateTimeText, z.iso.datetime({ offset: true }), fc.oneof(instants, altered, fc.string()), edges);
  });

  it('emailText is z.email()', () => {
    const edges = ['wang.fang@example.cn', 'a@b.co', "o'neil+tag@mail.example.com", 'a@b.c', 'a..b@example.com', '.a@example.com', 'a@-example.com', '王芳@example.cn', ' a@b.co', '', ...notText];
    expectSame(emailText, z.email(), fc.oneof(fc.emailAddress(), fc.string()), edges);
  });

  it('urlText is z.url(), output included (trimmed, without tabs and line breaks)', () => {
    const edges = [
      'https://example.cn/about',
      ' https://example.cn/about ',
      'https://exa\tm\nple.cn/\rpath',
      'http:example.com',
      'mailto:wang@example.cn',
      'example.cn',
      'https://',
      '//example.cn',
      '',
      '   ',
      ...notText,
    ];
    const spaced = fc.tuple(fc.webUrl(), fc.constantFrom('', ' ', '\t', '\n', ' \r\n'), fc.constantFrom('', ' ', '\n')).map(([url, before, after]) => before + url + after);
    expectSame(urlText, z.url(), fc.oneof(fc.webUrl(), spaced, fc.string()), edges);
  });

  it('rule is z.refine, with and without params and path, on a value and inside an object', () => {
    const even = (n: number) => n % 2 === 0;
    const issue = { error: 'Not even', params: { messageKey: 'notEven', values: { n: 2 } } };
    const numbers = fc.oneof(fc.integer(), fc.double(), fc.string());
    expectSame(z.number().check(rule(even, issue)), z.number().check(z.refine(even, issue)), numbers, [0, 1, '1', null]);
    expectSame(z.number().check(rule(even, { error: 'Not even' })), z.number().check(z.refine(even, { error: 'Not even' })), numbers, [0, 1]);
    // The checks after a failed rule still run, as after a failed refinement.
    expectSame(z.number().check(rule(even, issue), z.minimum(10)), z.number().check(z.refine(even, issue), z.minimum(10)), numbers, [3, 4, 11]);
    const pair = (test: z.core.$ZodCheck<{ a: number; b?: number }>) => z.object({ inner: z.object({ a: z.number(), b: z.optional(z.number()) }).check(test) });
    const both = (v: { a: number; b?: number }) => v.b === undefined || v.b > v.a;
    const atB = { error: 'b is not above a', params: { messageKey: 'bAboveA' }, path: ['b'] };
    const pairs = fc.record({ inner: fc.record({ a: fc.integer(), b: fc.option(fc.integer(), { nil: undefined }) }, { requiredKeys: ['a'] }) });
    expectSame(pair(rule(both, atB)), pair(z.refine(both, atB)), pairs, [{ inner: { a: 2, b: 1 } }, { inner: { a: 'x', b: 1 } }, { inner: {} }]);
  });

  it('matches is z.regex, alone and after a trim', () => {
    const postcode = /^\d{6}$/;
    const phone = /^[+\d][\d\s()-]{4,30}$/;
    const texts = fc.oneof(fc.string(), fc.stringMatching(postcode), fc.stringMatching(phone), fc.stringMatching(phone).map((t) => ` ${t}\t`));
    expectSame(z.string().check(matches(postcode)), z.string().check(z.regex(postcode)), texts, ['518129', '51812', ' 518129', ...notText]);
    expectSame(z.string().check(z.trim(), matches(phone)), z.string().check(z.trim(), z.regex(phone)), texts, [' 010-12345678 ', '+86 (755) 1234', 'abc', '']);
    // A global regex keeps no state between values, as zod's does not.
    expectSame(z.string().check(matches(/\d/g)), z.string().check(z.regex(/\d/g)), texts, ['1', '1', 'a1', '1a']);
  });

  it('trim is z.trim(), before length checks and when encoding', () => {
    const texts = fc.oneof(fc.string(), fc.string().map((t) => ` \t${t}\n `), fc.constantFrom('', ' ', '\u3000名称\u3000'));
    const ours = z.string().check(trim, z.minLength(1), z.maxLength(3));
    const zods = z.string().check(z.trim(), z.minLength(1), z.maxLength(3));
    expectSame(ours, zods, texts, [' ab ', '    ', ' abcd ', ...notText]);
    const encoded = (schema: z.ZodMiniType<string>, text: string) => {
      const result = z.safeEncode(schema, text);
      return result.success ? { data: result.data } : { issues: result.error.issues };
    };
    fc.assert(
      fc.property(texts, (text) => {
        expect(encoded(ours, text)).toEqual(encoded(zods, text));
      }),
    );
  });

  it('atLeast and atMost are z.minimum (z.nonnegative) and z.maximum', () => {
    const numbers = fc.oneof(fc.integer({ min: -3, max: 8 }), fc.double(), fc.string());
    const edges = [-1, -0, 0, 0.5, 1, 5, 5.5, 6, Number.NaN, Number.POSITIVE_INFINITY, '1', null];
    expectSame(z.number().check(atLeast(0)), z.number().check(z.nonnegative()), numbers, edges);
    expectSame(z.number().check(atLeast(0), atMost(1)), z.number().check(z.minimum(0), z.maximum(1)), numbers, edges);
    expectSame(wholeNumber.check(atLeast(1), atMost(5)), z.int().check(z.minimum(1), z.maximum(5)), numbers, edges);
    expectSame(wholeNumber.check(atLeast(0)), z.int().check(z.nonnegative()), numbers, edges);
  });

  it('above is z.gt (z.positive): the bound itself fails', () => {
    const numbers = fc.oneof(fc.integer({ min: -3, max: 8 }), fc.double(), fc.string());
    const edges = [-1, -0, 0, Number.MIN_VALUE, 0.5, 1, 5, 5.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '1', null];
    expectSame(z.number().check(above(0)), z.number().check(z.positive()), numbers, edges);
    expectSame(z.number().check(above(5), atMost(6)), z.number().check(z.gt(5), z.maximum(6)), numbers, edges);
    expectSame(wholeNumber.check(above(0)), z.int().check(z.positive()), numbers, edges);
  });

  it('wholeNumber is z.int(), alone and with further checks', () => {
    const edges = [0, -0, 1, -1, 1.5, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), -(2 ** 53) + 1, 1e300, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '3', null, undefined];
    const numbers = fc.oneof(fc.integer(), fc.double(), fc.maxSafeInteger(), fc.constantFrom(2 ** 60, -(2 ** 60)));
    expectSame(wholeNumber, z.int(), numbers, edges);
    expectSame(wholeNumber.check(z.nonnegative()), z.int().check(z.nonnegative()), numbers, edges);
    expectSame(wholeNumber.check(z.minimum(1), z.maximum(5)), z.int().check(z.minimum(1), z.maximum(5)), numbers, [...edges, 5, 6, 4.5]);
  });
});
