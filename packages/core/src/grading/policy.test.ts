import { describe, expect, it } from 'vitest';
import { gradingMethods } from '../enums/vocabularies.js';
import { GradingError } from './errors.js';
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
});
