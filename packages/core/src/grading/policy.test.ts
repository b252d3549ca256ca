import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { gradingMethods } from '../enums/vocabularies.js';
import { GradingError } from './errors.js';
import { classPolicySchema } from './classes.js';
import { pointsPolicySchema } from './points.js';
import { defaultPolicy, gradingPolicySchema, parseGradingPolicy, PolicyError } from './policy.js';

describe('grading policies', () => {
  it('every method has a versioned, JSON-serialisable default', () => {
    for (const method of gradingMethods) {
      const policy = defaultPolicy(method);
      expect(policy.method).toBe(method);
      expect(policy.version).toBe(1);
      expect(gradingPolicySchema.parse(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
    }
  });

  it('fills grading.md’s defaults', () => {
    expect(defaultPolicy('abc-amount').thresholds).toEqual({ a: 5_000_000, b: 1_000_000 });
    expect(defaultPolicy('abc-count').fractions).toEqual([0.1, 0.3]);
    expect(defaultPolicy('rfm').bins).toBe(5);
  });

  it('rejects bad policies with the field path, in both locales', () => {
    const bad = [
      { method: 'abc-share', cutoffs: [0.95, 0.8] },
      { method: 'abc-share', cutoffs: [0.8, 1.2] },
      { method: 'abc-amount', thresholds: { a: 1, b: 2 } },
      { method: 'rfm', bins: 0 },
      { method: 'rfm', bins: 2.5 },
      { method: 'nope' },
      { method: 'rfm', extra: true },
    ];
    for (const input of bad) expect(() => parseGradingPolicy(input)).toThrowError(PolicyError);
    try {
      parseGradingPolicy({ method: 'rfm', bins: 0 });
    } catch (error) {
      expect(error).toBeInstanceOf(GradingError);
      expect((error as PolicyError).path).toBe('bins');
      expect((error as PolicyError).code).toBe('invalid-policy');
      expect((error as PolicyError).message).toContain('bins');
      expect((error as PolicyError).messageIn('zh-CN')).toContain('分级规则在 bins 处无效');
    }
  });

  it("report zod's own issues for bounds, whole numbers and rules (grading's, the classes' and the points' policies)", () => {
    const issues = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value, { error: z.locales.en().localeError }).error?.issues;
    const tooSmall = (path: PropertyKey[], minimum: number, inclusive: boolean) =>
      ({ path, code: 'too_small', origin: 'number', minimum, inclusive, message: `Too small: expected number to be ${inclusive ? '>=' : '>'}${minimum}` });
    const tooBig = (path: PropertyKey[], maximum: number) => ({ path, code: 'too_big', origin: 'number', maximum, inclusive: true, message: `Too big: expected number to be <=${maximum}` });
    const notWhole = (path: PropertyKey[]) => ({ path, code: 'invalid_type', expected: 'int', format: 'safeint', message: 'Invalid input: expected int, received number' });
    const custom = (path: PropertyKey[], message: string) => ({ path, code: 'custom', message });

    expect(issues(gradingPolicySchema, { method: 'abc-share', version: 0, cutoffs: [0.95, 0.8], vipFraction: -0.5 })).toEqual([
      tooSmall(['version'], 0, false),
      custom(['cutoffs'], 'cutoffs must be ascending'),
      tooSmall(['vipFraction'], 0, true),
    ]);
    expect(issues(gradingPolicySchema, { method: 'abc-count', version: 1.5, fractions: [0.2, 1.2] })).toEqual([notWhole(['version']), tooBig(['fractions', 1], 1)]);
    expect(issues(gradingPolicySchema, { method: 'abc-amount', thresholds: { a: 1, b: 2 }, adjustments: [{ when: { attribute: 'potential', figure: 'revenue' }, to: 'A' }] })).toEqual([
      custom(['thresholds'], 'threshold a must be at least b'),
      custom(['adjustments', 0, 'when'], 'an attribute condition needs `equals` or `oneOf`'),
      custom(['adjustments', 0, 'when'], 'a figure condition needs `atLeast` or `below`'),
    ]);
    expect(issues(gradingPolicySchema, { method: 'rfm', bins: 0 })).toEqual([tooSmall(['bins'], 1, true)]);
    expect(issues(gradingPolicySchema, { method: 'rfm', bins: 101 })).toEqual([tooBig(['bins'], 100)]);
    expect(issues(gradingPolicySchema, { method: 'rfm', bins: 2.5 })).toEqual([notWhole(['bins'])]);
    expect(issues(gradingPolicySchema, {
      method: 'scorecard',
      criteria: [
        { key: 'revenue', weight: 0.5, score: { kind: 'linear', min: 2, max: 2 } },
        { key: 'revenue', weight: 0.4, score: { kind: 'steps', steps: [{ atLeast: 1, points: 101 }] } },
      ],
      thresholds: { A: 50, B: -1 },
    })).toEqual([
      custom(['criteria', 0, 'score'], 'max must be greater than min'),
      tooBig(['criteria', 1, 'score', 'steps', 0, 'points'], 100),
      custom(['criteria'], 'criterion weights must sum to 1'),
      custom(['criteria'], 'criterion keys must be unique'),
      tooSmall(['thresholds', 'B'], 0, true),
    ]);
    expect(issues(gradingPolicySchema, { method: 'scorecard', thresholds: { A: 50, B: 60 } })).toEqual([custom(['thresholds'], 'threshold A must be at least B')]);

    expect(issues(classPolicySchema, { highFrequencyOrders: 0, stage: { newDays: 0, overdueDays: -1, formerDays: 1.5 } })).toEqual([
      tooSmall(['highFrequencyOrders'], 0, false),
      tooSmall(['stage', 'newDays'], 0, false),
      tooSmall(['stage', 'overdueDays'], 0, true),
      notWhole(['stage', 'formerDays']),
    ]);
    expect(issues(pointsPolicySchema, { version: -1, pointsPerUnit: -1, categoryRates: { wine: -2, tea: 0 } })).toEqual([
      tooSmall(['version'], 0, false),
      tooSmall(['pointsPerUnit'], 0, true),
      tooSmall(['categoryRates', 'wine'], 0, true),
    ]);
  });
});
