import { describe, expect, it } from 'vitest';
import { importEncryptionKey, recordCodecs } from '@dossier/core';
import { dossierKinds, isStoreError, type DossierRecords, type StoreError, type StoreViewer } from '../contract/index.js';
import { createHttpStore } from '../http/client.js';
import { createStoreHandler } from '../http/handler.js';
import { createMemoryStore } from '../memory/index.js';
import { createMemoryAuditLog } from './audit-log.js';
import { withPrivacy } from './privacy-store.js';
import { person } from './privacy-suite.js';
import { sealableKinds } from './sealable-kinds.js';

describe('privacy store behind the http handler', () => {
  it('serves each caller what its viewer may see: the server decides the viewer, never the client', async () => {
    const store = withPrivacy(createMemoryStore(), { key: await importEncryptionKey(new Uint8Array(32).fill(5)), audit: createMemoryAuditLog() });
    await store.put('customer', structuredClone(person));
    // The server maps a (here: trusted test) header to a viewer.
    const viewer = (request: Request): StoreViewer | undefined => {
      const [userId, role] = (request.headers.get('x-test-user') ?? '').split(':');
      return userId && role ? { userId, role: { id: role } } : undefined;
    };
    const handler = createStoreHandler(store, { viewer });
    const clientFor = (user: string) => createHttpStore({ baseUrl: 'http://dossier.test', headers: { 'x-test-user': user }, fetch: async (input, init) => handler(new Request(input, init)) });

    const otherRep = clientFor('rep-2:sales-rep');
    const received = JSON.stringify([await otherRep.get('customer', 'C-1'), await otherRep.list('customer'), await otherRep.history('customer', 'C-1')]);
    expect(received).not.toContain('11010519491231002X');
    expect(received).not.toContain('13812341234');
    expect(received).toContain('138****1234');

    const owner = clientFor('rep-1:sales-rep');
    expect((await owner.get('customer', 'C-1'))?.value).toEqual(person);
    expect((await store.audit.query({ userId: 'rep-1', action: 'read' })).length).toBe(1);
  });
});

describe('privacy store behind the http handler, typed records on both ends', () => {
  it('carries a viewer’s masks both ways, keeps the stored values behind them, and still refuses bad input naming the field', async () => {
    const kinds = sealableKinds(dossierKinds());
    const inner = createMemoryStore<DossierRecords>({ kinds });
    const store = withPrivacy(inner, { key: await importEncryptionKey(new Uint8Array(32).fill(5)), audit: createMemoryAuditLog() });
    await store.put('customer', recordCodecs.customer.decode(structuredClone(person) as never));
    const handler = createStoreHandler(store, { viewer: (request) => (request.headers.get('x-test-user') === 'rep-2' ? { userId: 'rep-2', role: { id: 'sales-rep' } } : undefined) });
    const wire: string[] = [];
    const otherRep = createHttpStore<DossierRecords>({
      baseUrl: 'http://dossier.test',
      kinds: dossierKinds(),
      headers: { 'x-test-user': 'rep-2' },
      fetch: async (input, init) => {
        const response = await handler(new Request(input, init));
        wire.push(await response.clone().text());
        return response;
      },
    });

    // A typed client decodes the masked record (a masked mobile is no valid mobile) …
    const shown = (await otherRep.get('customer', 'C-1'))!;
    expect(shown.value.mobile).toBe('138****1234');
    expect(shown.value.createdAt).toBeInstanceOf(Date);
    expect(wire.join('')).not.toContain('13812341234');
    expect(wire.join('')).not.toContain('11010519491231002X');
    // … sends it back with an edit of its own, and the store keeps the mobile behind the mask.
    const saved = await otherRep.put('customer', { ...shown.value, tags: ['重点'] }, { baseRev: shown.rev });
    expect(saved.ok).toBe(true);
    const stored = (await store.get('customer', 'C-1'))!.value;
    expect(stored.mobile).toBe('13812341234');
    expect(stored.tags).toEqual(['重点']);
    // A value that is no mask and no mobile is still refused, naming the field.
    const error = await otherRep.put('customer', { ...shown.value, tags: ['重点', ' '] }, { baseRev: saved.ok ? saved.record.rev : 0 }).catch((e: unknown) => e);
    expect(isStoreError(error, 'invalid')).toBe(true);
    expect((error as StoreError).path).toMatch(/^tags/);
    expect((await store.get('customer', 'C-1'))!.value.tags).toEqual(['重点']);
  });
});
