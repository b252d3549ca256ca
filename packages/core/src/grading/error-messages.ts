import type { Catalog } from '../i18n/translate.js';

/** What can go wrong when grading; each code has an en and zh-CN message below. */
export type GradingErrorCode =
  | 'invalid-as-of'
  | 'invalid-window'
  | 'invalid-policy'
  | 'figures-mismatch'
  | 'unknown-customer'
  | 'invalid-override'
  | 'duplicate-run'
  | 'invalid-transition'
  | 'invalid-review';

/**
 * The messages of {@link GradingError}, en and zh-CN, keyed `error.<code>`: a catalogue of its
 * own, so that code which can only fail (computing figures) does not carry the explanations.
 *
 * @example
 * translate(gradingErrorMessages, 'zh-CN', 'error.invalid-window', { value: '0' })
 */
export const gradingErrorMessages: Catalog<`error.${GradingErrorCode}`> = {
  en: {
    'error.invalid-as-of': 'The as-of date "{value}" is not a calendar date; write it as YYYY-MM-DD.',
    'error.invalid-window': 'The window "{value}" must be a whole number of days greater than 0.',
    'error.invalid-policy': 'The grading policy is invalid at {path}: {detail}.',
    'error.figures-mismatch': 'The figures must be those the result was graded from: the same customers, asOf and window ({detail}).',
    'error.unknown-customer': 'Customer "{value}" is not in this grading.',
    'error.invalid-override': 'The override of customer "{value}" needs a grade of this method and a reason.',
    'error.duplicate-run': 'A grading run with id "{value}" is already in the list; runs are append-only, give the new run its own id.',
    'error.invalid-transition': 'The grading run "{value}" is {from}; it cannot become {to} (proposed → reviewed → confirmed, one step at a time).',
    'error.invalid-review': 'Reviewing or confirming the grading run "{value}" needs the person who does it.',
  },
  'zh-CN': {
    'error.invalid-as-of': '评估日期“{value}”不是有效日期，请写成 YYYY-MM-DD。',
    'error.invalid-window': '统计窗口“{value}”必须是大于 0 的整数天数。',
    'error.invalid-policy': '分级规则在 {path} 处无效：{detail}。',
    'error.figures-mismatch': '指标必须是评级时所用的那一组：客户、评估日期和统计窗口都须一致（{detail}）。',
    'error.unknown-customer': '本次分级中没有客户“{value}”。',
    'error.invalid-override': '客户“{value}”的人工调整需要本方法的等级和理由。',
    'error.duplicate-run': '列表中已有编号为“{value}”的分级记录；分级记录只能追加，请为新记录使用新的编号。',
    'error.invalid-transition': '分级记录“{value}”当前为 {from}，不能变为 {to}（提议 → 审核 → 确认，逐步进行）。',
    'error.invalid-review': '审核或确认分级记录“{value}”须注明操作人。',
  },
};
