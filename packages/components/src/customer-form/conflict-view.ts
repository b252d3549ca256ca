import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldEntry, Locale } from '@dossier/core';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../shared/format.js';
import { optionLabel } from './form-fields.js';
import type { Json } from './json.js';

/**
 * The per-field choice of a merge, shared by the customer form's conflict view and any element
 * that lets a person pick, field by field, between versions of a record (a duplicates merge):
 * a `<fieldset>` with the field's label and one radio card per version.
 */

/** One version of a field a person may keep. */
export interface ChoiceSide {
  /** The value of the radio (`mine`, `theirs`, a record id …); also the side's `part` name. */
  value: string;
  /** The version's name, shown above its value ("Mine", "客户 A"). */
  label: string;
  /** The field's value in that version, as text (see {@link choiceValueText}). */
  text: string;
}

/** One field on which the versions differ. */
export interface FieldChoice {
  /** The field's path (`credit.limit`): the `data-path` of the fieldset. */
  path: string;
  /** The field's label, from core's catalogue. */
  label: string;
  /** The versions, in the order shown (two or more). */
  sides: readonly ChoiceSide[];
  /** The value of the side chosen now. */
  chosen: string;
  /** A short remark beside the label ("changed by both"); marks the fieldset with class `both`. */
  note?: string | undefined;
  /** Name of the radio group: unique within the shadow root. */
  name: string;
}

/**
 * One field of a merge as radio cards; `onChoose` gets the chosen side's value.
 *
 * Parts: `conflict-field` (the fieldset), and each side's `value` (`mine`, `theirs` …) on its label.
 * Include {@link fieldChoiceStyles} in the element's styles.
 *
 * @example
 * fieldChoice(
 *   { name: 'merge-phone', path: 'phone', label: '电话', chosen: 'a', sides: [{ value: 'a', label: '客户 A', text: '0571-1' }, { value: 'b', label: '客户 B', text: '0571-2' }] },
 *   (value) => this.pick('phone', value),
 * )
 */
export function fieldChoice(choice: FieldChoice, onChoose: (value: string) => void): TemplateResult {
  return html`<fieldset part="conflict-field" class=${choice.note ? 'both' : ''} data-path=${choice.path}>
    <legend>${choice.label}${choice.note ? html` <span class="badge">${choice.note}</span>` : nothing}</legend>
    <div class="sides">
      ${choice.sides.map(
        (side) => html`<label part=${side.value} class="side ${side.value}">
          <input type="radio" name=${choice.name} value=${side.value} .checked=${live(choice.chosen === side.value)} @change=${() => onChoose(side.value)} />
          <span class="side-name">${side.label}</span>
          <span class="side-value">${side.text}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** Words {@link choiceValueText} needs in the locale. */
export interface ValueWords {
  empty: string;
  yes: string;
  no: string;
}

/**
 * A field's value as a person reads it, by its catalogue entry: options by their labels, money,
 * numbers, dates and instants formatted in the locale, lists joined, blank as `words.empty`.
 *
 * @example
 * choiceValueText('2026-06-30', dateEntry, 'zh-CN', words) // '2026年6月30日'
 */
export function choiceValueText(value: Json | undefined, entry: FieldEntry | undefined, locale: Locale, words: ValueWords, fallback: (value: string) => string = String): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  const one = (v: Json): string => {
    if (v === null) return '';
    if (typeof v === 'object') return Array.isArray(v) ? v.map(one).join(' ') : Object.values(v).map(one).filter(Boolean).join(' ');
    if (entry && (entry.kind === 'enum' || entry.vocabulary || entry.choices)) return optionLabel({ entry }, String(v), locale, fallback);
    if (typeof v === 'number') return entry?.kind === 'money' ? formatMoney(locale, v) : formatNumber(locale, v);
    if (typeof v === 'string' && entry?.kind === 'date') return formatDate(locale, v);
    if (typeof v === 'string' && entry?.kind === 'instant') return formatDateTime(locale, v);
    return String(v);
  };
  return Array.isArray(value) ? value.map(one).join(locale === 'zh-CN' ? '、' : ', ') : one(value);
}

/** The styles of {@link fieldChoice} (read the element's `--_*` tokens). */
export const fieldChoiceStyles = css`
  .sides {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--_space);
  }
  .side {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.5rem;
    align-items: start;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    padding: 0.4rem 0.6rem;
    cursor: pointer;
  }
  .side:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_surface-alt);
  }
  .side-name {
    font-weight: 600;
  }
  .side-value {
    grid-column: 2;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .badge {
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_danger);
  }
`;
