import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { interactionKinds, vocabularyLabel, type Interaction, type InteractionKind } from '@dossier/core';
import { DemoCustomerView } from './demo-view.js';

/**
 * Logs a visit (or a call, a gift …) against a customer as an interaction record; the card
 * shows it as the last interaction once saved.
 *
 * @fires demo-saved - After the interaction was stored.
 */
@customElement('demo-visit-form')
export class DemoVisitForm extends DemoCustomerView {
  /** The demo's today, the default date of the visit. */
  @property() asOf = new Date().toISOString().slice(0, 10);


  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const get = (name: string) => String(data.get(name) ?? '').trim();
    const date = get('date') || this.asOf;
    const cost = Number(get('cost'));
    const at = new Date(`${date}T10:00:00+08:00`);
    const by = this.viewer?.userId ?? 'unknown';
    const interaction = {
      id: `${this.customerId}-V${Date.now().toString(36)}`,
      schemaVersion: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
      customerId: this.customerId!,
      kind: get('kind') as InteractionKind,
      at,
      by,
      contactIds: [],
      ...(get('subject') ? { subject: get('subject') } : {}),
      ...(get('place') ? { place: get('place') } : {}),
      ...(Number.isFinite(cost) && cost > 0 ? { cost } : {}),
      source: { channel: 'sales-rep', verified: true, collectedAt: new Date(), collectedBy: by },
    } as unknown as Interaction;
    await this.write(async () => {
      await this.store!.put('interaction', interaction, { baseRev: 0, by });
      form.reset();
      return { text: this.m('visit.saved') };
    });
  }

  protected override render() {
    return html`<section class="panel" aria-labelledby="visit-title">
      <h3 id="visit-title">${this.m('visit.title')}</h3>
      <form @submit=${(e: SubmitEvent) => void this.onSubmit(e)}>
        <div class="grid2">
          <label
            >${this.m('visit.kind')}
            <select name="kind">
              ${interactionKinds.map((k) => html`<option value=${k} ?selected=${k === 'visit'}>${vocabularyLabel(this.locale, 'interactionKinds', k)}</option>`)}
            </select></label
          >
          <label>${this.m('visit.date')} <input type="date" name="date" .value=${this.asOf} max=${this.asOf} /></label>
          <label>${this.m('visit.subject')} <input name="subject" required /></label>
          <label>${this.m('visit.place')} <input name="place" /></label>
          <label>${this.m('visit.cost')} <input type="number" name="cost" min="0" step="1" /></label>
        </div>
        <p class="row"><button type="submit" id="save-visit">${this.m('visit.save')}</button></p>
      </form>
      ${this.renderStatus()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-visit-form': DemoVisitForm;
  }
}
