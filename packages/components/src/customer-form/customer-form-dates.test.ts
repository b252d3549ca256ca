// Date fields keep the browser's native picker, whose text follows the browser's language
// (mm/dd/yyyy in a zh-CN page on an English browser): the form writes the date out in the page's
// locale beside it and names that text in the control's description, so the reading is never ambiguous.
import { expect, fixture, html } from '@open-wc/testing';
import type { Locale } from '@dossier/core';
import type { DossierCustomerForm } from './customer-form.js';
import { viewers } from '../testing-fixtures/archive.js';
import '../define.js';

async function newForm(locale: Locale): Promise<DossierCustomerForm> {
  return fixture<DossierCustomerForm>(html`<dossier-customer-form locale=${locale} .viewer=${viewers.manager}></dossier-customer-form>`);
}

async function setDate(el: DossierCustomerForm, id: string, value: string): Promise<HTMLInputElement> {
  const input = el.shadowRoot!.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  return el.shadowRoot!.getElementById(id) as HTMLInputElement;
}

/** The texts that describe a control, by its aria-describedby ids. */
const description = (el: DossierCustomerForm, input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim());

describe('dossier-customer-form: dates', () => {
  for (const [locale, written] of [
    ['zh-CN', '2026年12月7日'],
    ['en', 'Dec 7, 2026'],
  ] as const) {
    it(`writes a date out in the page's locale beside the native picker and in its description (${locale})`, async () => {
      const el = await newForm(locale);
      const before = el.shadowRoot!.getElementById('c-tradeSince') as HTMLInputElement;
      expect(before.type).to.equal('date');
      // nothing to read out while the date is empty
      expect(el.shadowRoot!.getElementById('c-tradeSince-reading')).to.equal(null);
      expect(before.hasAttribute('aria-describedby')).to.equal(false);
      const input = await setDate(el, 'c-tradeSince', '2026-12-07');
      expect(el.value!['tradeSince']).to.equal('2026-12-07');
      const reading = el.shadowRoot!.getElementById('c-tradeSince-reading')!;
      expect(reading.textContent!.trim()).to.equal(written);
      // beside the input, in the same field
      expect(reading.closest('[part~=field]')).to.equal(input.closest('[part~=field]'));
      expect(description(el, input)).to.deep.equal([written]);
      const cleared = await setDate(el, 'c-tradeSince', '');
      expect(el.shadowRoot!.getElementById('c-tradeSince-reading')).to.equal(null);
      expect(cleared.hasAttribute('aria-describedby')).to.equal(false);
    });
  }
});
