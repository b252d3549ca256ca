import type { AbcGrade, Catalog, PointsTier, RfmSegment } from '@dossier/core';

/**
 * The badge's copy of core's labels for grades, RFM segments and points tiers.
 *
 * Why a copy: core's `vocabularyLabels` is one object of every vocabulary (≈3 KB gzipped on
 * its own), which alone would break the badge's 3 KB budget. tier-badge.test.ts checks every
 * entry against `vocabularyLabel` in both locales, so the two cannot drift apart.
 */
export const badgeLabels = {
  en: {
    'grade:A': 'Grade A',
    'grade:B': 'Grade B',
    'grade:C': 'Grade C',
    'segment:champions': 'Champions',
    'segment:loyal': 'Loyal',
    'segment:potential': 'Potential loyalist',
    'segment:new': 'New',
    'segment:promising': 'Promising',
    'segment:need-attention': 'Needs attention',
    'segment:about-to-sleep': 'About to sleep',
    'segment:at-risk': 'At risk',
    'segment:cant-lose': "Can't lose",
    'segment:hibernating': 'Hibernating',
    'segment:lost': 'Lost',
    'segment:inactive': 'Inactive',
    'tier:A': 'Tier A',
    'tier:B': 'Tier B',
    'tier:C': 'Tier C',
    'tier:D': 'Tier D',
  },
  'zh-CN': {
    'grade:A': 'A 类客户',
    'grade:B': 'B 类客户',
    'grade:C': 'C 类客户',
    'segment:champions': '重要价值客户',
    'segment:loyal': '忠诚客户',
    'segment:potential': '潜力客户',
    'segment:new': '新客户',
    'segment:promising': '有望客户',
    'segment:need-attention': '需关注客户',
    'segment:about-to-sleep': '即将沉睡客户',
    'segment:at-risk': '流失风险客户',
    'segment:cant-lose': '不能失去的客户',
    'segment:hibernating': '沉睡客户',
    'segment:lost': '已流失客户',
    'segment:inactive': '无购买客户',
    'tier:A': 'A 级会员',
    'tier:B': 'B 级会员',
    'tier:C': 'C 级会员',
    'tier:D': 'D 级会员',
  },
} satisfies Catalog<`grade:${AbcGrade}` | `segment:${RfmSegment}` | `tier:${PointsTier}`>;

/** A key of {@link badgeLabels}. */
export type BadgeLabelKey = keyof (typeof badgeLabels)['en'];
