import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskAddress, maskEmail, maskIdNumber, maskMobile, maskName, maskValue } from './masking.js';

describe('masking', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskMobile('13812341234')).toBe('138****1234');
    expect(maskMobile('+86 138-1234-1234')).toBe('138****1234');
  });
  it('hides birth date and sequence of an ID number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
  it('keeps the first letter and the domain of an email', () => {
    expect(maskEmail('wangfang@example.com')).toBe('w***@example.com');
    expect(maskEmail('nope')).toBe('***');
  });
  it('cuts an address to its district', () => {
    expect(maskAddress({ province: '浙江省', city: '杭州市', district: '西湖区', street: '文三路 90 号' })).toBe('浙江省杭州市西湖区');
  });
  it('keeps the surname only', () => {
    expect(maskName('王芳')).toBe('王*');
    expect(maskName('欧阳修文')).toBe('欧***');
    expect(maskName('Wendy Li')).toBe('W***');
  });
  it('never shows the hidden middle digits of a mobile number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (mobile) => {
        const masked = maskValue('mobile', mobile);
        expect(masked).toHaveLength(11);
        expect(masked.slice(3, 7)).toBe('****');
        expect(masked.slice(0, 3) + masked.slice(7)).toBe(mobile.slice(0, 3) + mobile.slice(7));
      }),
    );
  });
  it('masks a masked value to itself, so a value masked by the store and again by a component stays as it was', () => {
    const samples: [Parameters<typeof maskValue>[0], fc.Arbitrary<string>][] = [
      ['mobile', fc.stringMatching(/^1[3-9]\d{9}$/)],
      ['phone', fc.stringMatching(/^0\d{2,3}-\d{7,8}$/)],
      ['id-number', fc.stringMatching(/^\d{17}[\dX]$/)],
      ['email', fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.com$/)],
      ['name', fc.stringMatching(/^[\u4e00-\u9fa5]{2,4}$/)],
      ['text', fc.string()],
    ];
    for (const [kind, values] of samples) {
      fc.assert(
        fc.property(values, (value) => {
          const once = maskValue(kind, value);
          expect(maskValue(kind, once)).toBe(once);
        }),
      );
    }
    // '139****5678' once lost its stars when masked again ('1395678').
    expect(maskMobile('139****5678')).toBe('139****5678');
  });
  it('replaces free text entirely', () => {
    expect(maskValue('text', 'divorced last year')).toBe('•••');
  });
});
