import { describe, expect, it } from 'vitest';
import { importEncryptionKey } from '@dossier/core';
import type { StoreViewer } from '../contract/index.js';
import { createHttpStore } from '../http/client.js';
import { createStoreHandler } from '../http/handler.js';
import { createMemoryStore } from '../memory/index.js';
import { createMemoryAuditLog } from './audit-log.js';
import { withPrivacy } from './privacy-store.js';

const person = {
  id: 'C-1',
  schemaVersion: 2,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  kind: 'person',
  name: { zh: '王芳' },
  mobile: '13812341234',
  idNumber: '11010519491231002X',
  addresses: [],
  salespersonId: 'rep-1',
  territory: '华东',
  nature: 'individual-consumer',
  relationship: { stage: 'new', setByHand: false },
  grade: { provisional: true },
  credit: {},
  profiles: {},
};

describe('privacy store behind the http handler', () => {
  it('serves each caller what its viewer may see: the server decides the viewer, never the client', async () => {
    const store = withPrivacy(createMemoryStore(), { key: await importEncryptionKey(new Uint8Array(32).fill(5)), audit: createMemoryAuditLog() });
    await store.put('customer', person);
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
