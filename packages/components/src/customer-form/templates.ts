import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { contactFields, customerFieldsByKind, customerKindLabels, customerKinds, findField, labelIn, type FieldEntry, type InformationLevel, type TemplateRegistry } from '@dossier/core';
import { formatDateTime } from '../shared/format.js';
import { choiceValueText, fieldChoice } from './conflict-view.js';
import { control, controlId, domId, isWide, type ControlView } from './controls.js';
import type { DraftController } from './draft-controller.js';
import { changeKind } from './draft.js';
import { concreteSegments, contactFormFields, type FormField } from './form-fields.js';
import { getAt, isBlank, isJsonObject, type Json } from './json.js';
import type { MergeRow } from './merge.js';
import { sourcesFieldset } from './provenance.js';
import { recordKey, type ConflictRecord, type SaveController } from './save-controller.js';

/** What the templates need of the form at each render. */
export interface FormView extends ControlView {
  readonly draft: DraftController;
  readonly saver: SaveController;
  readonly templates: TemplateRegistry;
  /** The customer fields of the draft's kind with its templates' fields. */
  readonly fields: readonly FormField[];
  /** Runs after the next render (to move the focus). */
  afterRender(run: (root: ShadowRoot) => void): void;
  /** Asks the page to open the key-person profile editor of a stored contact (`dossier-edit-profile`). */
  editProfile(contactId: string): void;
}

const focusIn = (selector: string) => (root: ShadowRoot) => root.querySelector<HTMLElement>(selector)?.focus();

/** The form's title: new organisation / person, or the name of the customer edited (when the viewer may read it). */
export function formTitle(view: FormView): string {
  const { draft } = view;
  if (draft.mode === 'new' && !draft.based) return view.t(draft.customerKind === 'person' ? 'newPerson' : 'newOrganisation');
  const nameRule = findField(customerFieldsByKind[draft.customerKind], 'name.zh');
  const name = draft.based?.json['name'];
  const text = nameRule && draft.mayRead(nameRule) && isJsonObject(name) ? (name['zh'] ?? name['en']) : undefined;
  return typeof text === 'string' ? view.t('editing', { name: text }) : view.t('formLabel');
}

/** New organisation / new person, for a record that was never stored. */
export function kindChoice(view: FormView): TemplateResult {
  const { draft } = view;
  return html`<fieldset part="kind">
    <legend>${view.t('kind')}</legend>
    ${customerKinds.map(
      (k) => html`<label class="inline"
        ><input
          type="radio"
          name="kind"
          value=${k}
          .checked=${live(draft.customerKind === k)}
          ?disabled=${view.disabled}
          @change=${() => draft.draft && draft.replace(changeKind(draft.draft, k), 'c:kind')}
        />
        ${labelIn(customerKindLabels, view.locale, k)}</label
      >`,
    )}
  </fieldset>`;
}

/**
 * Whether any of the fields was filled in when the record was adopted (a list field: the list).
 * The adopted record, not the draft: a field does not move while the person types into it.
 */
function filledIn(view: FormView, fields: readonly FormField[]): boolean {
  return fields.some((f) => {
    const list = f.segments.indexOf('[]');
    return !isBlank(getAt(view.draft.adopted, list < 0 ? f.segments : f.segments.slice(0, list)));
  });
}

/** Whether a save or a validity report showed a problem in one of the fields. */
function wrongIn(view: FormView, fields: readonly FormField[]): boolean {
  const { draft } = view;
  return draft.showAll && draft.validate().customer.some((i) => fields.some((f) => findField([f.entry], i.segments) !== undefined));
}

/**
 * A collapsible part of the form (`key`: a level or a group): open when filled in, wrong after a
 * save, or opened by the person; once open it stays open while the record is edited.
 */
function disclosure(view: FormView, key: string, open: boolean, attrs: { part: string; group?: string }, summary: unknown, body: unknown): TemplateResult {
  const { opened } = view.draft;
  if (open) opened.add(key);
  const toggled = (e: Event) => ((e.target as HTMLDetailsElement).open ? opened.add(key) : opened.delete(key));
  return html`<details part=${attrs.part} class=${attrs.part.split(' ')[0]!} data-group=${attrs.group ?? nothing} ?open=${opened.has(key)} @toggle=${toggled}>
    <summary>${summary}</summary>
    ${body}
  </details>`;
}

/**
 * One information level: level 1 always open (it holds what every record needs), levels 2 and 3
 * collapsed unless something in them is filled in or wrong. Inside a level, groups and fields
 * that are empty and optional are collapsed too, so a new or sparse record is short. A level the
 * viewer is not cleared for is not rendered at all (not hidden).
 */
export function levelSection(view: FormView, level: InformationLevel): TemplateResult | typeof nothing {
  const { draft } = view;
  const profiles = draft.profiles;
  const fields = view.fields.filter((f) => f.entry.level === level && draft.mayRead(f.entry) && (!f.group.startsWith('profiles.') || f.group.slice(9) in profiles));
  const profilesEntry = findField(view.draft.customerCatalog(), 'profiles');
  const adder = profilesEntry && level === profilesEntry.level && draft.mayRead(profilesEntry) ? profileAdder(view) : nothing;
  if (fields.length === 0 && adder === nothing) return nothing;
  const groups = new Map<string, FormField[]>();
  for (const field of fields) groups.set(field.group, [...(groups.get(field.group) ?? []), field]);
  // A group whose fields span levels (所有者 in levels 1 and 3) is headed "(continued)" after its first level.
  const earlier = new Set(view.fields.filter((f) => f.entry.level < level && draft.mayRead(f.entry)).map((f) => f.group));
  const body = html`${[...groups].map(([group, list]) => groupOf(view, level, group, list, earlier.has(group)))} ${adder}`;
  if (level === 1) {
    const record = draft.draft ?? {};
    const sources = sourcesFieldset(view, { scope: 'c', record, catalog: draft.customerCatalog(), title: view.t('wholeRecord') });
    return html`<section part="level level-1" class="level" aria-labelledby="level-1-title">
      <h3 id="level-1-title">${view.t('level.1')}</h3>
      ${body} ${sources}
    </section>`;
  }
  const hint = level === 3 ? html`<p class="muted">${view.t('levelHint.3')}</p>` : nothing;
  return disclosure(view, `level-${level}`, filledIn(view, fields) || wrongIn(view, fields), { part: `level level-${level}` }, view.t(`level.${level}`), html`${hint} ${body}`);
}

function customerControl(view: FormView, field: FormField, index?: number): TemplateResult {
  const segments = concreteSegments(field.segments, index);
  return control(view, field, {
    scope: 'c',
    segments,
    value: getAt(view.draft.draft, segments),
    issues: view.draft.validate().customer,
    onValue: (value, isChange) => view.draft.setCustomerValue(segments, value, isChange),
  });
}

function groupOf(view: FormView, level: InformationLevel, group: string, fields: FormField[], continued = false): TemplateResult {
  if (group === 'addresses') return addresses(view, fields);
  // Long texts (full rows) after the short fields, so that the short ones pack into columns.
  const grid = (list: FormField[]) => html`<div class="grid">${[...list.filter((f) => !isWide(f)), ...list.filter(isWide)].map((f) => customerControl(view, f))}</div>`;
  const inView = (list: FormField[]) => list.some((f) => f.required) || filledIn(view, list);
  if (group === '') {
    // Ungrouped fields: the required and filled ones in view, the empty optional ones behind "more".
    const shown = fields.filter((f) => inView([f]));
    const rest = fields.filter((f) => !shown.includes(f));
    const more = rest.length > 0 ? disclosure(view, `more-${level}`, wrongIn(view, rest), { part: 'more' }, view.t('moreFields', { count: rest.length }), grid(rest)) : nothing;
    return html`${grid(shown)} ${more}`;
  }
  const name = fields[0]?.groupLabel?.[view.locale] ?? group;
  const label = continued ? view.t('continued', { group: name }) : name;
  let remove: TemplateResult | typeof nothing = nothing;
  if (group.startsWith('profiles.')) {
    const template = view.templates.get(group.slice(9));
    const readable = view.templates.fields().filter((f) => f.path.startsWith(`${group}.`)).every((f) => view.draft.mayRead(f));
    if (template && readable && fields[0]?.entry.level === template.level && view.draft.mayWrite(template)) {
      remove = html`<button part="button" type="button" class="link" @click=${() => view.draft.removeProfile(template.id)}>
        ${view.t('removeProfile', { name: template.label[view.locale] })}
      </button>`;
    }
  } else if (!inView(fields)) {
    return disclosure(view, `${level}:${group}`, wrongIn(view, fields), { part: 'group', group }, label, grid(fields));
  }
  return html`<fieldset part="group" data-group=${group}>
    <legend>${label}</legend>
    ${grid(fields)} ${remove}
  </fieldset>`;
}

function addresses(view: FormView, fields: FormField[]): TemplateResult {
  const { draft } = view;
  const list = Array.isArray(draft.draft?.['addresses']) ? (draft.draft['addresses'] as Json[]) : [];
  const writable = fields.some((f) => draft.mayWrite(f.entry));
  const remove = (i: number) => {
    draft.removeAddress(i);
    view.afterRender(focusIn('[data-action=add-address]'));
  };
  return html`<fieldset part="group" data-group="addresses">
    <legend>${fields[0]?.groupLabel?.[view.locale] ?? view.t('addresses')}</legend>
    ${list.map(
      (_, i) => html`<fieldset part="group" class="item">
        <legend>${view.t('address', { n: i + 1 })}</legend>
        <div class="grid">${fields.map((f) => customerControl(view, f, i))}</div>
        ${writable ? html`<button part="button" type="button" class="link" @click=${() => remove(i)}>${view.t('removeAddress', { n: i + 1 })}</button>` : nothing}
      </fieldset>`,
    )}
    ${writable ? html`<button part="button" type="button" data-action="add-address" @click=${() => draft.addAddress()}>${view.t('addAddress')}</button>` : nothing}
  </fieldset>`;
}

function profileAdder(view: FormView): TemplateResult | typeof nothing {
  const addable = view.draft.addableTemplates();
  if (addable.length === 0 || view.disabled) return nothing;
  const add = (e: Event) => {
    const select = (e.target as HTMLElement).parentElement!.querySelector('select')!;
    view.draft.addProfile(select.value || addable[0]!.id);
  };
  return html`<fieldset part="group" data-group="profiles">
    <legend>${view.t('profiles')}</legend>
    <div class="row">
      <label for="profile-to-add">${view.t('profileToAdd')}</label>
      <select id="profile-to-add">
        ${addable.map((t) => html`<option value=${t.id}>${t.label[view.locale]}</option>`)}
      </select>
      <button part="button" type="button" @click=${add}>${view.t('addProfile')}</button>
    </div>
  </fieldset>`;
}

/** The contacts, each a group of its fields, with add and remove. */
export function contactsSection(view: FormView): TemplateResult {
  const { draft } = view;
  const fields = contactFormFields().filter((f) => draft.mayRead(f.entry));
  const named = fields.some((f) => f.entry.path === 'name.zh');
  const writable = draft.mayWrite({ sensitivity: 'internal', level: 1 });
  const issues = draft.validate().contactIssues;
  const profileReadable = contactFields.some((f) => f.path.startsWith('profile.') && draft.mayRead(f));
  const add = () => {
    draft.addContact();
    view.afterRender((root) => [...root.querySelectorAll<HTMLElement>('[part~=contact]')].pop()?.querySelector<HTMLElement>('[part~=control]')?.focus());
  };
  const remove = (i: number) => {
    draft.removeContact(i);
    view.afterRender(focusIn('[data-action=add-contact]'));
  };
  return html`<section part="contacts" aria-labelledby="contacts-title">
    <h3 id="contacts-title">${view.t('contacts')}</h3>
    ${draft.contactDrafts.length === 0 ? html`<p class="muted">${view.t('noContacts')}</p>` : nothing}
    ${draft.contactDrafts.map((contact, i) => {
      const name = named ? (getAt(contact, ['name', 'zh']) ?? getAt(contact, ['name', 'en'])) : undefined;
      const scope = `p${i}`;
      const id = String(contact['id']);
      const legend = typeof name === 'string' ? view.t('contactNamed', { n: i + 1, name }) : view.t('contact', { n: i + 1 });
      // The profile editor reads the stored contact: offered once the contact is saved, to a viewer who may read some of it.
      const profile = draft.basedContacts.has(id) && profileReadable
        ? html`<button part="button edit-profile" type="button" class="link" aria-label=${view.t('editProfileOf', { name: typeof name === 'string' ? name : legend })} @click=${() => view.editProfile(id)}>${view.t('editProfile')}</button>`
        : nothing;
      const title = view.t('wholeContact', { name: typeof name === 'string' ? name : String(i + 1) });
      return html`<fieldset part="contact" data-contact=${id}>
        <legend>${legend}</legend>
        <div class="grid">
          ${fields.map((f) =>
            control(view, f, {
              scope,
              segments: concreteSegments(f.segments),
              value: getAt(contact, f.segments),
              issues: issues[i] ?? [],
              onValue: (value, isChange) => draft.setContactValue(i, f.segments, value, `${scope}:${f.entry.path}`, isChange),
            }),
          )}
        </div>
        ${sourcesFieldset(view, { scope, record: contact, catalog: contactFields, title })}
        <div class="row">
          ${profile}
          ${writable ? html`<button part="button" type="button" class="link" @click=${() => remove(i)}>${view.t('removeContact', { n: i + 1 })}</button>` : nothing}
        </div>
      </fieldset>`;
    })}
    ${writable && !view.disabled ? html`<button part="button" type="button" data-action="add-contact" @click=${add}>${view.t('addContact')}</button>` : nothing}
  </section>`;
}

/** The problems of a save attempt, each a link to its field (a field the viewer may not read is named as such). */
export function errorSummary(view: FormView): TemplateResult | typeof nothing {
  const { draft } = view;
  if (!draft.showAll) return nothing;
  const { customer, contactIssues } = draft.validate();
  const catalog = draft.customerCatalog();
  const all = [
    ...customer.map((issue) => ({ scope: 'c', issue, catalog })),
    ...contactIssues.flatMap((list, i) => list.map((issue) => ({ scope: `p${i}`, issue, catalog: contactFields as readonly FieldEntry[] }))),
  ];
  if (all.length === 0) return nothing;
  const go = (target: string) => (e: Event) => {
    const el = ((e.target as Element).getRootNode() as ShadowRoot).getElementById(target);
    const details = el?.closest('details');
    if (details) details.open = true;
    (el?.matches('fieldset') ? el.querySelector<HTMLElement>('input') : el)?.focus();
  };
  return html`<div part="error-summary" role="alert">
    <p>${view.t('invalidSummary', { count: all.length })}</p>
    <ul>
      ${all.map(({ scope, issue, catalog }) => {
        const entry = issue.segments.length > 0 ? findField(catalog, issue.segments) : undefined;
        if (entry && !draft.mayRead(entry)) return html`<li>${view.t('hiddenIssue')}</li>`;
        return html`<li>
          <button type="button" class="link" @click=${go(controlId(scope, issue.path))}>${issue.field ? `${issue.field}: ` : ''}${issue.message}</button>
        </li>`;
      })}
    </ul>
  </div>`;
}

/** A row's label: the group and the field (`信用 · 额度`), or the group of a whole list. */
function rowLabel(view: FormView, row: MergeRow, entry: FieldEntry | undefined, field: FormField | undefined): string {
  const locale = view.locale;
  if (entry && entry.path === row.key.replace(/\[\d+\]/g, '[]')) return field?.groupLabel && field.group !== '' ? `${field.groupLabel[locale]} · ${entry.label[locale]}` : entry.label[locale];
  return field?.groupLabel?.[locale] ?? entry?.label[locale] ?? row.key;
}

function conflictRow(view: FormView, record: ConflictRecord, row: MergeRow): TemplateResult {
  const key = recordKey(record.kind, record.id);
  const [formFields, catalog] = record.kind === 'customer' ? [view.fields, view.draft.customerCatalog()] : [contactFormFields(), contactFields];
  const entry = findField(catalog, row.segments);
  const field = formFields.find((f) => f.entry.path === entry?.path) ?? formFields.find((f) => f.group === String(row.segments[0]));
  // Values are formatted by the catalogue entry of this very row (not of a list or group it belongs to).
  const exact = entry && entry.path === row.key.replace(/\[\d+\]/g, '[]') ? entry : undefined;
  const words = { empty: view.t('empty'), yes: view.t('yes'), no: view.t('no') };
  const textOf = (value: Json | undefined) => choiceValueText(value, exact, view.locale, words);
  return fieldChoice(
    {
      name: domId(`choice-${key}-${row.key}`),
      path: row.key,
      label: rowLabel(view, row, entry, field),
      note: row.both ? view.t('bothChanged') : undefined,
      chosen: view.saver.choiceOf(record, row),
      sides: [
        { value: 'mine', label: view.t('mine'), text: textOf(row.mine) },
        { value: 'theirs', label: view.t('theirs'), text: textOf(row.theirs) },
      ],
    },
    (choice) => view.saver.choose(key, row.key, choice as 'mine' | 'theirs'),
  );
}

/** Both versions side by side, field by field, with the choice of each and the actions of the merge. */
export function conflictView(view: FormView, records: readonly ConflictRecord[]): TemplateResult {
  const { saver } = view;
  return html`<section part="conflict" aria-labelledby="conflict-title">
    <div id="conflict-title" role="heading" aria-level="3" tabindex="-1" class="conflict-title">${view.t('conflictTitle')}</div>
    ${records.map(
      (record) => html`<div class="conflict-record" data-record=${recordKey(record.kind, record.id)}>
        <p>
          <strong>${view.t('conflictRecord', { label: view.t(`record.${record.kind}`), id: record.id })}</strong> —
          ${view.t('conflictIntro', {
            by: record.by ? view.personName(record.by) : '?',
            rev: record.currentRev ?? 0,
            at: record.at ? formatDateTime(view.locale, record.at) : '?',
            base: record.baseRev,
          })}
        </p>
        ${record.visible.map((row) => conflictRow(view, record, row))}
      </div>`,
    )}
    <div part="actions">
      <button part="button" type="button" @click=${() => saver.chooseAll('mine')}>${view.t('allMine')}</button>
      <button part="button" type="button" @click=${() => saver.chooseAll('theirs')}>${view.t('allTheirs')}</button>
      <button part="button resolve" type="button" class="primary" ?disabled=${saver.saving} @click=${() => void saver.resolveConflict()}>${view.t('keepChoices')}</button>
      <button part="button" type="button" @click=${() => saver.cancelConflict()}>${view.t('cancelConflict')}</button>
    </div>
  </section>`;
}
