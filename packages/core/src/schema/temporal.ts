import * as z from 'zod/mini';
import { dayNumber } from '../book/calendar.js';
import type { DossierIssueParams } from '../ids/schemas.js';
import { isoDateTimeText, rule } from './formats.js';

/**
 * A calendar date `YYYY-MM-DD` that exists (no `2025-02-30`). Calendar dates stay strings in
 * decoded records too: they are days, not instants, so no time zone can shift them.
 *
 * @example
 * calendarDateSchema.parse('2025-03-31') // '2025-03-31'
 */
export const calendarDateSchema = z.string().check(
  rule((text: string) => dayNumber(text) !== undefined, {
    error: 'Not a calendar date: expected YYYY-MM-DD, a day that exists',
    params: { messageKey: 'invalidCalendarDate' } satisfies DossierIssueParams,
  }),
);

/**
 * An instant: a `Date` in decoded records, an ISO 8601 string (`2025-03-31T08:00:00.000Z`) in
 * stored JSON. Parsing accepts either form (tolerant reader); `z.encode` always writes the ISO
 * string with milliseconds and `Z`, so encode→decode is the identity.
 *
 * @example
 * z.decode(instantSchema, '2025-03-31T08:00:00.000Z') // Date 2025-03-31T08:00:00.000Z
 * z.encode(instantSchema, new Date(0)) // '1970-01-01T00:00:00.000Z'
 */
export const instantSchema = z.codec(z.union([isoDateTimeText, z.date()]), z.date(), {
  decode: (value) => (value instanceof Date ? value : new Date(value)),
  encode: (date) => date.toISOString(),
});

/** The stored (JSON) form of a decoded record: every `Date` becomes its ISO string. */
export type Stored<T> = T extends Date
  ? string
  : T extends readonly (infer E)[]
    ? Stored<E>[]
    : T extends object
      ? { [K in keyof T]: Stored<T[K]> }
      : T;
