/**
 * Masking by kind of value: what a viewer without clearance sees instead of the value.
 * Masks keep just enough to recognise a record (the last digits, the district) and never
 * enough to contact or identify the person.
 */

/** The kinds of value that mask differently. */
export const maskKinds = ['mobile', 'phone', 'id-number', 'credit-code', 'email', 'address', 'name', 'text'] as const;
export type MaskKind = (typeof maskKinds)[number];

/**
 * A mainland mobile number keeps its first three and last four digits: `138****1234`.
 *
 * @example
 * maskMobile('13812341234') // '138****1234'
 * maskMobile('+86 138 1234 1234') // '138****1234'
 */
export function maskMobile(value: string): string {
  // Stars count as digits, so that a number masked by the store is masked again unchanged.
  const digits = value.replace(/[^\d*]/g, '').replace(/^86(?=1[\d*]{10}$)/, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/**
 * A resident ID number (身份证) or any long identifier keeps its first and last characters
 * only: `1101**********1234` hides the birth date and the sequence number.
 *
 * @example
 * maskIdNumber('11010519491231002X') // '1101**********002X'
 */
export function maskIdNumber(value: string): string {
  const text = value.replace(/\s/g, '');
  if (text.length <= 8) return '*'.repeat(text.length);
  return `${text.slice(0, 4)}${'*'.repeat(text.length - 8)}${text.slice(-4)}`;
}

/**
 * An email keeps the first character of the mailbox and the domain: `w***@example.com`.
 *
 * @example
 * maskEmail('wangfang@example.com') // 'w***@example.com'
 */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${value.slice(0, 1)}***${value.slice(at)}`;
}

/**
 * An address is cut to its district (区/县): province, city and district stay, the street
 * and number go.
 *
 * @example
 * maskAddress({ province: '浙江省', city: '杭州市', district: '西湖区', street: '文三路 90 号' })
 * // '浙江省杭州市西湖区'
 */
export function maskAddress(address: { province?: string; city?: string; district?: string; street?: string }): string {
  return [address.province, address.city, address.district].filter(Boolean).join('');
}

// Where the house number of an address text begins: a digit (also full-width), or a Chinese
// numeral before 号/弄/栋/幢/室/楼.
const houseNumber = /[0-9０-９]|[零〇一二三四五六七八九十百千]+[号號弄栋幢室楼]/u;

/**
 * An address written as one text keeps at most its first six characters and never any part of
 * the house number: everything from the first digit on goes. Short addresses are masked whole.
 *
 * @example
 * maskAddressText('杭州市西湖区文三路90号') // '杭州市西湖区…'
 * maskAddressText('文三路90号华星大厦') // '文三路…'
 */
export function maskAddressText(value: string): string {
  const chars = [...value];
  const number = value.search(houseNumber);
  const upTo = number < 0 ? chars.length : [...value.slice(0, number)].length;
  const kept = chars.slice(0, Math.min(6, upTo));
  return chars.length > 6 && kept.length > 0 ? `${kept.join('')}…` : '***';
}

/**
 * A person's name keeps the surname: `王**` (Chinese), `W. ***` (latin).
 *
 * @example
 * maskName('王芳') // '王*'
 * maskName('Wendy Li') // 'W***'
 */
export function maskName(value: string): string {
  const chars = [...value.trim()];
  if (chars.length === 0) return '';
  return /[\u4e00-\u9fff]/.test(chars[0]!) ? `${chars[0]}${'*'.repeat(chars.length - 1)}` : `${chars[0]}***`;
}

/**
 * Masks a value by its kind. Free text is replaced entirely: nothing of it can be shown
 * safely.
 *
 * @example
 * maskValue('mobile', '13812341234') // '138****1234'
 */
export function maskValue(kind: MaskKind, value: string): string {
  switch (kind) {
    case 'mobile':
    case 'phone':
      return maskMobile(value);
    case 'id-number':
    case 'credit-code':
      return maskIdNumber(value);
    case 'email':
      return maskEmail(value);
    case 'address':
      return maskAddressText(value);
    case 'name':
      return maskName(value);
    case 'text':
      return '•••';
  }
}
