import { describe, expect, it } from 'vitest';
import { recordCodecs } from '@dossier/core';
import { dossierKinds, type DossierRecords } from '../contract/index.js';
import { createMemoryStore } from '../memory/index.js';
import { person } from '../privacy/privacy-suite.js';
import { createHttpStore } from './client.js';
import { createStoreHandler } from './handler.js';
import { decodeLeniently, encodeLeniently } from './lenient-codec.js';

const source = { channel: 'exhibition', verified: false, collectedAt: '2025-03-01T02:00:00.000Z', collectedBy: 'rep-7' };

describe('lenient wire codec', () => {
  const kinds = dossierKinds();

  it('keeps a viewer’s masks and left-out fields as they are, and decodes the rest (dates become Dates)', () => {
    const masked = { ...structuredClone(person), mobile: '138****1234', idNumber: undefined, profiles: undefined } as Record<string, unknown>;
    delete masked['idNumber'];
    delete masked['profiles'];
    const decoded = decodeLeniently(kinds.customer, masked as never);
    expect(decoded.ok).toBe(true);
    const value = decoded.ok ? (decoded.value as unknown as Record<string, unknown>) : {};
    expect(value['mobile']).toBe('138****1234');
    expect('profiles' in value).toBe(false);
    expect(value['createdAt']).toBeInstanceOf(Date);
    // And back: the mask travels, no stand-in is left in the JSON.
    const json = encodeLeniently(kinds.customer, value as never);
    expect(json['mobile']).toBe('138****1234');
    expect('profiles' in json).toBe(false);
    expect(json['createdAt']).toBe(person.createdAt);
  });

  it('never writes outside the record, whatever keys a body holds', async () => {
    const handler = createStoreHandler(createMemoryStore<DossierRecords>({ kinds }), { trusted: true });
    for (const key of ['__proto__.isAdmin', '__proto__.toString', 'constructor.prototype.isAdmin']) {
      const body = JSON.stringify({ value: { ...structuredClone(person), relationship: { setByHand: false }, facts: { [key]: source } } });
      const reply = await handler(new Request('http://archive.test/records/customer/C-1', { method: 'PUT', body }));
      expect(reply.status).toBe(400);
    }
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(Object.prototype, 'toString')!.enumerable).toBe(false);
    expect(String({})).toBe('[object Object]');
  });

  it('refuses to store a fact note keyed by no field, so no reader meets one', async () => {
    const store = createMemoryStore<DossierRecords>({ kinds });
    const handler = createStoreHandler(store, { trusted: true });
    const client = createHttpStore<DossierRecords>({ baseUrl: 'http://archive.test', kinds, fetch: async (input, init) => handler(new Request(input, init)) });
    const typed = recordCodecs.customer.decode({ ...structuredClone(person), facts: { 'credit.legacy': source } } as never);
    const error = await client.put('customer', typed).catch((e: unknown) => e as { code?: string; path?: string });
    expect(error).toMatchObject({ code: 'invalid' });
    expect(await store.get('customer', 'C-1')).toBeUndefined();
  });
});
