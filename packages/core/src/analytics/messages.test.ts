import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locale.js';
import { analyticsErrorCodes, analyticsMessages, analyticsMetrics, metricLabel } from './messages.js';

describe('analytics messages', () => {
  it('labels every metric and error in every locale, differently in en and zh-CN', () => {
    for (const key of [...analyticsMetrics, ...analyticsErrorCodes]) {
      for (const locale of locales) expect(analyticsMessages[locale][key].trim()).not.toBe('');
      expect(analyticsMessages['zh-CN'][key]).not.toBe(analyticsMessages.en[key]);
    }
  });

  it('gives the seed terms in Chinese and fills parameters', () => {
    expect(metricLabel('zh-CN', 'grossMarginRate')).toBe('毛利率');
    expect(metricLabel('zh-CN', 'turnover')).toBe('周转率');
    expect(metricLabel('zh-CN', 'crossRatio')).toBe('交叉比率');
    expect(metricLabel('zh-CN', 'contributionRatio')).toBe('贡献比率');
    expect(metricLabel('zh-CN', 'costToServe')).toBe('客户服务成本');
    expect(metricLabel('zh-CN', 'returnOnCustomerAssets')).toBe('顾客资产回报率');
    expect(metricLabel('en', 'topShare', { percent: 20 })).toBe('Revenue share of the top 20 % of customers');
    expect(metricLabel('zh-CN', 'topShare', { percent: 20 })).toBe('前 20% 客户的销售额占比');
  });
});
