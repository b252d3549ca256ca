/**
 * The few assertions the conformance suite needs, with no dependency on a test framework, so
 * that the same suite runs under vitest in Node and under mocha in Chromium.
 */

function show(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
  } catch {
    return String(value);
  }
}

/**
 * Thrown when a conformance check fails.
 *
 * @example
 * if (error instanceof ConformanceError) console.error(error.message);
 */
export class ConformanceError extends Error {
  override readonly name = 'ConformanceError';
}

function fail(message: string, detail?: string): never {
  throw new ConformanceError(detail ? `${message}\n${detail}` : message);
}

/**
 * Structural equality for JSON-like values, typed arrays and Dates; `NaN` equals `NaN`.
 *
 * @example
 * deepEqual({ a: [1] }, { a: [1] }) // true
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) return false;
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The assertions of the suite (an explicit type, so that `ok` can narrow). */
export interface Check {
  ok(value: unknown, message: string): asserts value;
  equal<T>(actual: T, expected: T, message: string): void;
  deepEqual(actual: unknown, expected: unknown, message: string): void;
  rejects(promise: Promise<unknown>, test: (error: unknown) => boolean, message: string): Promise<unknown>;
}

/**
 * The assertions of the suite. Each throws a `ConformanceError` saying what was expected.
 *
 * @example
 * check.equal(page.items.length, 10, 'page size');
 */
export const check: Check = {
  ok(value: unknown, message: string): asserts value {
    if (!value) fail(message);
  },
  equal<T>(actual: T, expected: T, message: string): void {
    if (!Object.is(actual, expected)) fail(message, `expected ${show(expected)}\nactual   ${show(actual)}`);
  },
  deepEqual(actual: unknown, expected: unknown, message: string): void {
    if (!deepEqual(actual, expected)) fail(message, `expected ${show(expected)}\nactual   ${show(actual)}`);
  },
  async rejects(promise: Promise<unknown>, test: (error: unknown) => boolean, message: string): Promise<unknown> {
    try {
      await promise;
    } catch (error) {
      if (!test(error)) fail(message, `wrong error: ${error instanceof Error ? `${error.name}: ${error.message}` : show(error)}`);
      return error;
    }
    return fail(message, 'expected a rejection, but it resolved');
  },
};
