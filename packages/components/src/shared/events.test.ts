import { expect } from '@open-wc/testing';
import { DossierEvent, DossierSelectEvent, dossierEvent, emit } from './events.js';
import { DossierSaveEvent } from '../customer-form/events.js';

class DossierPingEvent extends dossierEvent<{ readonly id: string }>()('dossier-ping') {}

describe('dossierEvent: one class per domain event', () => {
  it('makes a DossierEvent subclass named by its static type, with the detail given', () => {
    const event = new DossierPingEvent({ id: 'c1' });
    expect(event).to.be.instanceOf(DossierPingEvent);
    expect(event).to.be.instanceOf(DossierEvent);
    expect(event).to.be.instanceOf(Event);
    expect(event.type).to.equal('dossier-ping');
    expect(DossierPingEvent.type).to.equal('dossier-ping');
    expect(event.detail).to.deep.equal({ id: 'c1' });
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
  });

  it('keeps each class its own: the static type is a literal, instanceof tells events apart', () => {
    const select: 'dossier-select' = DossierSelectEvent.type;
    const save: 'dossier-save' = DossierSaveEvent.type;
    expect([select, save]).to.deep.equal(['dossier-select', 'dossier-save']);
    const event = new DossierSelectEvent({ customerId: 'c7', index: 2 });
    expect(event).to.not.be.instanceOf(DossierSaveEvent);
    expect(event).to.not.be.instanceOf(DossierPingEvent);
  });

  it('crosses a shadow root through emit, and a cancelled event returns false', () => {
    const host = document.createElement('div');
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    document.body.append(host);
    const heard: string[] = [];
    const listener = (event: DossierSelectEvent): void => {
      heard.push(event.detail.customerId);
      event.preventDefault();
    };
    document.addEventListener(DossierSelectEvent.type, listener);
    try {
      expect(emit(inner, new DossierSelectEvent({ customerId: 'c7', index: 2 }))).to.equal(false);
      expect(heard).to.deep.equal(['c7']);
    } finally {
      document.removeEventListener(DossierSelectEvent.type, listener);
      host.remove();
    }
  });
});
