import { html, nothing, type TemplateResult } from 'lit';
import { findField, isSealed, labelIn, markVerified, sourceChannelLabels, sourceChannels, type FieldEntry, type WithProvenance } from '@dossier/core';
import { formatDate } from '../shared/format.js';
import { domId, type ControlView } from './controls.js';
import type { DraftController } from './draft-controller.js';
import { isJsonObject, type JsonObject } from './json.js';
import { newSource } from './source-stamp.js';

/** One record's provenance in the form: the customer (`c`) or a contact (`p<i>`). */
export interface SourcesOptions {
  readonly scope: string;
  readonly record: JsonObject;
  /** The record's field catalogue (labels and the rules of `source` and `facts`). */
  readonly catalog: readonly FieldEntry[];
  /** Label of the record's own source (客户资料整体, 联系人李建国). */
  readonly title: string;
}

type View = ControlView & { readonly draft: DraftController };

const channelOf = (p: unknown) => (isJsonObject(p) && !isSealed(p) && typeof p['channel'] === 'string' ? p : undefined);

/**
 * The sources of a record in the form (信息来源): its own source and each fact's, with the channel
 * (core's vocabulary, a choice where the viewer may write provenance), verified or not with "mark
 * verified", and when and by whom it was collected. A fact's source is shown only when the viewer
 * may read the fact; a record without a source offers one to a viewer who may write it.
 *
 * @example
 * sourcesFieldset(view, { scope: 'c', record: draft, catalog, title: '客户资料整体' })
 */
export function sourcesFieldset(view: View, options: SourcesOptions): TemplateResult | typeof nothing {
  const { draft, locale } = view;
  const { record, catalog, scope } = options;
  const sourceEntry = findField(catalog, 'source.channel') ?? { sensitivity: 'internal' as const, level: 1 as const };
  const factsEntry = findField(catalog, 'facts') ?? sourceEntry;
  if (!draft.mayRead(sourceEntry)) return nothing;
  // Words core's catalogue has (信息来源, 已核实) come from it; the rest from the form's catalogue.
  const coreLabel = (path: string, fallback: string) => findField(catalog, path)?.label[locale] ?? fallback;
  const facts = isJsonObject(record['facts']) ? record['facts'] : {};
  const rows: { path: string | undefined; label: string; provenance: JsonObject | undefined; writable: boolean }[] = [];
  const own = channelOf(record['source']);
  // A sealed source (a store that may not show it) is left alone, not offered to be overwritten.
  if (own || record['source'] === undefined) rows.push({ path: undefined, label: options.title, provenance: own, writable: draft.mayWrite(sourceEntry) });
  if (draft.mayRead(factsEntry)) {
    for (const [path, provenance] of Object.entries(facts)) {
      const fact = findField(catalog, path);
      const p = channelOf(provenance);
      if (p && fact && draft.mayRead(fact)) rows.push({ path, label: fact.label[locale], provenance: p, writable: draft.mayWrite(factsEntry) });
    }
  }
  const shown = rows.filter((r) => r.provenance || r.writable);
  if (shown.length === 0) return nothing;
  const put = (path: string | undefined, next: JsonObject) =>
    path === undefined ? draft.setProvenance(scope, { source: next }) : draft.setProvenance(scope, { facts: { ...facts, [path]: next } });
  const choose = (path: string | undefined, p: JsonObject | undefined) => (e: Event) => {
    const channel = (e.target as HTMLSelectElement).value;
    if (p) put(path, { ...p, channel });
    else {
      const stamp = newSource(draft.viewerId, new Date().toISOString(), channel);
      if (stamp) put(path, stamp);
    }
  };
  const verify = (path: string | undefined) => () => {
    const next = markVerified(record as WithProvenance, path) as JsonObject | undefined;
    if (next) draft.setProvenance(scope, path === undefined ? { source: next['source'] } : { facts: next['facts'] });
  };
  return html`<fieldset part="sources" class="sources" data-sources=${scope}>
    <legend>${coreLabel('facts', view.t('sourceOf', { field: options.title }))}</legend>
    ${shown.map(({ path, label, provenance: p, writable }) => {
      const id = domId(`${scope}-source-${path ?? ''}`);
      const channel = typeof p?.['channel'] === 'string' ? p['channel'] : '';
      const by = typeof p?.['collectedBy'] === 'string' ? p['collectedBy'] : undefined;
      const at = typeof p?.['collectedAt'] === 'string' ? p['collectedAt'].slice(0, 10) : undefined;
      const verified = p?.['verified'] === true;
      const canChoose = writable && !view.disabled;
      return html`<div part="source" class="source" data-path=${path ?? ''}>
        <span class="item-title">${label}</span>
        ${canChoose
          ? html`<select id=${id} part="control source-channel" aria-label=${view.t('sourceOf', { field: label })} @change=${choose(path, p)}>
                ${p ? nothing : html`<option value="" selected>${view.t('sourceNotRecorded')}</option>`}
                ${sourceChannels.map((c) => html`<option value=${c} ?selected=${c === channel}>${labelIn(sourceChannelLabels, locale, c)}</option>`)}
              </select>`
          : html`<span>${channel ? labelIn(sourceChannelLabels, locale, channel as never) : view.t('sourceNotRecorded')}</span>`}
        ${p
          ? html`<span class=${verified ? 'verified' : 'unverified'}>${verified ? coreLabel('source.verified', '✓') : view.t('unverified')}</span>
              ${canChoose && !verified
                ? html`<button part="button verify" type="button" class="link" aria-label=${view.t('markVerifiedOf', { field: label })} @click=${verify(path)}>
                    ${view.t('markVerified')}
                  </button>`
                : nothing}
              ${by && at ? html`<span class="muted">${view.t('collected', { date: formatDate(locale, at), person: view.personName(by) })}</span>` : nothing}
              ${typeof p['note'] === 'string' ? html`<span class="muted">${p['note']}</span>` : nothing}`
          : nothing}
      </div>`;
    })}
  </fieldset>`;
}
