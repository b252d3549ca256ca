import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Locale } from '@dossier/core';
import { formatDate } from './format.js';

/**
 * A stored date (`2026-12-07`) written out in the locale ("2026年12月7日", "Dec 7, 2026"); nothing
 * for an empty or unfinished one.
 *
 * @example
 * dateReading('zh-CN', '2026-12-07') // '2026年12月7日'
 */
export function dateReading(locale: Locale, value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(locale, value) : undefined;
}

/** What {@link dateInput} draws. */
export interface DateInputOptions {
  readonly locale: Locale;
  readonly value: string | undefined;
  readonly name?: string;
  readonly min?: string;
  readonly max?: string;
  readonly required?: boolean;
  /**
   * Called on `change` with the chosen day, or `undefined` when cleared. Without it the picker is
   * uncontrolled (read on submit): `value` is only its first day, and a render keeps what was picked.
   */
  readonly onChange?: (value: string | undefined) => void;
}

let readings = 0;

/**
 * A native date picker with the chosen day written out in the page's locale beside it and in its
 * description: the picker's own text follows the browser's language (mm/dd/yyyy in a zh-CN page on
 * an English browser), which a reader cannot be asked to decode.
 *
 * @example
 * html`<label>${t('from')} ${dateInput({ locale, value: this.from, onChange: (v) => (this.from = v) })}</label>`
 */
export function dateInput(options: DateInputOptions): TemplateResult {
  const id = `dossier-date-reading-${++readings}`;
  const reading = dateReading(options.locale, options.value);
  // The picker may be uncontrolled (a form read on submit): its reading follows every input.
  const onInput = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const span = input.nextElementSibling;
    if (span) span.textContent = dateReading(options.locale, input.value) ?? '';
  };
  const onChange = (e: Event) => options.onChange?.((e.target as HTMLInputElement).value || undefined);
  return html`<input
      type="date"
      name=${options.name ?? nothing}
      value=${options.onChange ? nothing : (options.value ?? nothing)}
      .value=${options.onChange ? live(options.value ?? '') : nothing}
      min=${options.min ?? nothing}
      max=${options.max ?? nothing}
      ?required=${options.required ?? false}
      aria-describedby=${id}
      @input=${onInput}
      @change=${onChange}
    /><span part="date-reading" class="date-reading" id=${id}>${reading ?? ''}</span>`;
}

/** The written-out date beside a {@link dateInput} picker (muted, kept on one line). */
export const dateInputStyles = css`
  .date-reading {
    margin-inline-start: 0.35em;
    color: var(--_muted);
    font-size: max(12px, 0.9em);
    white-space: nowrap;
  }
  .date-reading:empty {
    display: none;
  }
`;
