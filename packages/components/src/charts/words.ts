import { html, nothing, type TemplateResult } from 'lit';

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The words of a label in its locale (`Intl.Segmenter`): 重要价值客户 → 重要 · 价值 · 客户.
 * Falls back to the whole label where the segmenter is missing.
 *
 * @example
 * wordsOf('重要价值客户', 'zh-CN') // ['重要', '价值', '客户']
 */
export function wordsOf(label: string, locale: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [label];
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return [...segmenter.segment(label)].map((s) => s.segment);
}

/**
 * A label that wraps only between words: the words with a `<wbr>` between them, to be put in an
 * element styled `word-break: keep-all` (the class `words` of the chart styles), so that
 * 重要价值客户 breaks as 重要价值/客户, never as 重要价值客/户.
 *
 * @example
 * html`<span class="words">${wrapWords('重要价值客户', 'zh-CN')}</span>`
 */
export function wrapWords(label: string, locale: string): TemplateResult {
  return html`${wordsOf(label, locale).map((word, i) => html`${i === 0 ? nothing : html`<wbr />`}${word}`)}`;
}
