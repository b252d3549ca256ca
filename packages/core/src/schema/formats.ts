import * as z from 'zod/mini';

// zod's string formats and `z.int()` written as plain checks on `z.string()` / `z.number()`.
// Each accepts the same values, gives the same output and raises the same issue (code, format,
// pattern, note; so the same message in every zod locale) as the zod construct named above it,
// without pulling that construct's classes, its siblings (`z.iso` brings date, time and
// duration along) and their regex builders into every page that validates a record
// (formats.test.ts compares them with zod's own on the same inputs).

type Issue = z.core.$ZodRawIssue;

// The values below are built when the module loads; the annotations let a bundler leave out the
// ones a program does not use (grading needs `rule` and the bounds, not the URL or e-mail checks).
/* @__NO_SIDE_EFFECTS__ */
function format<T>(test: (payload: z.core.ParsePayload<T>) => Issue | undefined) {
  return z.check<T>((payload) => {
    const issue = test(payload);
    if (issue) payload.issues.push(issue);
  });
}

// `regexes.datetime({ offset: true })`: an RFC 3339 instant with seconds, `Z` or `±hh:mm`.
const isoDateTime =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
// `regexes.email`, escapes kept: the issue's `pattern` is its source, character for character.
// eslint-disable-next-line no-useless-escape
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

const matching = (name: 'datetime' | 'email' | 'regex', regex: RegExp) =>
  format<string>(({ value }) => {
    regex.lastIndex = 0;
    return regex.test(value) ? undefined : { origin: 'string', code: 'invalid_format', format: name, input: value, pattern: String(regex), continue: true };
  });
const pattern = (name: 'datetime' | 'email', regex: RegExp) => z.string().check(matching(name, regex));

/**
 * `z.regex(regex)`: a text the regular expression matches.
 *
 * @example
 * z.string().check(matches(/^\d{6}$/)) // a postcode
 */
export const matches = (regex: RegExp) => matching('regex', regex);

/**
 * `z.trim()`: the text without leading and trailing white space.
 *
 * @example
 * z.string().check(trim, z.minLength(1))
 */
export const trim = /* @__PURE__ */ format<string>((payload) => {
  payload.value = payload.value.trim();
  return undefined;
});

/**
 * `z.minimum(minimum)` (and `z.nonnegative()`, which is `atLeast(0)`): a number of at least `minimum`.
 *
 * @example
 * z.number().check(atLeast(0))
 */
export const atLeast = (minimum: number) =>
  format<number>(({ value }) => (value >= minimum ? undefined : { origin: 'number', code: 'too_small', minimum, input: value, inclusive: true, continue: true }));

/**
 * `z.maximum(maximum)`: a number of at most `maximum`.
 *
 * @example
 * wholeNumber.check(atLeast(1), atMost(5))
 */
export const atMost = (maximum: number) =>
  format<number>(({ value }) => (value <= maximum ? undefined : { origin: 'number', code: 'too_big', maximum, input: value, inclusive: true, continue: true }));

/**
 * `z.iso.datetime({ offset: true })`: an ISO 8601 instant with seconds and `Z` or an offset.
 *
 * @example
 * isoDateTimeText.parse('2025-03-31T08:00:00+08:00') // '2025-03-31T08:00:00+08:00'
 */
export const isoDateTimeText = /* @__PURE__ */ pattern('datetime', isoDateTime);

/**
 * `z.email()`: an e-mail address as zod's default pattern reads it.
 *
 * @example
 * emailText.parse('wang.fang@example.cn') // 'wang.fang@example.cn'
 */
export const emailText = /* @__PURE__ */ pattern('email', email);

const canParseUrl = (text: string): boolean => {
  try {
    if (typeof URL.canParse === 'function') return URL.canParse(text);
    new URL(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * `z.url()`: any URL the platform parses, kept as written but trimmed and without tabs or line
 * breaks (the parser ignores those too).
 *
 * @example
 * urlText.parse(' https://example.cn/about ') // 'https://example.cn/about'
 */
export const urlText = /* @__PURE__ */ z.string().check(
  format<string>((payload) => {
    const trimmed = payload.value.trim();
    if (!canParseUrl(trimmed)) return { code: 'invalid_format', format: 'url', input: payload.value, continue: true };
    payload.value = trimmed.replace(/[\t\n\r]/g, '');
    return undefined;
  }),
);

/** What a refinement says when its test fails: the message, Dossier's params, the path below the value. */
export interface RuleIssue {
  error: string;
  params?: { messageKey: string; values?: Record<string, string | number> };
  path?: PropertyKey[];
}

/**
 * `z.refine(test, { error, params, path })` for a synchronous test: a value failing it raises a
 * `custom` issue with that message, params and path.
 *
 * @example
 * z.string().check(rule((text) => text !== 'x', { error: 'Not x', params: { messageKey: 'notX' } }))
 */
export function rule<T>(test: (value: T) => unknown, { error, params, path = [] }: RuleIssue) {
  return format<T>(({ value }) => (test(value) ? undefined : { code: 'custom', input: value, path: [...path], ...(params && { params }), message: error, continue: true }));
}

const safeIntegerNote = 'Integers must be within the safe integer range.';

/**
 * `z.int()`: a whole number within the safe integer range.
 *
 * @example
 * wholeNumber.parse(12) // 12
 */
export const wholeNumber = /* @__PURE__ */ z.number().check(
  format<number>(({ value }) => {
    if (!Number.isInteger(value)) return { expected: 'int', format: 'safeint', code: 'invalid_type', continue: false, input: value };
    if (Number.isSafeInteger(value)) return undefined;
    return value > 0
      ? { input: value, code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, note: safeIntegerNote, origin: 'int', inclusive: true, continue: true }
      : { input: value, code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, note: safeIntegerNote, origin: 'int', inclusive: true, continue: true };
  }),
);

/**
 * `z.gt(minimum)` (and `z.positive()`, which is `above(0)`): a number greater than `minimum`.
 *
 * @example
 * z.number().check(above(0))
 */
export const above = (minimum: number) =>
  format<number>(({ value }) => (value > minimum ? undefined : { origin: 'number', code: 'too_small', minimum, input: value, inclusive: false, continue: true }));
