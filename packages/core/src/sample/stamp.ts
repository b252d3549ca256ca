const MS_PER_DAY = 86_400_000;

/**
 * An instant on a day number at a Beijing wall-clock time (UTC+8, no daylight saving).
 *
 * @example
 * beijing(0, 8).toISOString() // '1970-01-01T00:00:00.000Z'
 */
export function beijing(day: number, hour: number, minute = 0): Date {
  return new Date(day * MS_PER_DAY + (hour - 8) * 3_600_000 + minute * 60_000);
}

/**
 * A copy without `undefined` properties, so records compare and serialise like parsed ones.
 *
 * @example
 * stripUndefined({ a: 1, b: undefined }) // { a: 1 }
 */
export function stripUndefined<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out as T;
}
