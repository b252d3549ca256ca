import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { canRead, canWrite, contactFields, findField, labelIn, sensitivityLevelLabels, validateContact, type Contact, type FieldEntry, type ValidationIssue } from '@dossier/core';
import type { Store } from '@dossier/storage-adapters';
import { DossierElement } from '../shared/dossier-element.js';
import { LocalizeController } from '../shared/localize.js';
import { StoreLoader } from '../shared/store-controller.js';
import { StoreMutation } from '../shared/store-mutation.js';
import { errorMessage } from '../shared/error-message.js';
import { fieldRuleOf } from '../shared/projection.js';
import { base } from '../shared/base.styles.js';
import { outlinedButton, panel } from '../shared/panel.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { profileSections, rulePath, childrenLabel } from '../customer-card/profile-sections.js';
import styles from './profile-editor.styles.js';
import { messages, type ProfileEditorMessage } from './messages.js';
import { getAt } from '../customer-form/json.js';

type Json = Record<string, unknown>;
interface Loaded {
  contact: (Contact & Json) | undefined;
  rev: number;
  ownerId: string | undefined;
}

const CHILDREN = 'profile.family.children[]';
const childPrefix = `${CHILDREN}.`;

// Writes one dotted path (`profile.basics.birthDate`) of a plain object (read with the form's getAt).
function setAt(value: Json, path: readonly string[], next: unknown): Json {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy: Json = Array.isArray(value) ? ([...value] as unknown as Json) : { ...value };
  if (rest.length === 0) {
    if (next === undefined) delete copy[head];
    else copy[head] = next;
  } else copy[head] = setAt((copy[head] as Json | undefined) ?? (/^\d+$/.test(rest[0]!) ? ([] as unknown as Json) : {}), rest, next);
  return copy;
}

/**
 * @tagname dossier-profile-editor
 * @summary Edits a key person's 32-item personal profile (seed 000) in its five sections: basics,
 * education, family, career, interests (with the topics never to raise).
 *
 * Each field shows its sensitivity; a field the viewer may not read is not rendered at all (and
 * is written back untouched), one it may read but not write is read-only. Secret fields (family,
 * politics, religion, topics never to raise) are written in plain to the store, which seals them
 * as it seals the customer form's (a privacy store encrypts them before they are stored). Writes
 * go through the store as the viewer, on the revision read, so a privacy store checks and audits
 * them and a concurrent change is a conflict, never lost.
 *
 * Give it a `contact-id` and a store (through `<dossier-provider>` or the `store` property).
 *
 * @csspart base - The editor.
 * @csspart title - The heading with the contact's name.
 * @csspart section - One section (a fieldset).
 * @csspart field - One field with its label, sensitivity and control.
 * @csspart sensitivity - A field's sensitivity badge.
 * @csspart control - An input.
 * @csspart child - One child in the family section.
 * @csspart actions - The save button.
 * @csspart status - Loading, empty, saved, conflict and error messages.
 *
 * @cssstate loading - The contact is being loaded.
 * @cssstate saving - A save is under way.
 * @cssstate dirty - There are unsaved changes.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-profile-editor contact-id="P-1"></dossier-profile-editor>
 */
export class DossierProfileEditor extends DossierElement {
  static override styles = [tokens, base, panel, outlinedButton, styles];

  static override properties: PropertyDeclarations = {
    contactId: { attribute: 'contact-id' },
    store: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    draft: { state: true, attribute: false },
    issues: { state: true, attribute: false },
    outcome: { state: true, attribute: false },
  };

  /** Id of the contact whose profile to edit. */
  contactId?: string;

  /** The store to read and write; unset: the provider's store. */
  store?: Store;

  /** Level of the heading (1–6), to fit the page's outline. */
  headingLevel = 2;

  /** The profile being edited (the loaded one with the viewer's changes). */
  private draft?: Json;
  private issues: ValidationIssue[] = [];
  private outcome?: 'saved' | 'invalid' | 'conflict' | 'error';

  private readonly t = new LocalizeController<ProfileEditorMessage>(this, messages).t;
  readonly #writer = new StoreMutation(this);
  #draftOf?: Loaded;

  private readonly loader = new StoreLoader<Store, Loaded | undefined>(this, {
    kinds: ['contact', 'customer'],
    deps: () => [this.contactId, this.resolvedViewer],
    load: async (store) => {
      const id = this.contactId;
      if (!id) return undefined;
      const viewer = this.resolvedViewer;
      const record = await store.get('contact', id, { viewer });
      if (!record) return { contact: undefined, rev: 0, ownerId: undefined };
      const contact = record.value as unknown as Contact & Json;
      // Who owns the customer decides what a rep may read (level 3 of its own customers only).
      const customer = await store.get('customer', contact.customerId, { viewer });
      const ownerId = (customer?.value as { salespersonId?: string } | undefined)?.salespersonId;
      return { contact, rev: record.rev, ownerId };
    },
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const loaded = this.loader.value;
    // A newly loaded revision replaces the draft unless the person has unsaved changes to it.
    if (loaded !== this.#draftOf && (!this.dirty || loaded?.contact?.id !== this.#draftOf?.contact?.id)) {
      this.#draftOf = loaded;
      this.draft = (loaded?.contact?.profile as Json | undefined) ?? {};
      this.issues = [];
    }
    this.setState('loading', this.loader.status === 'loading');
    this.setState('saving', this.#writer.pending);
    this.setState('dirty', this.dirty);
  }

  /** Whether the draft differs from the profile loaded. */
  get dirty(): boolean {
    return JSON.stringify(this.draft ?? {}) !== JSON.stringify((this.#draftOf?.contact?.profile as Json | undefined) ?? {});
  }

  get #access() {
    return { ownerId: this.#draftOf?.ownerId };
  }

  private rule(entry: FieldEntry) {
    return fieldRuleOf('contact', this.#draftOf?.contact, rulePath(entry.path));
  }

  #mayRead(entry: FieldEntry): boolean {
    return canRead(this.resolvedViewer, this.rule(entry), this.#access);
  }

  #mayReadPath(path: string): boolean {
    const entry = findField(contactFields, path);
    return entry === undefined || this.#mayRead(entry);
  }

  #mayWrite(entry: FieldEntry): boolean {
    return canWrite(this.resolvedViewer, this.rule(entry), this.#access);
  }

  /**
   * Saves the profile: validates it (messages at the fields, in the locale) and writes the
   * contact on the revision read, as the viewer.
   *
   * @example
   * await editor.save(); // 'saved' | 'invalid' | 'conflict' | 'error'
   */
  async save(): Promise<'saved' | 'invalid' | 'conflict' | 'error'> {
    const loaded = this.#draftOf;
    if (!loaded?.contact) return 'error';
    const value = { ...loaded.contact, profile: this.draft ?? {} };
    const check = validateContact(value, { locale: this.resolvedLocale });
    // A field the viewer may not read came back redacted (a privacy store keeps the value behind
    // it): its issues are not the viewer's to fix.
    this.issues = check.ok ? [] : check.issues.filter((i) => i.path.startsWith('profile.') && this.#mayReadPath(i.path));
    if (this.issues.length > 0) return (this.outcome = 'invalid');
    const result = await this.#writer.put('contact', value, { baseRev: loaded.rev });
    this.outcome = result.status === 'success' ? 'saved' : result.status;
    if (result.status === 'success') this.loader.invalidate();
    return this.outcome;
  }

  private edit(path: string, next: unknown): void {
    this.draft = setAt(this.draft ?? {}, path.split('.').slice(1), next);
    this.outcome = undefined;
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const status = this.#statusText();
    if (status) return html`<section part="base" lang=${locale}><p part="status" role=${status.alert ? 'alert' : 'status'}>${status.text}</p></section>`;
    const contact = this.#draftOf!.contact!;
    const sections = profileSections()
      .map((section) => ({ section, fields: section.fields.filter((f) => this.#mayRead(f)) }))
      .filter((s) => s.fields.length > 0);
    const name = canRead(this.resolvedViewer, fieldRuleOf('contact', contact, 'name.zh'), this.#access) ? (contact.name?.zh ?? contact.name?.en) : undefined;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    if (sections.length === 0) return html`<section part="base" lang=${locale}><p part="status" role="status">${this.t('restricted')}</p></section>`;
    const writable = sections.some((s) => s.fields.some((f) => this.#mayWrite(f)));
    return html`<form part="base" lang=${locale} novalidate @submit=${(e: Event) => (e.preventDefault(), void this.save())}>
      <div part="title" role="heading" aria-level=${level}>${this.t('title', { name: name ?? this.t('unnamed') })}</div>
      ${writable ? nothing : html`<p class="muted">${this.t('readOnly')}</p>`}
      ${sections.map(
        ({ section, fields }) => html`<fieldset part="section" data-section=${section.id}>
          <legend>${section.label[locale]}</legend>
          ${fields.filter((f) => !f.path.startsWith(childPrefix)).map((f) => this.#renderField(f, f.path))}
          ${section.id === 'family' ? this.#renderChildren(fields.filter((f) => f.path.startsWith(childPrefix))) : nothing}
        </fieldset>`,
      )}
      ${writable
        ? html`<div part="actions">
            <button type="submit" ?disabled=${this.#writer.pending || !this.dirty}>${this.#writer.pending ? this.t('saving') : this.t('save')}</button>
            ${this.#outcomeText()}
          </div>`
        : nothing}
    </form>`;
  }

  #statusText(): { text: string; alert?: boolean } | undefined {
    if (!this.contactId) return { text: this.t('empty') };
    if (this.loader.status === 'error') return { text: this.t('loadError', { message: errorMessage(this.loader.error, this.resolvedLocale) }), alert: true };
    if (!this.loader.store) return { text: this.t('noStore'), alert: true };
    if (!this.#draftOf) return { text: this.t('loading') };
    if (!this.#draftOf.contact) return { text: this.t('notFound', { id: this.contactId }) };
    return undefined;
  }

  #outcomeText(): TemplateResult {
    const o = this.outcome;
    const text =
      o === 'saved' ? this.t('saved') : o === 'invalid' ? this.t('invalid') : o === 'conflict' ? this.t('conflict') : o === 'error' ? this.t('saveError', { message: this.#writer.errorMessage ?? '' }) : '';
    return html`<p part="status" role=${o && o !== 'saved' ? 'alert' : 'status'} class=${o && o !== 'saved' ? 'error' : ''}>${text}</p>`;
  }

  /** One field: label, sensitivity (sealed for a secret one), control by kind, its issue. */
  #renderField(entry: FieldEntry, path: string): TemplateResult {
    const locale = this.resolvedLocale;
    const id = `f-${path.replace(/[^\w]/g, '-')}`;
    const segments = path.split('.').slice(1);
    const value = getAt(this.draft, segments);
    const readOnly = !this.#mayWrite(entry);
    // Issues name paths as `profile.family.children[0].name`.
    const issuePath = path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
    const issue = this.issues.find((i) => i.path === issuePath || i.path.startsWith(`${issuePath}[`) || i.path.startsWith(`${issuePath}.`));
    const errorId = `${id}-error`;
    const hintId = `${id}-hint`;
    const secret = entry.sensitivity === 'secret';
    const badge = html`<span part="sensitivity" class="badge ${entry.sensitivity}" title=${secret ? this.t('sealed') : nothing}
      ><span class="visually-hidden">${this.t('sensitivity', { level: '' })}</span>${labelIn(sensitivityLevelLabels, locale, entry.sensitivity)}${secret ? html`<span aria-hidden="true"> · ${this.t('sealedShort')}</span><span class="visually-hidden">${this.t('sealed')}</span>` : nothing}</span
    >`;
    const describedBy = [entry.kind === 'tags' ? hintId : '', issue ? errorId : ''].filter(Boolean).join(' ') || nothing;
    let control: TemplateResult;
    if (entry.kind === 'boolean') {
      control = html`<input part="control" id=${id} type="checkbox" .checked=${value === true} ?disabled=${readOnly} @change=${(e: Event) => this.edit(path, (e.target as HTMLInputElement).checked ? true : undefined)} />`;
    } else if (entry.kind === 'tags') {
      const list = Array.isArray(value) ? value.map(String) : [];
      control = html`<input part="control" id=${id} type="text" .value=${list.join(locale === 'zh-CN' ? '、' : ', ')} ?readonly=${readOnly} aria-describedby=${describedBy} aria-invalid=${issue ? 'true' : nothing}
          @change=${(e: Event) => {
            const items = (e.target as HTMLInputElement).value.split(/[,，、;；\n]/).map((s) => s.trim()).filter(Boolean);
            this.edit(path, items.length === 0 ? undefined : items);
          }} /><span class="hint" id=${hintId}>${this.t('tagsHint')}</span>`;
    } else {
      const type = entry.kind === 'date' ? 'date' : entry.kind === 'number' ? 'number' : 'text';
      control = html`<input part="control" id=${id} type=${type} .value=${value === undefined || value === null ? '' : String(value)} ?readonly=${readOnly} aria-describedby=${describedBy} aria-invalid=${issue ? 'true' : nothing}
        @change=${(e: Event) => {
          const raw = (e.target as HTMLInputElement).value.trim();
          this.edit(path, raw === '' ? undefined : type === 'number' && Number.isFinite(Number(raw)) ? Number(raw) : raw);
        }} />`;
    }
    return html`<div part="field" class=${entry.kind === 'boolean' ? 'field checkbox' : 'field'} data-path=${entry.path}>
      <label for=${id}>${entry.label[locale]} ${badge}</label>
      ${control}
      ${issue ? html`<p class="error" id=${errorId}>${issue.message}</p>` : nothing}
    </div>`;
  }

  /** The children (子女) as repeated groups: each child's readable fields, remove, and "add a child". */
  #renderChildren(fields: readonly FieldEntry[]): TemplateResult | typeof nothing {
    if (fields.length === 0) return nothing;
    const children = getAt(this.draft, ['family', 'children']);
    const list = Array.isArray(children) ? children : [];
    const writable = fields.every((f) => this.#mayWrite(f));
    const setList = (next: unknown[]) => this.edit('profile.family.children', next.length === 0 ? undefined : next);
    return html`<fieldset class="children">
      <legend>${childrenLabel()[this.resolvedLocale]}</legend>
      ${list.map(
        (_, i) => html`<fieldset part="child">
          <legend>${this.t('child', { n: i + 1 })}</legend>
          ${fields.map((f) => this.#renderField(f, `profile.family.children.${i}.${f.path.slice(childPrefix.length)}`))}
          ${writable ? html`<button type="button" @click=${() => setList(list.filter((__, j) => j !== i))}>${this.t('removeChild', { n: i + 1 })}</button>` : nothing}
        </fieldset>`,
      )}
      ${writable ? html`<button type="button" @click=${() => setList([...list, { name: '' }])}>${this.t('addChild')}</button>` : nothing}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-profile-editor': DossierProfileEditor;
  }
}
