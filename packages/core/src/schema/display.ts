import type { Locale } from '../i18n/locale.js';
import type { Address } from './address.js';
import type { BilingualName } from './names.js';

/**
 * The name to show in a locale: the Chinese name in zh-CN, the English one in en, the other one
 * when that is missing.
 *
 * @example
 * displayName({ zh: '华为', en: 'Huawei' }, 'en') // 'Huawei'
 * displayName({ zh: '华为' }, 'en') // '华为'
 */
export function displayName(name: BilingualName, locale: Locale): string {
  return (locale === 'zh-CN' ? (name.zh ?? name.en) : (name.en ?? name.zh)) ?? '';
}

/**
 * An address on one line: Chinese order without spaces in zh-CN (a municipality's city is not
 * repeated: 北京市 北京市 朝阳区 → 北京市朝阳区), street first and comma-separated in en.
 *
 * @example
 * formatAddress({ province: '广东省', city: '深圳市', district: '龙岗区', street: '坂田' }, 'zh-CN') // '广东省深圳市龙岗区坂田'
 * formatAddress({ province: '广东省', city: '深圳市', district: '龙岗区', street: '坂田' }, 'en') // '坂田, 龙岗区, 深圳市, 广东省'
 */
export function formatAddress(address: Address, locale: Locale): string {
  const parts = [address.province, address.city, address.district, address.street].filter(
    (part, index, all): part is string => part !== undefined && part !== all[index - 1],
  );
  return locale === 'zh-CN' ? parts.join('') : parts.reverse().join(', ');
}
