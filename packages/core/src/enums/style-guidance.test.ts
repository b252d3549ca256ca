import { describe, expect, it } from 'vitest';
import { communicationStyles } from './vocabularies.js';
import { styleGuidance } from './style-guidance.js';

describe('styleGuidance', () => {
  it('gives the seed’s advice for the talkative customer: do not hand over the lead, agree, steer back to the product', () => {
    expect(styleGuidance('zh-CN', 'talkative')).toContain('主导权');
    expect(styleGuidance('zh-CN', 'talkative')).toContain('附和');
    expect(styleGuidance('en', 'talkative')).toContain('steer what they say back to the product');
    // The seed: with a silent customer you must lead, ask and find topics yourself.
    expect(styleGuidance('zh-CN', 'silent')).toContain('主动发问');
  });

  it('has a distinct, non-empty text for every style in both locales', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const texts = communicationStyles.map((style) => styleGuidance(locale, style));
      expect(texts.every((text) => text.length > 10)).toBe(true);
      expect(new Set(texts).size).toBe(communicationStyles.length);
    }
    // zh-CN is written in Chinese, en in English.
    expect(communicationStyles.every((style) => /[\u4e00-\u9fff]/.test(styleGuidance('zh-CN', style)))).toBe(true);
    expect(communicationStyles.every((style) => !/[\u4e00-\u9fff]/.test(styleGuidance('en', style)))).toBe(true);
  });
});
