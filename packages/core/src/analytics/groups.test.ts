import { describe, expect, it } from 'vitest';
import { groupNumbers } from './groups.js';

describe('groupNumbers', () => {
  it('numbers keys 0, 1, 2 … in the order first seen and gives a seen key its number again', () => {
    const grades = groupNumbers<string | null>();
    expect(['A', null, 'C', 'A', null, 'B'].map((k) => grades.groupOf(k))).toEqual([0, 1, 2, 0, 1, 3]);
    expect(grades.keys).toEqual(['A', null, 'C', 'B']);
  });
});
