import { describe, expect, it } from 'vitest';
import { mixSeed, Random } from './random.js';

describe('Random', () => {
  it('repeats its stream for the same seed and differs for another', () => {
    const a = new Random(mixSeed(42));
    const b = new Random(mixSeed(42));
    const c = new Random(mixSeed(43));
    const first = Array.from({ length: 20 }, () => a.uint32());
    expect(Array.from({ length: 20 }, () => b.uint32())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c.uint32())).not.toEqual(first);
  });

  it('hashes text seeds and stream keys into independent streams', () => {
    expect(mixSeed('demo')).toBe(mixSeed('demo'));
    expect(mixSeed('demo')).not.toBe(mixSeed('demp'));
    expect(mixSeed(1, 2)).not.toBe(mixSeed(1, 3));
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
  });

  it('draws uniform floats in [0, 1) with mean near 1/2', () => {
    const random = new Random(7);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random.next();
      if (!(x >= 0 && x < 1)) outside++;
      sum += x;
    }
    expect(outside).toBe(0);
    // Standard error of the mean of 100k uniforms: sqrt(1/12 / 1e5) ≈ 0.0009.
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });

  it('draws Pareto deviates with the median of the distribution', () => {
    // P(X > x) = x^-alpha, so the median is 2^(1/alpha); alpha = 1.16 gives 2^(0.862) ≈ 1.818.
    const random = new Random(11);
    const draws = Array.from({ length: 20_001 }, () => random.pareto(1.16)).sort((a, b) => a - b);
    expect(draws[0]).toBeGreaterThanOrEqual(1);
    expect(draws[10_000]).toBeGreaterThan(1.75);
    expect(draws[10_000]).toBeLessThan(1.89);
  });

  it('picks by weight: weight 3 against 1 gives three quarters', () => {
    const random = new Random(5);
    const cumulative = Float64Array.from([3, 4]);
    let first = 0;
    for (let i = 0; i < 40_000; i++) if (random.weightedIndex(cumulative) === 0) first++;
    expect(first / 40_000).toBeGreaterThan(0.74);
    expect(first / 40_000).toBeLessThan(0.76);
  });

  it('samples distinct elements', () => {
    const random = new Random(3);
    const picked = random.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(picked).size).toBe(3);
    expect(random.sample([1, 2], 5)).toHaveLength(2);
  });
});
