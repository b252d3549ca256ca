import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  addDays,
  buyingRoleLabels,
  canReveal,
  customerNatureLabels,
  customerSummary,
  explainGrade,
  findField,
  interactionKindLabels,
  labelIn,
  newRecord,
  potentialLevelLabels,
  recordCodecs,
  recordFields,
  relationshipStageLabels,
  markVerified,
  type CompetitorNote,
  type Contact,
  type Customer,
  type WithProvenance,
  type GradeExplanation,
  type Interaction,
  type FieldRule,
  type Redaction,
  type RfmExplanation,
  type Viewer,
  type AgendaPolicy,
  type CustomerSummary,
  type WorkArchive,
} from '@dossier/core';
import type { Store, StoreKind, StoreViewer } from '@dossier/storage-adapters';
import { DossierPeopleElement } from '../shared/people-element.js';
import { LocalizeController } from '../shared/localize.js';
import { mayRead } from '../shared/viewer.js';
import { StoreLoader } from '../shared/store-controller.js';
import { formatDate, formatMoney } from '../shared/format.js';
import { base } from '../shared/base.styles.js';
import { outlinedButton, panel } from '../shared/panel.styles.js';
import { dateInputStyles } from '../shared/date-input.js';
import { tokens } from '../shared/tokens.styles.js';
import styles from './customer-card.styles.js';
import { messages, type CardMessage } from './messages.js';
import { cardContactRules, cardCustomerRules, cardInteractionRules, derivedGradeRule, explanationRule } from './field-rules.js';
import { recordRulesFor } from '../shared/projection.js';
import { isoInstant, project, variantOfStage, type CardVariant, type Projected } from './projection.js';
import { errorMessage, reportStoreError } from '../shared/error-message.js';
import { loadWorkArchive } from '../shared/work-archive.js';
import { logStatus, renderLogForm, renderSections, type LogEntry } from './sections.js';
import { StoreMutation } from '../shared/store-mutation.js';
import { renderKeyPerson } from './key-person.js';
import { renderCompetitors } from './competitors.js';
import { pair } from './templates.js';
import { renderSources, sourceRows, type SourceRow, type SourceSubject } from './sources.js';
import { keyPersonMessages, type KeyPersonMessage } from './key-person-messages.js';

/** What the card loads from a store when given only `customer-id`. */
interface Loaded {
  customer: Customer | undefined;
  contacts: Contact[];
  interactions: Interaction[];
  /** Notes on competitors at the customer; undefined when neither given nor loaded. */
  competitorNotes?: CompetitorNote[] | undefined;
}

type View<T> = Projected<Partial<T>>;

/** A store that can reveal one field with a reason and audit it (`withPrivacy` of the storage adapters). */
interface RevealingStore {
  reveal(kind: StoreKind, id: string, path: string, reason: string, viewer: StoreViewer): Promise<unknown>;
}

/** The record a fact or contact line belongs to, for "reveal with reason". */
interface RevealTarget {
  kind: 'customer' | 'contact';
  id: string;
  rules: readonly FieldRule[];
  context: { ownerId?: string | undefined };
}
type Name = { zh?: string | undefined; en?: string | undefined } | undefined;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * @tagname dossier-customer-card
 * @summary The embeddable customer card (顾客卡): name, nature, stage, grade badge with its
 * explanation on demand, key contacts (with a key person's profile, communication style and its
 * handling guidance, and the topics never to raise), last interaction, next follow-up, RFM scores,
 * the provisional-grade review date, competitor notes and the sources of the facts with "mark
 * verified". Prospect, current and former variants.
 *
 * Every value passes through the viewer's clearance before rendering: a value the viewer may
 * not read is masked (`138****1234`) or absent — it never reaches the DOM.
 *
 * Give it data directly (`customer`, `contacts`, `interactions`, `explanation`, `rfm`), or a
 * `customer-id` and a store (through `<dossier-provider>` or the `store` property).
 *
 * @slot actions - Buttons or links shown at the foot of the card (edit, call …).
 *
 * @csspart base - The card.
 * @csspart header - Name, variant, badge and the explanation button.
 * @csspart name - The customer's name (a heading).
 * @csspart variant - Which card this is (prospect, current, former).
 * @csspart badge - The grade badge (`dossier-tier-badge`).
 * @csspart explain-button - The button that shows the grade explanation.
 * @csspart explanation - The grade explanation.
 * @csspart facts - The list of facts.
 * @csspart contacts - The key contacts section.
 * @csspart contact - One contact.
 * @csspart reveal-button - "Reveal" beside a masked or restricted value the viewer may reveal with a reason (with a store that can: `withPrivacy`).
 * @csspart reveal-form - The reason asked before revealing; the reveal is written to the audit log.
 * @csspart never-raise - A key person's topics never to raise (callout), for viewers who may read them.
 * @csspart style - A contact's communication style with its handling guidance.
 * @csspart profile - A key person's personal profile (collapsible), fields the viewer may read only.
 * @csspart competitor - One competitor note in the competitors section.
 * @csspart source - One line of the sources section (channel, verified, collected at/by).
 * @csspart verify-button - "Mark verified" on a source line (a card that reads a store, a viewer who may write).
 * @csspart status - Loading, empty and error messages.
 *
 * @cssproperty --dossier-card-width - Maximum width of the card. Default 28rem.
 *
 * @cssstate prospect - The prospect card is shown (likewise `current`, `former`).
 * @cssstate loading - The customer is being loaded from the store.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-customer-card customer-id="C-0001"></dossier-customer-card>
 */
export class DossierCustomerCard extends DossierPeopleElement {
  static override styles = [tokens, base, panel, outlinedButton, dateInputStyles, styles];

  // Declared without decorators, as the list's: a static list is smaller in the page than one decorator call per field.
  static override properties: PropertyDeclarations = {
    customer: { attribute: false },
    customerId: { attribute: 'customer-id' },
    contacts: { attribute: false },
    interactions: { attribute: false },
    competitorNotes: { attribute: false },
    explanation: { attribute: false },
    previousGrade: { attribute: false },
    rfm: { attribute: false },
    nextFollowUp: { attribute: 'next-follow-up' },
    asOf: { attribute: 'as-of' },
    variant: { reflect: true },
    maxContacts: { type: Number, attribute: 'max-contacts' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    store: { attribute: false },
    work: { attribute: false },
    names: { attribute: false },
    policy: { attribute: false },
    logResult: { state: true, attribute: false },
    explanationOpen: { state: true, attribute: false },
    revealed: { state: true, attribute: false },
    revealing: { state: true, attribute: false },
    revealError: { state: true, attribute: false },
    verifying: { state: true, attribute: false },
    verifyError: { state: true, attribute: false },
  };

  /** The customer (core's `Customer`, decoded or as stored JSON). Wins over `customer-id`. */
  customer?: Customer;

  /** Id of a customer to load from the store when `customer` is not given. */
  customerId?: string;

  /** The customer's contacts; the key ones are shown. */
  contacts: readonly Contact[] = [];

  /** The customer's interactions (企业投入记录): the last one and the next planned one are shown. */
  interactions: readonly Interaction[] = [];

  /**
   * Notes on competitors at the customer (core's `CompetitorNote`), when `customer` is given
   * directly; with a store they are read from it. Unset: no competitor section.
   */
  competitorNotes?: readonly CompetitorNote[];

  /** The explanation of the customer's grade from the latest grading run (core's `GradeExplanation`). */
  explanation?: GradeExplanation;

  /**
   * The customer's grade in the run before `explanation`'s (a migration's `from`): an A or B
   * customer with no positive revenue now is explained as lost (流失). Unset: the customer's
   * stored `grade.current` when it differs from the explanation's grade (the grade in force
   * before this run), else none.
   */
  previousGrade?: 'A' | 'B' | 'C';

  /** The customer's RFM explanation (scores and segment). */
  rfm?: RfmExplanation;

  /** ISO date of the next follow-up; when unset, the first interaction planned after `as-of`. */
  nextFollowUp?: string;

  /** ISO date that splits past from planned interactions. Default: today. */
  asOf?: string;

  /** Which card to show; unset: by relationship stage (prospect, former, else current). */
  variant?: CardVariant;

  /** How many key contacts to show. */
  maxContacts = 3;

  /** Level of the name heading (1–6), to fit the page's outline. */
  headingLevel = 2;

  /** The store to load `customer-id` from; unset: the provider's store. */
  store?: Store;

  /**
   * The records around the customer for the 360° sections (transactions, opportunities, tasks,
   * service cases, contracts, interactions), when `customer` is given directly. With a store
   * they are read from it.
   */
  work?: Omit<WorkArchive, 'customers'> & { customers?: WorkArchive['customers'] | undefined };

  /**
   * Staff names by id: the owner, task owners and collectors of facts are shown by name. An id
   * not listed is named through the people directory (`people`, or the provider's).
   */
  names: Readonly<Record<string, string>> = {};

  /** The agenda policy the cadence is held to; unset: core's `defaultAgendaPolicy`. */
  policy?: AgendaPolicy;

  private logResult?: { ok: boolean; text: string };
  private explanationOpen = false;
  /** Values revealed with a reason, by `kind/id/path`; forgotten when the customer or viewer changes. */
  private revealed = new Map<string, unknown>();
  /** The field whose reveal form is open. */
  private revealing?: string;
  private revealError?: string;
  /** The source row being marked verified, and the last failure to. */
  private verifying?: string;
  private verifyError?: { key: string; text: string };

  readonly #writer = new StoreMutation(this);
  /** Writes a logged call or visit with its next step (its own, so a verify does not share its state). */
  readonly #logWriter = new StoreMutation(this);
  private readonly kt = new LocalizeController<KeyPersonMessage>(this, keyPersonMessages).t;

  readonly #loader = new StoreLoader<Store, Loaded | undefined>(this, {
    kinds: ['customer', 'contact', 'interaction', 'competitor-note'],
    deps: () => [this.customer ? undefined : this.customerId, this.resolvedViewer],
    load: async (store) => {
      const id = this.customer ? undefined : this.customerId;
      if (!id) return undefined;
      // Reads name the viewer, so a store that enforces confidentiality (a privacy store, the http
      // handler) redacts before anything reaches the page and audits what was read; the card masks too.
      const viewer = this.resolvedViewer;
      const [customer, contacts, interactions, notes] = await Promise.all([
        store.get('customer', id, { viewer }),
        store.list('contact', { customerId: id, limit: 200, viewer }),
        store.list('interaction', { customerId: id, sort: 'updatedAt', direction: 'desc', limit: 200, viewer }),
        // A store without competitor notes (a kind table of its own) still shows the card, without that section.
        store.list('competitor-note', { customerId: id, limit: 200, viewer }).catch(() => undefined),
      ]);
      return {
        customer: customer?.value as unknown as Customer | undefined,
        contacts: contacts.items.map((r) => r.value as unknown as Contact),
        interactions: interactions.items.map((r) => r.value as unknown as Interaction),
        competitorNotes: notes?.items.map((r) => r.value as unknown as CompetitorNote),
      };
    },
  });

  readonly #workLoader = new StoreLoader<Store, WorkArchive | undefined>(this, {
    kinds: ['transaction', 'interaction', 'opportunity', 'task', 'service-case', 'contract'],
    deps: () => [this.customer ? undefined : this.customerId, this.resolvedViewer],
    load: (store, signal) => {
      const id = this.customer ? undefined : this.customerId;
      return id ? loadWorkArchive(store, { viewer: this.resolvedViewer, customerId: id, signal }) : Promise.resolve(undefined);
    },
  });


  private readonly t = new LocalizeController<CardMessage>(this, messages).t;

  get #data(): Loaded | undefined {
    if (this.customer) return { customer: this.customer, contacts: [...this.contacts], interactions: [...this.interactions], competitorNotes: this.competitorNotes && [...this.competitorNotes] };
    return this.#loader.value;
  }

  get #resolvedVariant(): CardVariant {
    const stage = (this.#data?.customer as { relationship?: { stage?: string } } | undefined)?.relationship?.stage;
    return this.variant ?? variantOfStage(stage);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('customer') || changed.has('customerId') || changed.has('viewer')) {
      this.explanationOpen = false;
      this.revealed = new Map();
      this.revealing = undefined;
      this.verifyError = undefined;
    }
    const variant = this.#resolvedVariant;
    for (const v of ['prospect', 'current', 'former']) this.setState(v, v === variant);
    this.setState('loading', !this.customer && this.#loader.status === 'loading');
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const data = this.#data;
    if (!data?.customer) {
      let message = this.t('empty');
      let error = false;
      if (!this.customer && this.customerId) {
        if (this.#loader.status === 'loading' || (this.#loader.status === 'idle' && this.#loader.store)) message = this.t('loading');
        else if (this.#loader.status === 'error') {
          error = true;
          message = this.t('error', { message: errorMessage(this.#loader.error, locale) });
        } else if (this.#loader.status === 'ready') message = this.t('notFound', { id: this.customerId });
      }
      return html`<div part="base" lang=${locale}>
        <p part="status" class=${error ? 'error' : ''} role=${error ? 'alert' : 'status'}>${message}</p>
      </div>`;
    }
    return this.#renderCard(data as Loaded & { customer: Customer });
  }

  #renderCard(data: Loaded & { customer: Customer }): TemplateResult {
    const locale = this.resolvedLocale;
    const viewer = this.resolvedViewer;
    const ownerId = (data.customer as { salespersonId?: string }).salespersonId;
    const context = { ownerId };
    const customerRules = recordRulesFor('customer', data.customer, cardCustomerRules);
    const customer = project(data.customer, customerRules, viewer, context) as View<Customer & Record<string, unknown>>;
    const target: RevealTarget = { kind: 'customer', id: data.customer.id, rules: customerRules, context };
    const c = customer.value as Record<string, unknown> & {
      name?: Name;
      relationship?: Record<string, string | undefined>;
      grade?: { current?: 'A' | 'B' | 'C'; provisional?: boolean; reviewDue?: string };
      prospecting?: Record<string, string | number | undefined>;
    };
    const variant = this.#resolvedVariant;
    const gradeVisible = mayRead(viewer, derivedGradeRule, context);
    const explainable = gradeVisible && mayRead(viewer, explanationRule, context);
    const explanation = gradeVisible ? this.explanation : undefined;
    const rfm = gradeVisible ? this.rfm : undefined;
    const grade = (explanation && explanation.method !== 'rfm' ? explanation.grade : undefined) ?? c.grade?.current;
    const vip = explanation?.method === 'abc-share' || explanation?.method === 'abc-amount' || explanation?.method === 'abc-count' ? explanation.vip : false;
    const provisional = Boolean(explanation?.provisional ?? c.grade?.provisional);
    const reviewDue = explanation?.provisional?.reviewDue ?? c.grade?.reviewDue;
    const [primary, secondary] = names(c.name);
    const headingId = 'name';
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));

    const interactions = data.interactions
      .map((i) => ({ raw: i, at: isoInstant(i.at) }))
      .filter((i): i is { raw: Interaction; at: string } => i.at !== undefined)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const asOf = this.asOf ?? today();
    const summary = this.#summaryOf(data.customer, asOf);
    const past = interactions.filter((i) => i.at.slice(0, 10) <= asOf);
    const planned = interactions.filter((i) => i.at.slice(0, 10) > asOf);
    const last = past[past.length - 1];
    const next = planned[0];

    return html`<article part="base" lang=${locale} aria-labelledby=${headingId}>
      <header part="header">
        <div part="name" id=${headingId} role="heading" aria-level=${level}>
          ${primary ?? this.t('unnamed')}${secondary ? html`<span class="secondary" lang="en">${secondary}</span>` : nothing}
        </div>
        <span part="variant">${this.t(`card.${variant}`)}</span>
        ${grade
          ? html`<dossier-tier-badge
              part="badge"
              .grade=${grade}
              .vip=${vip}
              .provisional=${provisional}
              .locale=${locale}
              .theme=${this.resolvedTheme}
            ></dossier-tier-badge>`
          : nothing}
        ${explainable && grade
          ? html`<button
              part="explain-button"
              type="button"
              aria-expanded=${this.explanationOpen ? 'true' : 'false'}
              aria-controls="explanation"
              @click=${() => (this.explanationOpen = !this.explanationOpen)}
            >
              ${this.explanationOpen ? this.t('hideExplanation') : this.t('explain')}
            </button>`
          : nothing}
      </header>
      ${this.explanationOpen && explainable
        ? html`<p part="explanation" id="explanation" role="note" aria-label=${this.t('explanation')}>
            ${explanation ? this.#explain(explanation, locale === 'en' ? (secondary ?? primary) : primary, c.grade?.current) : this.t('noExplanation')}
          </p>`
        : nothing}
      <dl part="facts">
        ${this.#field('nature', c.nature === undefined ? undefined : labelIn(customerNatureLabels, locale, c.nature as never), customer)}
        ${this.#fact(this.t('stage'), c.relationship?.stage === undefined ? undefined : labelIn(relationshipStageLabels, locale, c.relationship.stage as never), customer, 'relationship.stage')}
        ${this.#field('territory', c.territory as string | undefined, customer)}
        ${this.#fact(this.t('owner'), c.salespersonId === undefined ? undefined : this.#nameOf(c.salespersonId as string), customer, 'salespersonId')}
        ${this.#field('phone', c.phone as string | undefined, customer, target)}
        ${this.#field('mobile', c.mobile as string | undefined, customer, target)}
        ${this.#field('email', c.email as string | undefined, customer, target)}
        ${variant === 'prospect' ? this.#prospectFacts(customer, c.prospecting) : nothing}
        ${variant === 'current' && gradeVisible && provisional && reviewDue ? this.#fact(this.t('reviewDue'), formatDate(locale, reviewDue)) : nothing}
        ${variant !== 'prospect' && rfm ? this.#rfmFact(rfm) : nothing}
        ${this.#interactionFact(this.t('lastInteraction'), last?.raw, viewer, context)}
        ${variant !== 'former'
          ? this.#fact(
              this.t('nextFollowUp'),
              this.nextFollowUp ? formatDate(locale, this.nextFollowUp) : next ? this.#interactionText(next.raw, viewer, context) : this.#plannedFollowUp(summary),
            )
          : nothing}
        ${variant === 'former'
          ? html`${this.#field('relationship.stoppedOn', c.relationship?.stoppedOn ? formatDate(locale, c.relationship.stoppedOn) : undefined, customer)}
            ${this.#field('relationship.stopReason', c.relationship?.stopReason, customer, target)}
            ${this.#field('relationship.followUp', c.relationship?.followUp, customer)}`
          : nothing}
      </dl>
      ${this.#renderContacts(data.contacts, viewer, context)}
      ${renderCompetitors(data.competitorNotes, { locale, viewer, ownerId })}
      ${this.#renderSources(data, ownerId)}
      ${summary ? this.#renderWork(summary, data.customer, variant, ownerId) : nothing}
      <slot name="actions"></slot>
    </article>`;
  }

  /** Core's summary of the customer's records (undefined when none are given or loaded). */
  #summaryOf(customer: Customer, asOf: string): CustomerSummary | undefined {
    const work = this.customer ? this.work : this.#workLoader.value;
    if (!work) return undefined;
    // The customer as the work loader normalised it (instants as Dates), else as given.
    const subject = work.customers?.find((c) => c.id === customer.id) ?? { ...customer, createdAt: new Date(customer.createdAt as unknown as string) };
    // A store without a schema may hold a customer without its credit or grade group (core reads
    // credit.* and grade.*): they count as empty; a record core still cannot summarise gets no
    // 360° sections rather than a card that fails to render.
    const whole = { ...subject, credit: subject.credit ?? {}, grade: subject.grade ?? ({} as Customer['grade']) };
    try {
      return customerSummary({ ...work, customers: [whole] }, customer.id, { asOf, policy: this.policy });
    } catch {
      return undefined;
    }
  }

  /** The next follow-up when none is planned as an interaction: the first open task, else the cadence's due date. */
  #plannedFollowUp(summary: CustomerSummary | undefined): string {
    if (!summary) return this.t('none');
    const locale = this.resolvedLocale;
    const task = summary.openTasks[0];
    if (task) return this.t('nextTask', { date: formatDate(locale, task.dueOn), task: task.title });
    return this.t('nextByCadence', { date: formatDate(locale, summary.cadence.nextDue), days: summary.cadence.cadenceDays });
  }

  /** The 360° sections (key figures, products, opportunities, cases, contracts, receivables, tasks) and the log form. */
  #renderWork(summary: CustomerSummary, customer: Customer, variant: CardVariant, ownerId: string | undefined) {
    const locale = this.resolvedLocale;
    const asOf = this.asOf ?? today();
    const sections = renderSections({ locale, viewer: this.resolvedViewer, ownerId, summary, personName: (id) => this.#nameOf(id) });
    const store = this.#workLoader.store;
    const log =
      store && variant !== 'former'
        ? renderLogForm({ locale, defaultDue: addDays(asOf, 7), status: this.logResult, onLog: (entry) => this.#log(customer, asOf, entry) })
        : nothing;
    return html`${sections}${log}`;
  }

  /** Writes the call or visit and its next step (a task) in one batch, as the viewer (`StoreMutation`). */
  async #log(customer: Customer, asOf: string, entry: LogEntry): Promise<boolean> {
    const viewer = this.resolvedViewer;
    const stamp = Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
    // The card's day: now when it shows today, else midday (Beijing) of its as-of day.
    const at = this.asOf ? `${asOf}T04:00:00.000Z` : new Date().toISOString();
    let failure: unknown;
    try {
      // Full records (core's newRecord: schema version, instants, defaults), so that every store
      // takes them, an HTTP one included, and a bad value is refused here naming its field.
      const interaction = newRecord('interaction', { id: `I-${stamp}`, customerId: customer.id, kind: entry.kind, at, by: viewer.userId, ...(entry.subject ? { subject: entry.subject } : {}) }, { now: at });
      const task = newRecord(
        'task',
        { id: `K-${stamp}`, customerId: customer.id, kind: entry.kind, title: entry.nextStep, dueOn: entry.nextStepDue, ownerId: viewer.userId, origin: 'interaction', fromInteractionId: interaction.id },
        { now: at },
      );
      // As stored JSON (instants as ISO text), which a store of any kind table takes.
      const outcome = await this.#logWriter.batch(
        [
          { op: 'put', kind: 'interaction', value: recordCodecs.interaction.encode(interaction) as never },
          { op: 'put', kind: 'task', value: recordCodecs.task.encode(task) as never },
        ],
        { by: viewer.userId },
      );
      if (outcome.status === 'conflict') failure = new Error('conflict');
      else if (outcome.status === 'error') failure = outcome.error;
    } catch (error) {
      reportStoreError(this, error, 'write');
      failure = error;
    }
    if (failure !== undefined) {
      this.logResult = logStatus(this.resolvedLocale, false, { reason: errorMessage(failure, this.resolvedLocale) });
      return false;
    }
    this.logResult = logStatus(this.resolvedLocale, true, { task: entry.nextStep, date: formatDate(this.resolvedLocale, entry.nextStepDue) });
    return true;
  }

  #prospectFacts(customer: View<Record<string, unknown>>, p: Record<string, string | number | undefined> | undefined) {
    const locale = this.resolvedLocale;
    const likelihood = p?.['purchaseLikelihood'];
    const budget = p?.['budget'];
    return html`${['needs', 'likelyTime', 'likelyPlace', 'likelyWay'].map((key) => this.#field(`prospecting.${key}`, p?.[key] as string | undefined, customer))}
    ${this.#field('prospecting.purchaseLikelihood', typeof likelihood === 'string' ? labelIn(potentialLevelLabels, locale, likelihood as never) : undefined, customer)}
    ${this.#field('prospecting.budget', typeof budget === 'number' ? formatMoney(locale, budget) : undefined, customer)}`;
  }

  #rfmFact(rfm: RfmExplanation) {
    const locale = this.resolvedLocale;
    const scores =
      rfm.r === undefined || rfm.f === undefined || rfm.m === undefined
        ? undefined
        : html`<span aria-hidden="true">${this.t('rfmValue', { r: rfm.r, f: rfm.f, m: rfm.m })}</span
            ><span class="visually-hidden">${this.t('rfmSpoken', { r: rfm.r, f: rfm.f, m: rfm.m, bins: rfm.bins })}</span> `;
    return pair(this.t('rfm'), html`${scores ?? nothing}<dossier-tier-badge .segment=${rfm.segment} .locale=${locale} .theme=${this.resolvedTheme}></dossier-tier-badge>`);
  }

  #interactionText(raw: Interaction, viewer: Viewer, context: { ownerId?: string | undefined }): string | undefined {
    const locale = this.resolvedLocale;
    const view = project(raw, recordRulesFor('interaction', raw, cardInteractionRules), viewer, context).value as { kind?: string; at?: unknown; subject?: string };
    const at = isoInstant(view.at);
    if (!view.kind || !at) return undefined;
    const params = { kind: labelIn(interactionKindLabels, locale, view.kind as never), date: formatDate(locale, at.slice(0, 10)), subject: view.subject };
    return this.t(view.subject ? 'interactionSubject' : 'interaction', params);
  }

  #interactionFact(label: string, raw: Interaction | undefined, viewer: Viewer, context: { ownerId?: string | undefined }) {
    const text = raw ? this.#interactionText(raw, viewer, context) : this.t('none');
    return text === undefined ? pair(label, this.#reading(label, undefined, 'hidden')) : this.#fact(label, text);
  }

  /** A fact row of a customer field, labelled as core's catalogue names the field. */
  #field(path: string, value: string | undefined, view: View<Record<string, unknown>>, target?: RevealTarget) {
    return this.#fact(this.#fieldLabel(path), value, view, path, target);
  }

  /**
   * A customer field's label from core's catalogue (the card's messages do not re-type it); the
   * contact lines' phone, mobile and email share the customer's labels.
   */
  #fieldLabel(path: string): string {
    return findField(recordFields.customer, path)?.label[this.resolvedLocale] ?? path;
  }

  /** One fact row: its label and the value as {@link reading} shows it; nothing when empty. */
  #fact(label: string, value: string | undefined, view?: View<Record<string, unknown>>, path?: string, target?: RevealTarget) {
    const body = this.#reading(label, value, view && path ? view.redactions.get(path) : undefined, path, target);
    return body ? pair(label, body) : nothing;
  }

  /**
   * A value as the viewer may see it: revealed (with a note), restricted when the viewer may
   * not read it (its value absent), masked (with a note for screen readers), undefined when
   * empty. A masked or restricted one offers "reveal with reason" when the viewer's role may
   * reveal it and the store can (`target` names the record; `label` names the field).
   */
  #reading(label: string, value: string | undefined, access: Redaction['access'] | undefined, path?: string, target?: RevealTarget): TemplateResult | undefined {
    const plain = target && path ? this.revealed.get(revealKey(target, path)) : undefined;
    if (plain !== undefined) return html`${String(plain)} <span class="muted">${this.t('revealedNote')}</span>`;
    const reveal = target && path && access ? this.#revealControl(target, path, label) : nothing;
    if (access === 'hidden') return html`<span class="restricted">${this.t('restricted')}</span>${reveal}`;
    return value ? html`${value}${access === 'masked' ? html`<span class="visually-hidden">${this.t('masked')}</span>` : nothing}${reveal}` : undefined;
  }

  /** The store in force when it can reveal with a reason. */
  get #revealingStore(): RevealingStore | undefined {
    const store = this.#loader.store as Partial<RevealingStore> | undefined;
    return typeof store?.reveal === 'function' ? (store as RevealingStore) : undefined;
  }

  /** The "reveal" button of a masked or restricted field, or its reason form once pressed. */
  #revealControl(target: RevealTarget, path: string, label: string): TemplateResult | typeof nothing {
    const rule = target.rules.find((r) => r.path === path);
    const store = this.#revealingStore;
    if (!rule || !store || !canReveal(this.resolvedViewer, rule, target.context)) return nothing;
    const key = revealKey(target, path);
    if (this.revealing !== key) {
      return html` <button type="button" part="reveal-button" class="link" aria-label=${this.t('revealField', { field: label })} @click=${() => ((this.revealing = key), (this.revealError = undefined))}>
          ${this.t('reveal')}
        </button>`;
    }
    return html`<form part="reveal-form" @submit=${(e: SubmitEvent) => void this.#reveal(e, store, target, path, key)}>
      <label>${this.t('revealReason', { field: label })} <input name="reason" required minlength="2" autocomplete="off" /></label>
      <button type="submit">${this.t('reveal')}</button>
      <button type="button" @click=${() => (this.revealing = undefined)}>${this.t('cancel')}</button>
      ${this.revealError ? html`<p role="alert" class="error">${this.revealError}</p>` : nothing}
    </form>`;
  }

  async #reveal(event: SubmitEvent, store: RevealingStore, target: RevealTarget, path: string, key: string): Promise<void> {
    event.preventDefault();
    const reason = new FormData(event.currentTarget as HTMLFormElement).get('reason');
    if (typeof reason !== 'string' || reason.trim() === '') return;
    try {
      const value = await store.reveal(target.kind, target.id, path, reason.trim(), this.resolvedViewer);
      this.revealed = new Map(this.revealed).set(key, value ?? this.t('none'));
      this.revealing = undefined;
    } catch (error) {
      reportStoreError(this, error, 'load');
      this.revealError = errorMessage(error, this.resolvedLocale);
    }
  }

  /** The contacts the card shows: key persons first, then decision makers, at most `max-contacts`. */
  #shownContacts(contacts: readonly Contact[]): Contact[] {
    const rank = (c: Contact) => (c.isKey ? 0 : c.buyingRoles?.includes('decision-maker') ? 1 : 2);
    return [...contacts].sort((a, b) => rank(a) - rank(b)).slice(0, Math.max(0, this.maxContacts));
  }

  /**
   * The explanation naming the customer (as the viewer may read the name, else "this customer";
   * never the id), the people who overrode it by name, and a lost A/B customer as lost.
   */
  #explain(explanation: GradeExplanation, name: string | undefined, stored: 'A' | 'B' | 'C' | undefined): string {
    const previousGrade = this.previousGrade ?? (explanation.method !== 'rfm' && stored !== explanation.grade ? stored : undefined);
    return explainGrade(explanation, this.resolvedLocale, { name: name ?? null, previousGrade, personName: (id) => this.#nameOf(id) });
  }

  /** A person by name: the `names` given, else the people directory (never the id). */
  #nameOf(id: string): string {
    return this.names[id] ?? this.personName(id);
  }

  /** The sources of the customer's and the shown contacts' facts, with "mark verified" when the card reads a store. */
  #renderSources(data: Loaded & { customer: Customer }, ownerId: string | undefined) {
    const locale = this.resolvedLocale;
    const viewer = this.resolvedViewer;
    const subjects: SourceSubject[] = [
      { kind: 'customer', id: data.customer.id, record: data.customer as WithProvenance & Customer, title: this.kt('wholeRecord') },
      ...this.#shownContacts(data.contacts).map((contact): SourceSubject => {
        const name = names((project(contact, recordRulesFor('contact', contact, cardContactRules), viewer, { ownerId }).value as { name?: Name }).name)[0];
        return { kind: 'contact', id: contact.id, record: contact as WithProvenance & Contact, title: this.kt('wholeContact', { name: name ?? this.t('restricted') }) };
      }),
    ];
    const rows = subjects.flatMap((subject) => sourceRows(subject, viewer, ownerId, locale));
    const writable = !this.customer && this.#loader.store !== undefined;
    return renderSources(rows, {
      locale,
      personName: (id) => this.#nameOf(id),
      onVerify: writable ? (row) => void this.#verify(row) : undefined,
      pending: this.verifying,
      error: this.verifyError,
    });
  }

  /**
   * Marks a fact (or a record's source) verified: reads the record afresh as the viewer, sets the
   * flag (core's `markVerified`) and writes it on that revision as the viewer, so the store checks
   * the right to write and audits it; the card reloads from the change.
   */
  async #verify(row: SourceRow): Promise<void> {
    const store = this.#loader.store;
    if (!store) return;
    this.verifying = row.key;
    this.verifyError = undefined;
    const { kind, id } = row.subject;
    try {
      const current = await store.get(kind, id, { viewer: this.resolvedViewer });
      const updated = current ? markVerified(current.value as WithProvenance, row.path) : undefined;
      if (!current || !updated) throw new Error(this.t('notFound', { id }));
      const outcome = await this.#writer.put(kind, updated, { baseRev: current.rev });
      if (outcome.status === 'conflict') this.verifyError = { key: row.key, text: this.kt('verifyConflict') };
      else if (outcome.status === 'error') this.verifyError = { key: row.key, text: errorMessage(outcome.error, this.resolvedLocale) };
    } catch (error) {
      reportStoreError(this, error, 'load');
      this.verifyError = { key: row.key, text: errorMessage(error, this.resolvedLocale) };
    } finally {
      this.verifying = undefined;
    }
  }

  #renderContacts(contacts: readonly Contact[], viewer: Viewer, context: { ownerId?: string | undefined }) {
    const locale = this.resolvedLocale;
    const key = this.#shownContacts(contacts);
    return html`<section part="contacts" aria-labelledby="contacts-heading">
      <h3 id="contacts-heading">${this.t('keyContacts')}</h3>
      ${key.length === 0
        ? html`<p class="muted">${this.t('noContacts')}</p>`
        : html`<ul>
            ${key.map((contact) => {
              const contactRules = recordRulesFor('contact', contact, cardContactRules);
              const view = project(contact, contactRules, viewer, context);
              const v = view.value as { name?: Name; title?: string; mobile?: string; email?: string; landline?: string; buyingRoles?: string[] };
              const [primary, secondary] = names(v.name);
              const roles = (v.buyingRoles ?? []).map((r) => labelIn(buyingRoleLabels, locale, r as never)).join(' · ');
              const target: RevealTarget = { kind: 'contact', id: contact.id, rules: contactRules, context };
              const line = (path: string, value: string | undefined) => {
                const label = this.#fieldLabel(path === 'landline' ? 'phone' : path);
                const body = this.#reading(`${primary ?? ''} ${label}`.trim(), value, view.redactions.get(path), path, target);
                return body ? html`<div><span class="muted">${this.kt('labelled', { label })}</span>${body}</div>` : nothing;
              };
              return html`<li part="contact">
                <div>
                  <span class="contact-name">${primary ?? this.t('restricted')}</span>${secondary ? html` <span class="muted" lang="en">${secondary}</span>` : nothing}${v.title
                    ? html` · <span>${v.title}</span>`
                    : nothing}
                </div>
                ${roles ? html`<div class="muted">${roles}</div>` : nothing} ${line('landline', v.landline)} ${line('mobile', v.mobile)}
                ${line('email', v.email)} ${renderKeyPerson(contact, { locale, viewer, ownerId: context.ownerId })}
              </li>`;
            })}
          </ul>`}
    </section>`;
  }
}

function revealKey(target: RevealTarget, path: string): string {
  return `${target.kind}/${target.id}/${path}`;
}

function names(name: Name): [string | undefined, string | undefined] {
  if (!name) return [undefined, undefined];
  const primary = name.zh ?? name.en;
  const secondary = name.zh && name.en ? name.en : undefined;
  return [primary, secondary];
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-customer-card': DossierCustomerCard;
  }
}
