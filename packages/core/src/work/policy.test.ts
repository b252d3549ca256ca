import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defaultAgendaPolicy } from './default-policy.js';
import { agendaPolicySchema } from './policy.js';

describe('agenda policy schema', () => {
  const issues = (value: unknown) => agendaPolicySchema.safeParse(value, { error: z.locales.en().localeError }).error?.issues;

  it('takes the default policy as it is', () => {
    expect(agendaPolicySchema.parse(defaultAgendaPolicy)).toEqual(defaultAgendaPolicy);
  });

  it("reports zod's own issues for days, shares, amounts and counts", () => {
    const tooSmall = (path: PropertyKey[], minimum: number) => ({ path, code: 'too_small', origin: 'number', minimum, inclusive: true, message: `Too small: expected number to be >=${minimum}` });
    const tooBig = (path: PropertyKey[], maximum: number) => ({ path, code: 'too_big', origin: 'number', maximum, inclusive: true, message: `Too big: expected number to be <=${maximum}` });
    const notWhole = (path: PropertyKey[]) => ({ path, code: 'invalid_type', expected: 'int', format: 'safeint', message: 'Invalid input: expected int, received number' });
    expect(issues({
      ...defaultAgendaPolicy,
      cadenceDays: { A: -1, B: 3661, C: 1.5, ungraded: 3660 },
      creditWarnShare: 1.01,
      keyAccounts: {
        ...defaultAgendaPolicy.keyAccounts,
        windowDays: 0,
        minRevenue: -0.01,
        maxDiscounts: -1,
        minYears: 100.5,
        minOrders: 2 ** 53,
        minOtherCriteria: 6,
      },
    })).toEqual([
      tooSmall(['cadenceDays', 'A'], 0),
      tooBig(['cadenceDays', 'B'], 3660),
      notWhole(['cadenceDays', 'C']),
      tooBig(['creditWarnShare'], 1),
      tooSmall(['keyAccounts', 'windowDays'], 1),
      tooSmall(['keyAccounts', 'minRevenue'], 0),
      tooSmall(['keyAccounts', 'maxDiscounts'], 0),
      tooBig(['keyAccounts', 'minYears'], 100),
      {
        path: ['keyAccounts', 'minOrders'], code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER, inclusive: true,
        note: 'Integers must be within the safe integer range.', message: 'Too big: expected int to be <=9007199254740991',
      },
      tooBig(['keyAccounts', 'minOtherCriteria'], 5),
    ]);
  });
});
