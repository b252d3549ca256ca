import { describe, expect, it } from 'vitest';
import { scrubPersonalText } from './scrub.js';
import { maskAddressText, maskValue } from './masking.js';

describe('scrubPersonalText', () => {
  it('removes the known values of the person, longest first', () => {
    expect(scrubPersonalText('王秘芳来电要求回拨', ['王秘芳'])).toBe('***来电要求回拨');
    expect(scrubPersonalText('王秘芳和王秘说', ['王秘', '王秘芳'])).toBe('***和***说');
  });
  it('removes mobiles, ID numbers and e-mails of anyone', () => {
    expect(scrubPersonalText('请回拨 13812341234 或 +86 138 1234 5678')).toBe('请回拨 *** 或 ***');
    expect(scrubPersonalText('身份证11010519491231002X核对')).toBe('身份证***核对');
    expect(scrubPersonalText('mail wangfang@example.com now')).toBe('mail *** now');
  });
  it('keeps ordinary text and short numbers', () => {
    expect(scrubPersonalText('核对开票信息 2026 年 3 号', ['王'])).toBe('核对开票信息 2026 年 3 号');
  });
});

describe('address mask', () => {
  it('never keeps a digit of the house number', () => {
    expect(maskValue('address', '文三路90号华星科技大厦')).toBe('文三路…');
    expect(maskAddressText('杭州市西湖区文三路90号')).toBe('杭州市西湖区…');
    expect(maskAddressText('文三路９０号华星科技大厦')).toBe('文三路…');
    expect(maskAddressText('文三路九十号华星科技大厦')).toBe('文三路…');
    expect(maskAddressText('90 Wensan Road, Hangzhou')).toBe('***');
    expect(maskAddressText('文三路90号')).toBe('***');
  });
});
