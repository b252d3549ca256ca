import { pinyin } from 'pinyin-pro';

// Legal-form suffixes that do not tell two companies apart, longest first so that
// 股份有限公司 is removed whole rather than leaving 股份.
const companySuffixes = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '集团公司',
  '分公司',
  '公司',
  '集团',
  'co., ltd.',
  'co.,ltd.',
  'co. ltd.',
  'co ltd',
  'company limited',
  'corporation',
  'limited',
  'company',
  'group',
  'corp.',
  'corp',
  'inc.',
  'inc',
  'ltd.',
  'ltd',
  'llc',
  'co.',
];

/**
 * A company or person name reduced to what identifies it: full-width characters folded to
 * half-width (NFKC), case folded, punctuation and spaces removed, and legal-form suffixes
 * such as 有限公司 or "Co., Ltd." dropped.
 *
 * @example
 * normaliseName('杭州西子贸易有限公司') // '杭州西子贸易'
 * normaliseName('ＡＢＣ Trading Co., Ltd.') // 'abctrading'
 */
export function normaliseName(name: string): string {
  let text = name.normalize('NFKC').toLowerCase().trim();
  let changed = true;
  while (changed) {
    changed = false;
    for (const suffix of companySuffixes) {
      if (text.endsWith(suffix) && text.length > suffix.length) {
        text = text.slice(0, -suffix.length).trim().replace(/[,，.]+$/, '').trim();
        changed = true;
      }
    }
  }
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * The toneless pinyin of a normalised name, so that 华为 and "Huawei" (or two spellings of
 * the same sound) meet.
 *
 * @example
 * pinyinKey('华为技术有限公司') // 'huaweijishu'
 * pinyinKey('Huawei Technologies Co., Ltd.') // 'huaweitechnologies'
 */
export function pinyinKey(name: string): string {
  const normalised = normaliseName(name);
  if (!/[\u4e00-\u9fff]/.test(normalised)) return normalised;
  return pinyin(normalised, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase();
}

/**
 * A phone number reduced to its digits, without the +86 / 0086 country prefix.
 *
 * @example
 * normalisePhone('+86 138-1234-1234') // '13812341234'
 */
export function normalisePhone(phone: string): string {
  return phone.normalize('NFKC').replace(/\D/g, '').replace(/^(?:0086|86)(?=1\d{10}$)/, '');
}

/**
 * An email address folded to lower case and trimmed.
 *
 * @example
 * normaliseEmail(' WangFang@Example.COM ') // 'wangfang@example.com'
 */
export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}
