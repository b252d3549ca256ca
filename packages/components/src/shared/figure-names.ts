/**
 * Names of key figures that more than one element shows, written once so that the card and the
 * list call them the same (the list wrote 近12个月 where the card wrote 近 12 个月). An element's
 * catalogue takes its entry from here instead of re-typing it.
 *
 * @example
 * const en = { revenue: figureNames.en.revenueRecent } as const;
 */
export const figureNames = {
  en: { revenueRecent: 'Revenue, last 12 months' },
  'zh-CN': { revenueRecent: '近 12 个月销售额' },
} as const;
