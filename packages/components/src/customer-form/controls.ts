import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldEntry, Locale, MessageParams, Person, ValidationIssue } from '@dossier/core';
import { optionLabel, type FormField } from './form-fields.js';
import { pathText, type Json, type Segment } from './json.js';
import type { FormMessage } from './messages.js';
import { dateReading } from '../shared/date-input.js';

/** What a control needs of the form, at each render. */
export interface ControlView {
  readonly locale: Locale;
  readonly t: (key: FormMessage, params?: MessageParams) => string;
  /** Whether the element is disabled (then "read only" is not said at every field). */
  readonly disabled: boolean;
  /** The people directory: a person field becomes a picker of names when it is not empty. */
  readonly people: readonly Person[];
  readonly personName: (id: string) => string;
  mayWrite(entry: Pick<FieldEntry, 'sensitivity' | 'level'>): boolean;
  /** Whether the message of the control with this touch key is shown. */
  shows(key: string): boolean;
}

/** One control to render: where it sits, its value, the issues of its record, and what an edit does. */
export interface ControlOptions {
  /** `c` for the customer, `p<i>` for contact `i`: the prefix of the control's id. */
  scope: string;
  segments: Segment[];
  value: Json | undefined;
  issues: readonly ValidationIssue[];
  onValue: (value: Json | undefined, isChange: boolean) => void;
}

export const domId = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '-');
export const controlId = (scope: string, path: string) => domId(`${scope}-${path}`);
const text = (v: Json | undefined) => (v === undefined || v === null ? '' : String(v));
const fromText = (raw: string): Json | undefined => (raw === '' ? undefined : raw);

/** Option label of an enum value: core's vocabulary or choices (gender's too), else the value. */
export function optionText(view: Pick<ControlView, 'locale'>, field: Pick<FormField, 'entry'>, value: string): string {
  return optionLabel(field, value, view.locale, String);
}

/** Long free texts take a whole row; the short fields share the columns. */
export const isWide = (field: FormField) => field.control === 'textarea';

const autocomplete: Partial<Record<FieldEntry['kind'], string>> = { email: 'email', mobile: 'tel', phone: 'tel', url: 'url' };

/**
 * The control of one field, labelled from core's catalogue, with its message at the field
 * (`aria-invalid`, `aria-describedby`); read only when the viewer may not write it.
 *
 * @example
 * control(view, field, { scope: 'c', segments: ['territory'], value: '华东', issues: [], onValue })
 */
export function control(view: ControlView, field: FormField, options: ControlOptions): TemplateResult {
  const { scope, segments, value } = options;
  const path = pathText(segments);
  const id = controlId(scope, path);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const shown = view.shows(scope === 'c' ? `c:${path}` : `${scope}:${field.entry.path}`);
  const issues = shown ? options.issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`)) : [];
  const invalid = issues.length > 0 ? 'true' : nothing;
  const readOnly = !view.mayWrite(field.entry);
  const label = field.entry.label[view.locale];
  // A date input shows the browser's format (mm/dd/yyyy in a zh-CN page on an English browser):
  // the date is also written out in the page's locale beside it and in its description.
  const reading = field.control === 'date' ? dateReading(view.locale, value) : undefined;
  const readingId = `${id}-reading`;
  const describedBy = [field.control === 'tags' ? hintId : '', reading ? readingId : '', issues.length > 0 ? errorId : ''].filter(Boolean).join(' ') || nothing;
  const error = issues.length > 0 ? html`<p part="error" id=${errorId} class="error">${issues.map((i) => i.message).join(' ')}</p>` : nothing;
  const requiredMark = field.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing;
  const required = field.required ? 'true' : nothing;
  const onSelect = (e: Event) => options.onValue(fromText((e.target as HTMLSelectElement).value), true);

  if (field.control === 'checkboxes') {
    const selected = Array.isArray(value) ? value.map(String) : [];
    const values = field.values ?? Object.keys(field.entry.choices ?? {});
    return html`<fieldset part="field" class="field wide" data-path=${field.entry.path} id=${id} aria-describedby=${describedBy}>
      <legend part="label">${label}${requiredMark}</legend>
      <div class="choices">
        ${values.map(
          (v) => html`<label class="inline"
            ><input
              part="control"
              type="checkbox"
              value=${v}
              .checked=${live(selected.includes(v))}
              ?disabled=${readOnly}
              aria-invalid=${invalid}
              @change=${(e: Event) => {
                const next = (e.target as HTMLInputElement).checked ? [...selected, v] : selected.filter((s) => s !== v);
                options.onValue(next.length === 0 && field.entry.optional ? undefined : next, true);
              }}
            />
            ${optionText(view, field, v)}</label
          >`,
        )}
      </div>
      ${error}
    </fieldset>`;
  }

  if (field.control === 'checkbox') {
    return html`<div part="field" class="field checkbox" data-path=${field.entry.path}>
      <input
        part="control"
        type="checkbox"
        id=${id}
        .checked=${live(value === true)}
        ?disabled=${readOnly}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        @change=${(e: Event) => options.onValue((e.target as HTMLInputElement).checked ? true : field.entry.optional ? undefined : false, true)}
      />
      <label part="label" for=${id}>${label}</label>
      ${error}
    </div>`;
  }

  let input: TemplateResult;
  const current = text(value);
  const people = field.control === 'person' ? view.people.filter((p) => p.active !== false || p.id === current) : [];
  if (field.control === 'select' || people.length > 0) {
    // A person field lists people by name and stores the id; an id outside the directory stays choosable.
    const options =
      field.control === 'person'
        ? [...people.map((p) => [p.id, view.personName(p.id)] as const), ...(current && !people.some((p) => p.id === current) ? [[current, view.personName(current)] as const] : [])]
        : (field.values ?? []).map((v) => [v, optionText(view, field, v)] as const);
    input = html`<select part="control" id=${id} ?disabled=${readOnly} aria-required=${required} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${onSelect}>
      <option value="" ?selected=${current === ''}>${view.t('notSet')}</option>
      ${options.map(([v, name]) => html`<option value=${v} ?selected=${current === v}>${name}</option>`)}
    </select>`;
  } else if (field.control === 'textarea') {
    input = html`<textarea
      part="control"
      id=${id}
      rows="3"
      ?readonly=${readOnly}
      aria-required=${required}
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      .value=${live(current)}
      @input=${(e: Event) => options.onValue(fromText((e.target as HTMLTextAreaElement).value), false)}
      @change=${(e: Event) => options.onValue(fromText((e.target as HTMLTextAreaElement).value), true)}
    ></textarea>`;
  } else if (field.control === 'tags') {
    const list = Array.isArray(value) ? value.map(String) : [];
    input = html`<input
        part="control"
        id=${id}
        type="text"
        ?readonly=${readOnly}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        .value=${live(list.join(view.locale === 'zh-CN' ? '、' : ', '))}
        @change=${(e: Event) => {
          const items = (e.target as HTMLInputElement).value
            .split(/[,，、;；\n]/)
            .map((s) => s.trim())
            .filter(Boolean);
          options.onValue(items.length === 0 && field.entry.optional ? undefined : items, true);
        }}
      />
      <span class="hint" id=${hintId}>${view.t('tagsHint')}</span>`;
  } else {
    const number = field.control === 'number';
    const parse = (raw: string): Json | undefined => {
      if (!number) return fromText(raw);
      if (raw.trim() === '') return undefined;
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    };
    input = html`<input
      part="control"
      id=${id}
      type=${field.control === 'person' ? 'text' : field.control}
      step=${number ? (field.entry.kind === 'money' ? '0.01' : '1') : nothing}
      inputmode=${field.entry.kind === 'mobile' ? 'tel' : nothing}
      autocomplete=${autocomplete[field.entry.kind] ?? 'off'}
      ?readonly=${readOnly}
      aria-required=${required}
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      .value=${live(current)}
      @input=${(e: Event) => {
        if (!number) options.onValue(parse((e.target as HTMLInputElement).value), false);
      }}
      @change=${(e: Event) => options.onValue(parse((e.target as HTMLInputElement).value), true)}
    />`;
  }
  return html`<div part="field" class=${isWide(field) ? 'field wide' : 'field'} data-path=${field.entry.path}>
    <label part="label" for=${id}>${label}${requiredMark}${readOnly && !view.disabled ? html` <span class="muted">(${view.t('readOnly')})</span>` : nothing}</label>
    ${input} ${reading ? html`<span part="date-reading" class="hint" id=${readingId}>${reading}</span>` : nothing} ${error}
  </div>`;
}

