import { pinyin } from 'pinyin-pro';
import { residentIdCheckCharacter } from '../ids/resident-id-number.js';
import { usccCharset, usccCheckCharacter } from '../ids/unified-social-credit-code.js';
import type { SampleCity } from './geography.js';
import type { Random } from './random.js';

/** Mobile number prefixes in use on the mainland (China Mobile, Unicom, Telecom, Broadnet). */
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157',
  '158', '159', '166', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '191',
  '198', '199',
] as const;

const digits = (random: Random, count: number): string => {
  let text = '';
  for (let i = 0; i < count; i++) text += String(random.int(10));
  return text;
};

/**
 * A mainland mobile number (11 digits with a prefix in use).
 *
 * @example
 * sampleMobile(new Random(1)) // '13…' (11 digits)
 */
export function sampleMobile(random: Random): string {
  return `${random.pick(MOBILE_PREFIXES)}${digits(random, 8)}`;
}

/**
 * A landline in the city's area code: `0755-8xxxxxxx`.
 *
 * @example
 * sampleLandline(new Random(1), '010') // '010-6…'
 */
export function sampleLandline(random: Random, areaCode: string): string {
  return `${areaCode}-${random.between(2, 8)}${digits(random, 7)}`;
}

/** Registration-authority and type prefixes of USCC codes: 91 enterprise, 11 government body, 51 social organisation, 12 public institution. */
export type UsccPrefix = '91' | '11' | '51' | '12';

/**
 * A unified social credit code registered in a district: prefix, the district's six-digit code,
 * a nine-character organisation code, and the check character computed by the ids module.
 *
 * @example
 * isUnifiedSocialCreditCode(sampleUscc(new Random(1), '91', '440305')) // true
 */
export function sampleUscc(random: Random, prefix: UsccPrefix, districtCode: string): string {
  let organisation = '';
  for (let i = 0; i < 9; i++) organisation += i < 8 && random.chance(0.8) ? String(random.int(10)) : random.pick(usccCharset.split(''));
  const first17 = `${prefix}${districtCode}${organisation}`;
  return `${first17}${usccCheckCharacter(first17) ?? '0'}`;
}

/**
 * A resident ID number of a person born on `birthDate` (`YYYY-MM-DD`) and registered in the
 * district: area code, birth date, a sequence number that is odd for men and even for women, and
 * the check character computed by the ids module.
 *
 * @example
 * isResidentIdNumber(sampleResidentId(new Random(1), '110105', '1985-06-01', 'female')) // true
 */
export function sampleResidentId(random: Random, districtCode: string, birthDate: string, gender: 'female' | 'male'): string {
  const sequence = random.between(0, 49) * 2 + random.between(0, 9) * 100 + (gender === 'male' ? 1 : 0);
  const first17 = `${districtCode}${birthDate.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`;
  return `${first17}${residentIdCheckCharacter(first17) ?? '0'}`;
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The pinyin of a Chinese name, surname first, as written in English documents: `王芳` → `Wang Fang`,
 * `司徒一诺` → `Situ Yinuo` (surnames read as surnames by pinyin-pro, so 单 is Shan).
 *
 * @example
 * pinyinName('王', '芳') // 'Wang Fang'
 */
export function pinyinName(surname: string, given: string): string {
  const syllables = (text: string, surnameMode: boolean): string =>
    pinyin(text, { toneType: 'none', type: 'array', ...(surnameMode ? { surname: 'all' as const } : {}) })
      .join('')
      .replace(/ü/g, 'v');
  return `${capitalise(syllables(surname, true))} ${capitalise(syllables(given, false))}`;
}

/**
 * The pinyin of a word without spaces, for e-mail domains and English names: `华信` → `huaxin`.
 *
 * @example
 * pinyinWord('华信') // 'huaxin'
 */
export function pinyinWord(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array' })
    .join('')
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase();
}

/**
 * The city's name without its 市 suffix, for company names: 深圳市 → 深圳.
 *
 * @example
 * shortCityName(sampleCities[0]!) // '北京'
 */
export function shortCityName(city: SampleCity): string {
  return city.city.replace(/市$/, '');
}
