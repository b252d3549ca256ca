// Type tests of @dossier/storage-adapters/privacy (see ../public-api.test-d.ts): they run nothing.
import { describe, expectTypeOf, it } from 'vitest';
import { createMemoryStore, dossierKinds, type DossierRecords, type Store } from '../index.js';
import { createMemoryAuditLog, withPrivacy, type AuditLog, type PrivacyStore } from './index.js';

describe('@dossier/storage-adapters/privacy', () => {
  it("the README's withPrivacy(store, { key, audit }) keeps the record map", () => {
    const audit = createMemoryAuditLog();
    expectTypeOf(audit).toEqualTypeOf<AuditLog>();
    const store = withPrivacy(createMemoryStore({ kinds: dossierKinds() }), { key: {} as CryptoKey, audit });
    expectTypeOf(store).toEqualTypeOf<PrivacyStore<DossierRecords>>();
    expectTypeOf<PrivacyStore<DossierRecords>>().toExtend<Store<DossierRecords>>();
    // @ts-expect-error the audit log is required: every read of personal data is recorded
    withPrivacy(createMemoryStore(), { key: {} as CryptoKey });
  });
});
