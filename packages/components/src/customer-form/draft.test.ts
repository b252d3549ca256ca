import { expect } from '@open-wc/testing';
import { validateCustomer } from '@dossier/core';
import { blankContact, blankCustomer, changeKind, normaliseContact, normaliseCustomer } from './draft.js';

const now = '2026-03-01T00:00:00.000Z';

describe('customer-form drafts', () => {
  it('a blank customer is a hand-set prospect owned by its creator, invalid until named, placed and classified', () => {
    const blank = blankCustomer('organisation', { id: 'C-9', now, salespersonId: 'rep-7' });
    expect(blank).to.include({ id: 'C-9', kind: 'organisation', createdAt: now, updatedAt: now, salespersonId: 'rep-7' });
    expect(blank['relationship']).to.deep.equal({ stage: 'prospect', setByHand: true });
    expect(blank['addresses']).to.deep.equal([]);
    const result = validateCustomer(blank, { locale: 'en' });
    expect(result.ok).to.equal(false);
    const paths = result.ok ? [] : result.issues.map((i) => i.path);
    expect(paths).to.include.members(['territory', 'nature']);
    const filled = validateCustomer({ ...blank, name: { zh: '宁波港湾贸易有限公司' }, territory: '华东', nature: 'intermediary' }, { locale: 'en' });
    expect(filled.ok).to.equal(true);
    // No owner given: none set (not an empty string).
    expect('salespersonId' in blankCustomer('person', { id: 'C-10', now })).to.equal(false);
  });

  it('a blank contact belongs to its customer with empty role lists', () => {
    expect(blankContact('C-1', { id: 'P-9', now })).to.deep.include({ id: 'P-9', customerId: 'C-1', buyingRoles: [], personality: [], isKey: false });
  });

  it('normalising drops an optional group left blank and keeps a filled one with its required lists', () => {
    const out = normaliseCustomer({ kind: 'organisation', owner: { name: '' }, intelligence: { decisionMakerRelations: 'x' }, notes: '' });
    expect('owner' in out).to.equal(false);
    expect('notes' in out).to.equal(false);
    expect(out['intelligence']).to.deep.equal({ decisionMakerRelations: 'x', relatedParties: [] });
  });

  it('normalising a contact fills the lists it must carry', () => {
    const out = normaliseContact({ id: 'P-1', name: { zh: '王芳' } });
    expect(out['buyingRoles']).to.deep.equal([]);
    expect(out['name']).to.deep.equal({ zh: '王芳' });
  });

  it('changing kind keeps the shared fields and drops the other kind’s', () => {
    const person = changeKind({ kind: 'organisation', uscc: '91330100MA2XXXXX1X', name: { zh: '王芳' }, territory: '华东' }, 'person');
    expect(person['kind']).to.equal('person');
    expect(person['name']).to.deep.equal({ zh: '王芳' });
    expect(person['territory']).to.equal('华东');
    expect('uscc' in person).to.equal(false);
  });
});
