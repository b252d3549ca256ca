import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { abcGrades, locales, pointsTiers, rfmSegments, vocabularyLabel } from '@dossier/core';
import { DossierTierBadge } from './tier-badge.js';
import { axeViolations, rendered } from '../testing-fixtures/index.js';
import '../define.js';

const hiddenText = (el: DossierTierBadge) => el.shadowRoot!.querySelector('.visually-hidden')!.textContent;

describe('dossier-tier-badge', () => {
  it('is defined by the define entry and has sensible defaults', async () => {
    expect(customElements.get('dossier-tier-badge')).to.equal(DossierTierBadge);
    const el = await fixture<DossierTierBadge>(html`<dossier-tier-badge locale="en"></dossier-tier-badge>`);
    expect(el.grade).to.equal(undefined);
    expect(el.vip).to.equal(false);
    expect(el.provisional).to.equal(false);
    expect(el.accessibleName).to.equal('Not graded');
  });

  it('speaks the grade, VIP and provisional marks in the locale', async () => {
    const el = await fixture<DossierTierBadge>(html`<dossier-tier-badge grade="A" vip provisional locale="zh-CN"></dossier-tier-badge>`);
    expect(hiddenText(el)).to.equal('A 类客户，VIP，暂定');
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('zh-CN');
    el.locale = 'en';
    await el.updateComplete;
    expect(hiddenText(el)).to.equal('Grade A, VIP, provisional');
    expect(el.matches(':state(grade-a)')).to.equal(true);
    expect(el.matches(':state(vip)')).to.equal(true);
    expect(el.matches(':state(provisional)')).to.equal(true);
  });

  it('shows every grade, segment and tier by its label, in both locales', async () => {
    for (const locale of locales) {
      for (const grade of abcGrades) {
        const el = await fixture<DossierTierBadge>(html`<dossier-tier-badge .grade=${grade} .locale=${locale}></dossier-tier-badge>`);
        expect(hiddenText(el)).to.equal(vocabularyLabel(locale, 'abcGrades', grade));
        expect(el.shadowRoot!.querySelector('[part=label]')!.textContent).to.equal(grade);
      }
      for (const segment of rfmSegments) {
        const el = await fixture<DossierTierBadge>(html`<dossier-tier-badge .segment=${segment} .locale=${locale}></dossier-tier-badge>`);
        expect(hiddenText(el)).to.equal(vocabularyLabel(locale, 'rfmSegments', segment));
      }
      for (const tier of pointsTiers) {
        const el = await fixture<DossierTierBadge>(html`<dossier-tier-badge points-tier=${tier} .locale=${locale}></dossier-tier-badge>`);
        expect(hiddenText(el)).to.equal(vocabularyLabel(locale, 'pointsTiers', tier));
      }
    }
  });

  it('takes the locale from the document when nothing else sets it', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'zh-Hans-CN';
    try {
      const el = await fixture<DossierTierBadge>(html`<dossier-tier-badge grade="B"></dossier-tier-badge>`);
      expect(hiddenText(el)).to.equal('B 类客户');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('has no accessibility violations, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = fixtureSync<HTMLElement>(html`<div style="background:${theme === 'dark' ? '#15171c' : '#fff'};padding:4px">
        <dossier-tier-badge grade="A" vip provisional .theme=${theme} locale="en"></dossier-tier-badge>
        <dossier-tier-badge grade="B" .theme=${theme} locale="zh-CN"></dossier-tier-badge>
        <dossier-tier-badge grade="C" .theme=${theme}></dossier-tier-badge>
        <dossier-tier-badge segment="at-risk" .theme=${theme}></dossier-tier-badge>
        <dossier-tier-badge points-tier="D" .theme=${theme}></dossier-tier-badge>
      </div>`);
      await rendered(el);
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });

  it('ignores an unknown grade value rather than rendering it as markup', async () => {
    const el = await fixture<DossierTierBadge>(html`<dossier-tier-badge locale="en"></dossier-tier-badge>`);
    (el as unknown as { grade: string }).grade = '<img src=x onerror=alert(1)>';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });
});
