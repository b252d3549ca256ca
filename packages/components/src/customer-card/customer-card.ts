import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  explainGrade,
  translate,
  vocabularyLabel,
  type Contact,
  type Customer,
  type GradeExplanation,
  type Interaction,
  type RfmExplanation,
  type Viewer,
} from '@dossier/core';
import type { Store } from '@dossier/storage-adapters';
import { DossierElement } from '../shared/dossier-element.js';
import { viewerContext } from '../shared/context.js';
import { anonymousViewer, mayRead } from '../shared/viewer.js';
import { StoreLoader } from '../shared/store-controller.js';
import { formatDate, formatMoney } from '../shared/format.js';
import { base } from '../shared/base.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import styles from './customer-card.styles.js';
import { messages, type CardMessage } from './messages.js';
import { cardContactRules, cardCustomerRules, cardInteractionRules, derivedGradeRule, explanationRule } from './field-rules.js';
import { isoInstant, project, variantOfStage, type CardVariant, type Projected } from './projection.js';
import { errorMessage } from '../shared/error-message.js';

/** What the card loads from a store when given only `customer-id`. */
interface Loaded {
  customer: Customer | undefined;
  contacts: Contact[];
  interactions: Interaction[];
}

type View<T> = Projected<Partial<T>>;
type Name = { zh?: string | undefined; en?: string | undefined } | undefined;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * @tagname dossier-customer-card
 * @summary The embeddable customer card (顾客卡): name, nature, stage, grade badge with its
 * explanation on demand, key contacts, last interaction, next follow-up, RFM scores and the
 * provisional-grade review date. Prospect, current and former variants.
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
export class DossierCustomerCard extends DossierElement {
  static override styles = [tokens, base, styles];

  /** The customer (core's `Customer`, decoded or as stored JSON). Wins over `customer-id`. */
  @property({ attribute: false }) customer?: Customer;

  /** Id of a customer to load from the store when `customer` is not given. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** The customer's contacts; the key ones are shown. */
  @property({ attribute: false }) contacts: readonly Contact[] = [];

  /** The customer's interactions (企业投入记录): the last one and the next planned one are shown. */
  @property({ attribute: false }) interactions: readonly Interaction[] = [];

  /** The explanation of the customer's grade from the latest grading run (core's `GradeExplanation`). */
  @property({ attribute: false }) explanation?: GradeExplanation;

  /** The customer's RFM explanation (scores and segment). */
  @property({ attribute: false }) rfm?: RfmExplanation;

  /** ISO date of the next follow-up; when unset, the first interaction planned after `as-of`. */
  @property({ attribute: 'next-follow-up' }) nextFollowUp?: string;

  /** ISO date that splits past from planned interactions. Default: today. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** Which card to show; unset: by relationship stage (prospect, former, else current). */
  @property({ reflect: true }) variant?: CardVariant;

  /** How many key contacts to show. */
  @property({ type: Number, attribute: 'max-contacts' }) maxContacts = 3;

  /** Level of the name heading (1–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Who is looking; unset: the provider's viewer, else public information only. */
  @property({ attribute: false }) viewer?: Viewer;

  /** The store to load `customer-id` from; unset: the provider's store. */
  @property({ attribute: false }) store?: Store;

  @consume({ context: viewerContext, subscribe: true })
  @state()
  private providedViewer?: Viewer;

  @state() private explanationOpen = false;

  private readonly loader = new StoreLoader<Store, Loaded | undefined>(this, {
    kinds: ['customer', 'contact', 'interaction'],
    deps: () => [this.customer ? undefined : this.customerId],
    load: async (store) => {
      const id = this.customer ? undefined : this.customerId;
      if (!id) return undefined;
      const [customer, contacts, interactions] = await Promise.all([
        store.get('customer', id),
        store.list('contact', { customerId: id, limit: 200 }),
        store.list('interaction', { customerId: id, sort: 'updatedAt', direction: 'desc', limit: 200 }),
      ]);
      return {
        customer: customer?.value as unknown as Customer | undefined,
        contacts: contacts.items.map((r) => r.value as unknown as Contact),
        interactions: interactions.items.map((r) => r.value as unknown as Interaction),
      };
    },
  });

  /** The viewer in force. */
  get resolvedViewer(): Viewer {
    return this.viewer ?? this.providedViewer ?? anonymousViewer;
  }

  private t(key: CardMessage, params: Record<string, string | number | undefined> = {}): string {
    return translate(messages, this.resolvedLocale, key, params);
  }

  private get data(): Loaded | undefined {
    if (this.customer) return { customer: this.customer, contacts: [...this.contacts], interactions: [...this.interactions] };
    return this.loader.value;
  }

  private get resolvedVariant(): CardVariant {
    const stage = (this.data?.customer as { relationship?: { stage?: string } } | undefined)?.relationship?.stage;
    return this.variant ?? variantOfStage(stage);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('customer') || changed.has('customerId')) this.explanationOpen = false;
    const variant = this.resolvedVariant;
    for (const v of ['prospect', 'current', 'former']) this.setState(v, v === variant);
    this.setState('loading', !this.customer && this.loader.status === 'loading');
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const data = this.data;
    if (!data?.customer) {
      let message = this.t('empty');
      let error = false;
      if (!this.customer && this.customerId) {
        if (this.loader.status === 'loading' || (this.loader.status === 'idle' && this.loader.store)) message = this.t('loading');
        else if (this.loader.status === 'error') {
          error = true;
          message = this.t('error', { message: errorMessage(this.loader.error, locale) });
        } else if (this.loader.status === 'ready') message = this.t('notFound', { id: this.customerId });
      }
      return html`<div part="base" lang=${locale}>
        <p part="status" class=${error ? 'error' : ''} role=${error ? 'alert' : 'status'}>${message}</p>
      </div>`;
    }
    return this.renderCard(data as Loaded & { customer: Customer });
  }

  private renderCard(data: Loaded & { customer: Customer }): TemplateResult {
    const locale = this.resolvedLocale;
    const viewer = this.resolvedViewer;
    const ownerId = (data.customer as { salespersonId?: string }).salespersonId;
    const context = { ownerId };
    const customer = project(data.customer, cardCustomerRules, viewer, context) as View<Customer & Record<string, unknown>>;
    const c = customer.value as Record<string, unknown> & {
      name?: Name;
      relationship?: Record<string, string | undefined>;
      grade?: { current?: 'A' | 'B' | 'C'; provisional?: boolean; reviewDue?: string };
      prospecting?: Record<string, string | number | undefined>;
    };
    const variant = this.resolvedVariant;
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
            ${explanation ? explainGrade(explanation, locale) : this.t('noExplanation')}
          </p>`
        : nothing}
      <dl part="facts">
        ${this.fact('nature', c.nature === undefined ? undefined : vocabularyLabel(locale, 'customerNatures', c.nature as never), customer, 'nature')}
        ${this.fact('stage', c.relationship?.stage === undefined ? undefined : vocabularyLabel(locale, 'relationshipStages', c.relationship.stage as never), customer, 'relationship.stage')}
        ${this.fact('territory', c.territory as string | undefined, customer, 'territory')}
        ${this.fact('owner', c.salespersonId as string | undefined, customer, 'salespersonId')}
        ${this.fact('phone', c.phone as string | undefined, customer, 'phone')}
        ${this.fact('mobile', c.mobile as string | undefined, customer, 'mobile')}
        ${this.fact('email', c.email as string | undefined, customer, 'email')}
        ${variant === 'prospect' ? this.prospectFacts(customer, c.prospecting) : nothing}
        ${variant === 'current' && gradeVisible && provisional && reviewDue ? this.fact('reviewDue', formatDate(locale, reviewDue)) : nothing}
        ${variant !== 'prospect' && rfm ? this.rfmFact(rfm) : nothing}
        ${this.interactionFact('lastInteraction', last?.raw, viewer, context)}
        ${variant !== 'former'
          ? this.fact(
              'nextFollowUp',
              this.nextFollowUp ? formatDate(locale, this.nextFollowUp) : next ? this.interactionText(next.raw, viewer, context) : this.t('none'),
            )
          : nothing}
        ${variant === 'former'
          ? html`${this.fact('stoppedOn', c.relationship?.stoppedOn ? formatDate(locale, c.relationship.stoppedOn) : undefined, customer, 'relationship.stoppedOn')}
            ${this.fact('stopReason', c.relationship?.stopReason, customer, 'relationship.stopReason')}
            ${this.fact('followUp', c.relationship?.followUp, customer, 'relationship.followUp')}`
          : nothing}
      </dl>
      ${this.renderContacts(data.contacts, viewer, context)}
      <slot name="actions"></slot>
    </article>`;
  }

  private prospectFacts(customer: View<Record<string, unknown>>, p: Record<string, string | number | undefined> | undefined) {
    const locale = this.resolvedLocale;
    const likelihood = p?.['purchaseLikelihood'];
    const budget = p?.['budget'];
    return html`${this.fact('needs', p?.['needs'] as string | undefined, customer, 'prospecting.needs')}
    ${this.fact('likelyTime', p?.['likelyTime'] as string | undefined, customer, 'prospecting.likelyTime')}
    ${this.fact('likelyPlace', p?.['likelyPlace'] as string | undefined, customer, 'prospecting.likelyPlace')}
    ${this.fact('likelyWay', p?.['likelyWay'] as string | undefined, customer, 'prospecting.likelyWay')}
    ${this.fact(
      'purchaseLikelihood',
      typeof likelihood === 'string' ? vocabularyLabel(locale, 'potentialLevels', likelihood as never) : undefined,
      customer,
      'prospecting.purchaseLikelihood',
    )}
    ${this.fact('budget', typeof budget === 'number' ? formatMoney(locale, budget) : undefined, customer, 'prospecting.budget')}`;
  }

  private rfmFact(rfm: RfmExplanation) {
    const locale = this.resolvedLocale;
    const scores =
      rfm.r === undefined || rfm.f === undefined || rfm.m === undefined
        ? undefined
        : html`<span aria-hidden="true">${this.t('rfmValue', { r: rfm.r, f: rfm.f, m: rfm.m })}</span
            ><span class="visually-hidden">${this.t('rfmSpoken', { r: rfm.r, f: rfm.f, m: rfm.m, bins: rfm.bins })}</span> `;
    return html`<div>
      <dt>${this.t('rfm')}</dt>
      <dd>${scores ?? nothing}<dossier-tier-badge .segment=${rfm.segment} .locale=${locale} .theme=${this.resolvedTheme}></dossier-tier-badge></dd>
    </div>`;
  }

  private interactionText(raw: Interaction, viewer: Viewer, context: { ownerId?: string | undefined }): string | undefined {
    const locale = this.resolvedLocale;
    const view = project(raw, cardInteractionRules, viewer, context).value as { kind?: string; at?: unknown; subject?: string };
    const at = isoInstant(view.at);
    if (!view.kind || !at) return undefined;
    const params = { kind: vocabularyLabel(locale, 'interactionKinds', view.kind as never), date: formatDate(locale, at.slice(0, 10)), subject: view.subject };
    return this.t(view.subject ? 'interactionSubject' : 'interaction', params);
  }

  private interactionFact(key: CardMessage, raw: Interaction | undefined, viewer: Viewer, context: { ownerId?: string | undefined }) {
    if (!raw) return this.fact(key, this.t('none'));
    const text = this.interactionText(raw, viewer, context);
    return text === undefined ? this.restrictedFact(key) : this.fact(key, text);
  }

  /** One fact row; a field the viewer may not read shows as restricted (its value absent). */
  private fact(key: CardMessage, value: string | undefined, view?: View<Record<string, unknown>>, path?: string) {
    const access = view && path ? view.redactions.get(path) : undefined;
    if (access === 'hidden') return this.restrictedFact(key);
    if (value === undefined || value === '') return nothing;
    return html`<div>
      <dt>${this.t(key)}</dt>
      <dd>${value}${access === 'masked' ? html`<span class="visually-hidden">${this.t('masked')}</span>` : nothing}</dd>
    </div>`;
  }

  private restrictedFact(key: CardMessage) {
    return html`<div>
      <dt>${this.t(key)}</dt>
      <dd class="restricted">${this.t('restricted')}</dd>
    </div>`;
  }

  private renderContacts(contacts: readonly Contact[], viewer: Viewer, context: { ownerId?: string | undefined }) {
    const locale = this.resolvedLocale;
    const rank = (c: Contact) => (c.isKey ? 0 : c.buyingRoles?.includes('decision-maker') ? 1 : 2);
    const key = [...contacts].sort((a, b) => rank(a) - rank(b)).slice(0, Math.max(0, this.maxContacts));
    return html`<section part="contacts" aria-labelledby="contacts-heading">
      <h3 id="contacts-heading">${this.t('keyContacts')}</h3>
      ${key.length === 0
        ? html`<p class="muted">${this.t('noContacts')}</p>`
        : html`<ul>
            ${key.map((contact) => {
              const view = project(contact, cardContactRules, viewer, context);
              const v = view.value as { name?: Name; title?: string; mobile?: string; email?: string; landline?: string; buyingRoles?: string[] };
              const [primary, secondary] = names(v.name);
              const roles = (v.buyingRoles ?? []).map((r) => vocabularyLabel(locale, 'buyingRoles', r as never)).join(' · ');
              const line = (label: CardMessage, value: string | undefined, path: string) => {
                const access = view.redactions.get(path);
                if (access === 'hidden') return html`<div><span class="muted">${this.t(label)}:</span> <span class="restricted">${this.t('restricted')}</span></div>`;
                if (!value) return nothing;
                return html`<div>
                  <span class="muted">${this.t(label)}:</span> ${value}${access === 'masked' ? html`<span class="visually-hidden">${this.t('masked')}</span>` : nothing}
                </div>`;
              };
              return html`<li part="contact">
                <div>
                  <span class="contact-name">${primary ?? this.t('restricted')}</span>${secondary ? html` <span class="muted" lang="en">${secondary}</span>` : nothing}${v.title
                    ? html` · <span>${v.title}</span>`
                    : nothing}
                </div>
                ${roles ? html`<div class="muted">${roles}</div>` : nothing} ${line('phone', v.landline, 'landline')} ${line('mobile', v.mobile, 'mobile')}
                ${line('email', v.email, 'email')}
              </li>`;
            })}
          </ul>`}
    </section>`;
  }
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
