import { html, nothing, type TemplateResult } from 'lit';
import { translate, type Catalog, type Locale, type MessageParams } from '@dossier/core';
import { formatNumber } from '../shared/format.js';

/**
 * A label and its value as one row of a `<dl>` (the card's facts, key figures, profile and
 * competitor fields), the value's `<dd>` with a class when given.
 *
 * @example
 * html`<dl>${pair('客户性质', '制造商')}</dl>`
 */
export const pair = (label: unknown, value: unknown, className?: string): TemplateResult => html`<div><dt>${label}</dt><dd class=${className ?? nothing}>${value}</dd></div>`;

/**
 * One collapsible section of the card (`part="section <id>"`, open by default): its title with
 * the count of its records, an optional lead line, then its body, or its empty state when the
 * count is 0.
 *
 * @example
 * section('en', 'contracts', 'Contracts', 0, nothing, 'No contract.')
 */
export function section(locale: Locale, id: string, title: string, count: number, body: unknown, empty: string, lead: unknown = nothing): TemplateResult {
  return html`<details part="section ${id}" open>
    <summary>${title}${count > 0 ? html` <span class="count">(${formatNumber(locale, count)})</span>` : nothing}</summary>
    ${lead}${count === 0 ? html`<p class="muted empty">${empty}</p>` : body}
  </details>`;
}

/**
 * The card's modules' `t`: a catalogue's message in a locale, placeholders filled.
 *
 * @example
 * const t = translator(sectionMessages, 'zh-CN');
 * t('products') // '购买的产品'
 */
export const translator =
  <K extends string>(catalog: Catalog<K>, locale: Locale) =>
  (key: K, params: MessageParams = {}): string =>
    translate(catalog, locale, key, params);
