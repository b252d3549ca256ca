import type { PropertyDeclarations } from 'lit';
import type { AgendaPolicy, WorkArchive } from '@dossier/core';
import type { Store } from '@dossier/storage-adapters';
import { DossierElement } from './dossier-element.js';
import { StoreLoader, type StoreKindName } from './store-controller.js';
import { loadWorkArchive } from './work-archive.js';
import { workScope } from './work-view.js';

/**
 * What the work views (`<dossier-agenda>`, `<dossier-receivables>`) share: the day and policy they
 * are for, whose customers, the records — given as `archive`, else read from the store for the
 * viewer and scope, following its changes of the `kinds` a view reads — owners' names and the
 * heading level.
 *
 * @example
 * export class DossierAgenda extends DossierWorkElement {
 *   constructor() { super(['customer', 'task']); }
 *   render() { return html`<h2 aria-level=${this.level}>…${this.records?.customers.length}</h2>`; }
 * }
 */
export abstract class DossierWorkElement extends DossierElement {
  static override properties: PropertyDeclarations = {
    asOf: { attribute: 'as-of' },
    policy: { attribute: false },
    owners: { attribute: false },
    archive: { attribute: false },
    names: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    store: { attribute: false },
  };

  /** The day the view is for (`YYYY-MM-DD`). Unset: today (the page's clock). */
  asOf?: string;

  /** The agenda policy (cadence per grade, horizons, limits, default payment term). Unset: core's `defaultAgendaPolicy`. */
  policy?: AgendaPolicy;

  /** Whose customers: a manager's team. Unset: a rep its own, other roles everyone's. */
  owners?: readonly string[];

  /** The records, when given directly instead of read from the store. */
  archive?: WorkArchive;

  /** Names of owners (reps) by id, shown to viewers who see more than their own customers. */
  names: Readonly<Record<string, string>> = {};

  /** Level of the heading (1–6); the agenda's groups are one level below. */
  headingLevel = 2;

  /** The store to read from; unset: the provider's. */
  store?: Store;

  /** The records read from the store (none while `archive` is given). */
  protected readonly loader: StoreLoader<Store, WorkArchive | undefined>;

  /** @param kinds The kinds of record the view reads (and whose changes it follows). */
  constructor(kinds: readonly StoreKindName[]) {
    super();
    this.loader = new StoreLoader<Store, WorkArchive | undefined>(this, {
      kinds,
      deps: () => [this.archive === undefined, this.resolvedViewer, this.scope?.join('\u0000')],
      load: (store, signal) => (this.archive ? Promise.resolve(undefined) : loadWorkArchive(store, { viewer: this.resolvedViewer, owners: this.scope, signal })),
    });
  }

  /** Whose customers the view lists for its viewer (`workScope`). */
  protected get scope(): readonly string[] | undefined {
    return workScope(this.resolvedViewer, this.owners);
  }

  /** The records shown: the given `archive`, else those read from the store. */
  protected get records(): WorkArchive | undefined {
    return this.archive ?? this.loader.value;
  }

  /** The heading level in force (1–6; 2 when `headingLevel` is not a number). */
  protected get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }
}
