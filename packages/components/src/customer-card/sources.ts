import { html, nothing, type TemplateResult } from 'lit';
import {
  canWrite,
  findField,
  isSealed,
  labelIn,
  recordCatalog,
  sourceChannelLabels,
  type Locale,
  type Provenance,
  type Viewer,
  type WithProvenance,
} from '@dossier/core';
import { formatDate } from '../shared/format.js';
import { fieldRuleOf } from '../shared/projection.js';
import { mayRead } from '../shared/viewer.js';
import { isoInstant } from './projection.js';
import { keyPersonMessages } from './key-person-messages.js';
import { translator } from './templates.js';

/** A record whose sources the card lists: the customer or one of the contacts it shows. */
export interface SourceSubject {
  readonly kind: 'customer' | 'contact';
  readonly id: string;
  readonly record: WithProvenance & object;
  /** Heading of the record's own source (客户资料整体, 联系人李建国). */
  readonly title: string;
}

/** One line of the sources list. */
export interface SourceRow {
  /** `kind/id/path`, `path` empty for the record's own source. */
  readonly key: string;
  readonly subject: SourceSubject;
  /** The fact's path; undefined for the record's own source. */
  readonly path: string | undefined;
  readonly label: string;
  readonly provenance: Provenance;
  /** Whether the viewer may mark it verified (it is not yet, and the viewer may write provenance). */
  readonly verifiable: boolean;
}

// `addresses[0].street` as a rule path segment list matches `addresses.*.street`.
const dotted = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

/**
 * The sources the viewer may see: a record's own source when the viewer may read provenance,
 * and each fact's source only when the viewer may also read the fact itself (a source of a
 * field it may not read would tell that the field is filled).
 *
 * @example
 * sourceRows({ kind: 'customer', id: 'C-1', record: customer, title: '客户资料整体' }, viewer, 'rep-7', 'zh-CN')
 */
export function sourceRows(subject: SourceSubject, viewer: Viewer, ownerId: string | undefined, locale: Locale): SourceRow[] {
  const { kind, record } = subject;
  const access = { ownerId };
  const sourceRule = fieldRuleOf(kind, record, 'source.channel');
  const factsRule = fieldRuleOf(kind, record, 'facts');
  const rows: SourceRow[] = [];
  const row = (path: string | undefined, provenance: Provenance | undefined, rule: typeof sourceRule, label: string) => {
    // A store that cannot show the viewer this provenance sends it sealed or without its channel.
    if (!provenance || isSealed(provenance) || typeof provenance.channel !== 'string' || !mayRead(viewer, rule, access)) return;
    rows.push({ key: `${kind}/${subject.id}/${path ?? ''}`, subject, path, label, provenance, verifiable: provenance.verified !== true && canWrite(viewer, rule, access) });
  };
  row(undefined, record.source, sourceRule, subject.title);
  for (const [path, provenance] of Object.entries(record.facts ?? {})) {
    if (!mayRead(viewer, factsRule, access) || !mayRead(viewer, fieldRuleOf(kind, record, dotted(path)), access)) continue;
    row(path, provenance, factsRule, findField(recordCatalog(kind, record), path)?.label[locale] ?? path);
  }
  return rows;
}

/** What {@link renderSources} needs from the card. */
export interface SourcesContext {
  readonly locale: Locale;
  /** A person's name by id (the card's people directory). */
  readonly personName: (id: string) => string;
  /** Marks a row verified; absent when there is no store to write to. */
  readonly onVerify?: ((row: SourceRow) => void) | undefined;
  /** The row being written, and the last failure. */
  readonly pending?: string | undefined;
  readonly error?: { key: string; text: string } | undefined;
}

/**
 * The "sources of the facts" section (信息来源): for each row the channel (translated), whether
 * it is verified, when and by whom it was collected, the note, and "mark verified" for a viewer
 * who may write it.
 *
 * @example
 * renderSources(rows, { locale: 'en', personName: (id) => names[id] ?? id, onVerify: (row) => card.verify(row) })
 */
export function renderSources(rows: readonly SourceRow[], context: SourcesContext): TemplateResult | typeof nothing {
  if (rows.length === 0) return nothing;
  const { locale, onVerify } = context;
  const t = translator(keyPersonMessages, locale);
  return html`<details part="section sources" class="sources">
    <summary>${t('sources')}</summary>
    <ul>
      ${rows.map((row) => {
        const p = row.provenance;
        const at = isoInstant(p.collectedAt);
        const collected = t('collected', { date: at ? formatDate(locale, at.slice(0, 10)) : '–', person: context.personName(p.collectedBy) });
        const failed = context.error?.key === row.key ? context.error.text : undefined;
        return html`<li part="source">
          <span class="item-title">${row.label}</span>
          <span>${labelIn(sourceChannelLabels, locale, p.channel)}${p.note ? html` · <span class="muted">${p.note}</span>` : nothing}</span>
          <span class="muted">${collected}</span>
          <span>
            <span class=${p.verified ? 'verified' : 'unverified'}>${t(p.verified ? 'verified' : 'unverified')}</span>
            ${row.verifiable && onVerify
              ? html`<button type="button" part="verify-button" class="link" ?disabled=${context.pending === row.key} aria-label=${t('markVerifiedField', { field: row.label })} @click=${() => onVerify(row)}>
                  ${t('markVerified')}
                </button>`
              : nothing}
          </span>
          ${failed ? html`<p role="alert" class="error">${t('verifyFailed', { field: row.label, reason: failed })}</p>` : nothing}
        </li>`;
      })}
    </ul>
  </details>`;
}
