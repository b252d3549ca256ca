import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { abcGradeLabels, labelIn, pointsTierLabels, rfmSegmentLabels, translate, type AbcGrade, type PointsTier, type RfmSegment } from '@dossier/core';
import { DossierElement } from '../shared/dossier-element.js';
import { base } from '../shared/base.styles.js';
import styles from './tier-badge.styles.js';
import { messages } from './messages.js';

/**
 * @tagname dossier-tier-badge
 * @summary A small badge for a customer's tier: ABC grade (with VIP and provisional marks), RFM
 * segment or members' points tier. Its accessible name is spoken in the locale
 * ("A 类客户，VIP，暂定").
 *
 * @csspart base - The wrapper; carries the `lang` of the locale.
 * @csspart label - The grade, segment or tier.
 * @csspart vip - The VIP mark.
 * @csspart provisional - The provisional mark.
 *
 * @cssproperty --dossier-badge-grade-a - Background of grade A. Default #1a7f37.
 * @cssproperty --dossier-badge-grade-b - Background of grade B. Default #0b5cad.
 * @cssproperty --dossier-badge-grade-c - Background of grade C. Default #57606a.
 * @cssproperty --dossier-badge-vip - Background of the VIP mark. Default #8a5a00.
 * @cssproperty --dossier-badge-neutral - Background of segments and tiers. Default #57606a.
 * @cssproperty --dossier-badge-on - Text on a badge background. Default #ffffff.
 *
 * @cssstate grade-a - The grade is A (likewise `grade-b`, `grade-c`).
 * @cssstate provisional - The grade is provisional.
 * @cssstate vip - The customer is VIP.
 * @cssstate dark - The dark theme is in force.
 *
 * @example
 * <dossier-tier-badge grade="A" vip provisional></dossier-tier-badge>
 * <dossier-tier-badge segment="champions"></dossier-tier-badge>
 * <dossier-tier-badge points-tier="B"></dossier-tier-badge>
 */
export class DossierTierBadge extends DossierElement {
  static override styles = [base, styles];

  // Declared without decorators: their helper would weigh on the badge's 3 KB budget.
  static override properties: PropertyDeclarations = {
    grade: { reflect: true },
    vip: { type: Boolean, reflect: true },
    provisional: { type: Boolean, reflect: true },
    segment: { reflect: true },
    pointsTier: { attribute: 'points-tier', reflect: true },
  };

  /** ABC grade (`A`, `B`, `C`). Takes precedence over `segment` and `points-tier`. */
  grade?: AbcGrade;

  /** The customer is VIP (top 1 % by purchase amount); shown beside a grade. */
  vip = false;

  /** The grade is provisional (new customer on probation); shown beside a grade. */
  provisional = false;

  /** RFM segment, shown when there is no grade. */
  segment?: RfmSegment;

  /** Members' points tier (`A`–`D`), shown when there is neither grade nor segment. */
  pointsTier?: PointsTier;

  /**
   * The accessible name, in the locale (also what the badge says visually, in full). The labels
   * are core's tables of these three vocabularies only: the badge alone does not carry every
   * vocabulary's labels, and a page that has core's labels carries them once.
   */
  get accessibleName(): string {
    const locale = this.resolvedLocale;
    const t = (key: keyof (typeof messages)['en']) => translate(messages, locale, key);
    if (this.grade) {
      const words = [labelIn(abcGradeLabels, locale, this.grade)];
      if (this.vip) words.push(t('vip'));
      if (this.provisional) words.push(t('provisional'));
      return words.join(t('separator'));
    }
    if (this.segment) return labelIn(rfmSegmentLabels, locale, this.segment);
    if (this.pointsTier) return labelIn(pointsTierLabels, locale, this.pointsTier);
    return t('none');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    for (const grade of ['A', 'B', 'C']) this.setState(`grade-${grade.toLowerCase()}`, this.grade === grade);
    this.setState('vip', Boolean(this.grade) && this.vip);
    this.setState('provisional', Boolean(this.grade) && this.provisional);
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const name = this.accessibleName;
    // Without a grade the name is all there is to say (a segment, a tier or "not graded").
    const visible = this.grade ?? name;
    return html`<span part="base" lang=${locale}
      ><span class="visually-hidden">${name}</span
      ><span part="label" aria-hidden="true">${visible}</span
      >${this.grade && this.vip ? html`<span part="vip" aria-hidden="true">${translate(messages, locale, 'vip')}</span>` : nothing}${this
        .grade && this.provisional
        ? html`<span part="provisional" aria-hidden="true">${translate(messages, locale, 'provisionalShort')}</span>`
        : nothing}</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-tier-badge': DossierTierBadge;
  }
}
