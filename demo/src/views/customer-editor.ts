import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  canRead,
  canWrite,
  fieldCatalog,
  findField,
  organisationSchema,
  personSchema,
  relationshipStages,
  vocabularyLabel,
  type Customer,
  type FieldEntry,
} from '@dossier/core';
import type { Conflict, StoredRecord } from '@dossier/storage-adapters';
import type { DemoMessage } from '../messages.js';
import { DemoCustomerView } from './demo-view.js';

/** One editable field: where it lives in the record and how it is typed in. */
interface EditField {
  key: string;
  /** Path in the catalogue (for its sensitivity). */
  path: string;
  label: DemoMessage;
  get(customer: Customer): string;
  set(customer: Customer, value: string): Customer;
  input: 'text' | 'stage' | 'textarea';
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const orUndefined = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** The customer's name in one script (`name.zh`, `name.en`), a field of its own. */
function nameField(script: 'zh' | 'en', key: 'nameZh' | 'nameEn'): EditField {
  return {
    key,
    path: `name.${script}`,
    label: `form.${key}`,
    input: 'text',
    get: (c) => text((c.name as { zh?: string; en?: string })[script]),
    set: (c, v) => ({ ...c, name: { ...c.name, [script]: orUndefined(v) } }) as Customer,
  };
}

/** The fields the demo's editor offers (a subset of the archive: the rest is kept untouched). */
export const editFields: readonly EditField[] = [
  nameField('zh', 'nameZh'),
  nameField('en', 'nameEn'),
  { key: 'phone', path: 'phone', label: 'form.phone', input: 'text', get: (c) => text(c.phone), set: (c, v) => ({ ...c, phone: orUndefined(v) }) as Customer },
  { key: 'mobile', path: 'mobile', label: 'form.mobile', input: 'text', get: (c) => text(c.mobile), set: (c, v) => ({ ...c, mobile: orUndefined(v) }) as Customer },
  {
    key: 'stage',
    path: 'relationship.stage',
    label: 'form.stage',
    input: 'stage',
    get: (c) => c.relationship.stage,
    set: (c, v) => ({ ...c, relationship: { ...c.relationship, stage: v, setByHand: true } }) as Customer,
  },
  {
    key: 'tags',
    path: 'tags',
    label: 'form.tags',
    input: 'text',
    get: (c) => (c.tags ?? []).join(', '),
    set: (c, v) => ({ ...c, tags: v.split(/[,，]/).map((s) => s.trim()).filter(Boolean) }) as Customer,
  },
];

const catalogs = { organisation: fieldCatalog(organisationSchema), person: fieldCatalog(personSchema) };

function ruleOf(customer: Customer, path: string): FieldEntry | undefined {
  return findField(catalogs[customer.kind === 'person' ? 'person' : 'organisation'], path);
}

/** A field both sides touched differently, or one side changed, while the form was open. */
interface Difference {
  field: EditField;
  base: string;
  mine: string;
  theirs: string;
  choice: 'mine' | 'theirs';
}

/**
 * The demo's customer editor: edits a few fields of a customer (those the viewer may read and
 * write), saves with the revision it was opened at, and on a conflict shows both versions
 * field by field so that nobody's edit is lost: fields only one side changed merge by
 * themselves, fields both changed are chosen by the person.
 *
 * @fires demo-saved - After a successful save (`detail: { rev }`).
 * @fires demo-cancel - The person closed the form.
 */
@customElement('demo-customer-editor')
export class DemoCustomerEditor extends DemoCustomerView {

  @state() private original?: StoredRecord<Customer, 'customer'>;
  @state() private draft: Record<string, string> = {};
  @state() private differences?: { conflict: Conflict<Customer, 'customer'>; rows: Difference[] };
  @state() private saving = false;

  private loadedFor?: string;

  protected override willUpdate(): void {
    if (this.store && this.customerId && this.loadedFor !== this.customerId) {
      this.loadedFor = this.customerId;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const record = await this.store!.get('customer', this.customerId!);
    this.original = record;
    this.differences = undefined;
    this.message = undefined;
    this.draft = record ? Object.fromEntries(editFields.map((f) => [f.key, f.get(record.value)])) : {};
  }

  /** The fields this viewer may edit on this customer. */
  private editable(customer: Customer): EditField[] {
    const viewer = this.viewer;
    if (!viewer) return [];
    const context = { ownerId: customer.salespersonId };
    return editFields.filter((f) => {
      const rule = ruleOf(customer, f.path);
      return rule !== undefined && canRead(viewer, rule, context) && canWrite(viewer, rule, context);
    });
  }

  private apply(customer: Customer, values: Record<string, string>, fields: readonly EditField[]): Customer {
    return fields.reduce((c, f) => (values[f.key] === undefined ? c : f.set(c, values[f.key]!)), customer);
  }

  private async save(value: Customer, baseRev: number): Promise<void> {
    this.saving = true;
    this.message = { text: this.m('form.saving') };
    try {
      const result = await this.store!.put('customer', value, { baseRev, by: this.viewer?.userId });
      if (result.ok) {
        this.original = result.record;
        this.differences = undefined;
        this.draft = Object.fromEntries(editFields.map((f) => [f.key, f.get(result.record.value)]));
        this.message = { text: this.m('form.saved', { rev: result.record.rev }) };
        this.announceSaved({ rev: result.record.rev });
      } else {
        this.showConflict(result.conflict);
      }
    } catch (error) {
      this.message = this.writeFailed(error);
    } finally {
      this.saving = false;
    }
  }

  private showConflict(conflict: Conflict<Customer, 'customer'>): void {
    const base = this.original!.value;
    const theirs = conflict.current?.value ?? base;
    const rows: Difference[] = [];
    for (const field of this.editable(base)) {
      const b = field.get(base);
      const mine = this.draft[field.key] ?? b;
      const their = field.get(theirs);
      if (mine === b && their === b) continue;
      // Only one side changed it: that side wins by itself. Both did: the person chooses (mine first).
      rows.push({ field, base: b, mine, theirs: their, choice: mine !== b ? 'mine' : 'theirs' });
    }
    this.differences = { conflict, rows };
    this.message = undefined;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    const original = this.original;
    if (!original || this.saving) return;
    const value = this.apply(original.value, this.draft, this.editable(original.value));
    void this.save(value, original.rev);
  }

  private onMerge(): void {
    const d = this.differences;
    const current = d?.conflict.current;
    if (!d || !current) return;
    const merged = Object.fromEntries(d.rows.map((r) => [r.field.key, r.choice === 'mine' ? r.mine : r.theirs]));
    // Keep the draft as chosen, so that a second conflict starts from the merged version.
    this.original = current;
    this.draft = { ...Object.fromEntries(editFields.map((f) => [f.key, f.get(current.value)])), ...merged };
    void this.save(this.apply(current.value, merged, d.rows.map((r) => r.field)), current.rev);
  }

  private renderInput(field: EditField) {
    const value = this.draft[field.key] ?? '';
    const onInput = (e: Event) => {
      this.draft = { ...this.draft, [field.key]: (e.target as HTMLInputElement).value };
    };
    if (field.input === 'stage') {
      const stages = relationshipStages.filter((s) => s !== 'former' || value === 'former');
      return html`<label
        >${this.m(field.label)}
        <select name=${field.key} @change=${onInput}>
          ${stages.map((s) => html`<option value=${s} ?selected=${s === value}>${vocabularyLabel(this.locale, 'relationshipStages', s)}</option>`)}
        </select></label
      >`;
    }
    return html`<label>${this.m(field.label)} <input name=${field.key} .value=${value} @input=${onInput} /></label>`;
  }

  private renderConflict() {
    const d = this.differences!;
    const current = d.conflict.current;
    return html`<section class="conflict" role="alertdialog" aria-labelledby="conflict-title" data-conflict>
      <h3 id="conflict-title">${this.m('conflict.title')}</h3>
      <p>${this.m('conflict.explain', { rev: current?.rev ?? '?', by: current?.by ?? '?' })}</p>
      <table>
        <thead>
          <tr>
            <th>${this.m('conflict.field')}</th>
            <th>${this.m('conflict.theirs')}</th>
            <th>${this.m('conflict.mine')}</th>
          </tr>
        </thead>
        <tbody>
          ${d.rows.map(
            (row, i) => html`<tr data-field=${row.field.key}>
              <th scope="row">${this.m(row.field.label)}</th>
              <td>
                <label
                  ><span><input type="radio" name=${`pick-${i}`} value="theirs" .checked=${row.choice === 'theirs'} @change=${() => this.choose(i, 'theirs')} />
                  ${row.theirs || '—'}</span></label
                >
              </td>
              <td>
                <label
                  ><span><input type="radio" name=${`pick-${i}`} value="mine" .checked=${row.choice === 'mine'} @change=${() => this.choose(i, 'mine')} />
                  ${row.mine || '—'}</span></label
                >
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="row"><button id="merge" ?disabled=${this.saving} @click=${() => this.onMerge()}>${this.m('conflict.apply')}</button></p>
    </section>`;
  }

  private choose(index: number, choice: 'mine' | 'theirs'): void {
    const d = this.differences;
    if (!d) return;
    this.differences = { ...d, rows: d.rows.map((r, i) => (i === index ? { ...r, choice } : r)) };
  }

  protected override render() {
    const original = this.original;
    if (!original) return html`<p class="muted">${this.m('loading')}</p>`;
    const fields = this.editable(original.value);
    return html`<section class="panel" aria-labelledby="editor-title">
      <h3 id="editor-title">${this.m('form.title')} · ${this.m('history.rev', { rev: original.rev })}</h3>
      ${this.differences
        ? this.renderConflict()
        : html`<form @submit=${this.onSubmit}>
            <div class="grid2">${fields.map((f) => this.renderInput(f))}</div>
            <p class="row">
              <button type="submit" id="save" ?disabled=${this.saving}>${this.m('form.save')}</button>
              <button
                type="button"
                class="secondary"
                @click=${() => this.dispatchEvent(new CustomEvent('demo-cancel', { bubbles: true, composed: true }))}
              >
                ${this.m('form.cancel')}
              </button>
            </p>
          </form>`}
      ${this.renderStatus()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-customer-editor': DemoCustomerEditor;
  }
}
