import { html, nothing, type TemplateResult } from 'lit';
import { communicationStyleLabels, labelIn, styleGuidance, type CommunicationStyle, type Contact, type FieldEntry, type FieldRule, type Locale, type MessageParams, type Viewer } from '@dossier/core';
import { formatDate, formatNumber } from '../shared/format.js';
import { recordRulesFor } from '../shared/projection.js';
import { mayRead } from '../shared/viewer.js';
import { project } from './projection.js';
import { pair, translator } from './templates.js';
import { childrenLabel, profileLabel, profileSections, rulePath, styleLabel } from './profile-sections.js';
import { keyPersonMessages, type KeyPersonMessage } from './key-person-messages.js';

/** What the key-person view needs from the card. */
export interface KeyPersonContext {
  readonly locale: Locale;
  readonly viewer: Viewer;
  /** The customer's owner: a rep reads level 3 of its own customers only. */
  readonly ownerId: string | undefined;
}

type Values = Record<string, unknown>;
const TOPICS = 'profile.interests.topicsNeverToRaise';
const CHILDREN = 'profile.family.children[]';

// Every field of the profile and the communication style; sensitivity and level come from core.
let listed: FieldRule[] | undefined;
const listedRules = (): FieldRule[] =>
  (listed ??= [
    { path: 'communicationStyle', sensitivity: 'secret', level: 3 },
    ...profileSections().flatMap((s) => s.fields.map((f): FieldRule => ({ path: rulePath(f.path), sensitivity: f.sensitivity, level: f.level }))),
  ]);

const at = (value: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Values)[key] : undefined), value);

/**
 * A key person's communication style with its handling guidance, the topics never to raise as a
 * callout, and the 32-item profile (seed 000) in its five sections. What the viewer may read is
 * decided field by field from the field's rule, never from the value: a field the viewer may not
 * read renders nothing at all — no "restricted" placeholder — whether it is filled or empty, so
 * its presence cannot be learnt. Values pass through the card's projection first.
 *
 * @example
 * renderKeyPerson(contact, { locale: 'zh-CN', viewer, ownerId: 'rep-7' })
 */
export function renderKeyPerson(contact: Contact, context: KeyPersonContext): TemplateResult | typeof nothing {
  const { locale, viewer, ownerId } = context;
  const t = translator(keyPersonMessages, locale);
  const rules = recordRulesFor('contact', contact, listedRules());
  const access = { ownerId };
  const readable = (path: string) => {
    const rule = rules.find((r) => r.path === rulePath(path));
    return rule !== undefined && mayRead(viewer, rule, access);
  };
  const view = project(contact, rules, viewer, access).value as Values;
  const show = (path: string) => (readable(path) ? at(view, path) : undefined);
  const text = (entry: FieldEntry, value: unknown): string | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(String).join(locale === 'zh-CN' ? '、' : ', ');
    if (typeof value === 'boolean') return t(value ? 'yes' : 'no');
    if (typeof value === 'number') return formatNumber(locale, value);
    return entry.kind === 'date' && typeof value === 'string' ? formatDate(locale, value) : String(value);
  };

  const style = show('communicationStyle') as CommunicationStyle | undefined;
  const styleLine = style
    ? html`<div part="style" class="style">
        <span class="muted">${t('labelled', { label: styleLabel()[locale] })}</span>${labelIn(communicationStyleLabels, locale, style)}
        <p class="guidance">${t('guidance', { text: styleGuidance(locale, style) })}</p>
      </div>`
    : nothing;

  const topics = show(TOPICS) as string[] | undefined;
  const topicsEntry = profileSections()[4]!.fields.find((f) => f.path === TOPICS)!;
  const callout =
    topics && topics.length > 0
      ? html`<div part="never-raise" class="never-raise" role="note" aria-label=${topicsEntry.label[locale]}>
          <strong>${topicsEntry.label[locale]}</strong>
          <ul>${topics.map((topic) => html`<li>${topic}</li>`)}</ul>
        </div>`
      : nothing;

  const sections = profileSections().flatMap((section) => {
    const rows = section.fields
      .filter((f) => f.path !== TOPICS && !f.path.startsWith(CHILDREN))
      .map((f) => [f.label[locale], text(f, show(f.path))] as const)
      .filter((row): row is readonly [string, string] => row[1] !== undefined);
    const children = section.id === 'family' ? childLines(view, section.fields, readable, text, t, locale) : [];
    if (rows.length === 0 && children.length === 0) return [];
    return [
      html`<div class="profile-section">
        <h4>${section.label[locale]}</h4>
        <dl>
          ${rows.map(([label, value]) => pair(label, value))}
          ${children.length > 0 ? pair(childrenLabel()[locale], html`<ul>${children.map((c) => html`<li>${c}</li>`)}</ul>`) : nothing}
        </dl>
      </div>`,
    ];
  });
  const profile = sections.length > 0 ? html`<details part="profile" class="profile"><summary>${profileLabel()[locale]}</summary>${sections}</details>` : nothing;
  return html`${callout}${styleLine}${profile}`;
}

/** Each child as one line of the fields the viewer may read (name · age · education · hobbies · custody). */
function childLines(
  view: Values,
  fields: readonly FieldEntry[],
  readable: (path: string) => boolean,
  text: (entry: FieldEntry, value: unknown) => string | undefined,
  t: (key: KeyPersonMessage, params?: MessageParams) => string,
  locale: Locale,
): string[] {
  const children = at(view, 'profile.family.children');
  if (!Array.isArray(children)) return [];
  const childFields = fields.filter((f) => f.path.startsWith(`${CHILDREN}.`) && readable(f.path));
  return children
    .map((child) =>
      childFields
        .map((f) => {
          const key = f.path.slice(CHILDREN.length + 1);
          const value = text(f, (child as Values | null)?.[key]);
          if (value === undefined) return undefined;
          if (key === 'name') return value;
          if (key === 'age') return t('childAge', { age: value });
          return `${t('labelled', { label: f.label[locale] })}${value}`;
        })
        .filter(Boolean)
        .join(' · '),
    )
    .filter((line) => line !== '');
}
