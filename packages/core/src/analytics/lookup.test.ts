import { describe, expect, it } from 'vitest';
import { compareKeys } from './lookup.js';

describe('compareKeys', () => {
  it('orders keys by code point, unassigned (null) last', () => {
    // U+FF5E (～) is below U+1F600 (😀) as code points, although its UTF-16 unit FF5E is above
    // the surrogate D83D that starts 😀: code-unit order would put 😀 first.
    expect(['～', null, '😀', 'b', 'a'].sort(compareKeys)).toEqual(['a', 'b', '～', '😀', null]);
    expect(compareKeys(null, null)).toBe(0);
  });
});
