import { html, nothing, type TemplateResult } from 'lit';
import { recordFields, type CompetitorNote, type FieldRule, type Locale, type Viewer } from '@dossier/core';
import { formatNumber } from '../shared/format.js';
import { recordRulesFor } from '../shared/projection.js';
import { mayRead } from '../shared/viewer.js';
import { project } from './projection.js';
import { pair, section, translator } from './templates.js';
import { keyPersonMessages } from './key-person-messages.js';

// The fields of a competitor note the card shows (sensitivity and level from core's catalogue).
const shown = ['competitor', 'productsInUse', 'satisfaction', 'rep.name', 'rep.style', 'rep.relationship', 'brandsUsed', 'projectsPlanned', 'projectsUnderWay', 'experience'];
const listed: FieldRule[] = shown.map((path) => ({ path, sensitivity: 'secret', level: 3 }));
const labelOf = (path: string, locale: Locale) => recordFields['competitor-note'].find((f) => f.path === path)?.label[locale] ?? path;

/**
 * The competitor notes section (竞争对手资料, seeds 000/001): per competitor the products the
 * customer uses and its satisfaction with them, the competitor's rep, the rep's style and
 * relationship with the customer, brands, projects and experience. Each field passes the card's
 * projection; a field the viewer may not read is left out whether or not it is filled.
 * Nothing is rendered when no notes were given or loaded (`undefined`), or when the viewer may
 * not read a competitor's name (level 2).
 *
 * @example
 * renderCompetitors(notes, { locale: 'zh-CN', viewer, ownerId: 'rep-7' })
 */
export function renderCompetitors(notes: readonly CompetitorNote[] | undefined, context: { locale: Locale; viewer: Viewer; ownerId: string | undefined }): TemplateResult | typeof nothing {
  const { locale, viewer, ownerId } = context;
  // Who may not read a competitor's name learns nothing of the notes, not even how many there are.
  if (!notes || !mayRead(viewer, recordRulesFor('competitor-note', {}, listed)[0]!, { ownerId })) return nothing;
  const t = translator(keyPersonMessages, locale);
  const list = (value: unknown) => (Array.isArray(value) && value.length > 0 ? value.map(String).join(locale === 'zh-CN' ? '、' : ', ') : undefined);
  const items = notes.map((note) => {
    const rules = recordRulesFor('competitor-note', note, listed);
    const readable = new Set(rules.filter((rule) => mayRead(viewer, rule, { ownerId })).map((rule) => rule.path));
    const v = project(note, rules, viewer, { ownerId }).value as Partial<CompetitorNote>;
    const field = (path: string, value: string | undefined) => (readable.has(path) && value ? pair(labelOf(path, locale), value) : nothing);
    const satisfaction = readable.has('satisfaction') && typeof v.satisfaction === 'number' ? t('satisfaction', { score: formatNumber(locale, v.satisfaction) }) : undefined;
    return html`<li part="competitor">
      <span class="item-title">${readable.has('competitor') ? v.competitor : nothing}</span>
      <dl>
        ${field('productsInUse', list(v.productsInUse))}
        ${field('satisfaction', satisfaction)}
        ${field('rep.name', v.rep?.name)} ${field('rep.style', v.rep?.style)} ${field('rep.relationship', v.rep?.relationship)}
        ${field('brandsUsed', list(v.brandsUsed))} ${field('projectsPlanned', v.projectsPlanned)} ${field('projectsUnderWay', v.projectsUnderWay)}
        ${field('experience', v.experience)}
      </dl>
    </li>`;
  });
  return section(locale, 'competitors', t('competitors'), notes.length, html`<ul>${items}</ul>`, t('noCompetitors'));
}
