// Type tests of @dossier/core/privacy (see ../public-api.test-d.ts): they run nothing.
import { describe, expectTypeOf, it } from 'vitest';
import type { Customer } from '../index.js';
import { canRead, defaultRoles, maskValue, redact, type FieldRule, type Redaction, type Viewer } from './index.js';

describe('@dossier/core/privacy', () => {
  it("a viewer is a user and one of the default roles' policies", () => {
    const viewer = { userId: 'M001', role: defaultRoles['sales-manager'] };
    expectTypeOf(viewer).toExtend<Viewer>();
    // @ts-expect-error sensitivity is one of four levels
    canRead(viewer, { sensitivity: 'personal', level: 2 });
    expectTypeOf(canRead(viewer, { sensitivity: 'confidential', level: 2 }, { ownerId: 'R001' })).toEqualTypeOf<boolean>();
  });

  it('redact keeps the record type and says what it hid', () => {
    const { record, redactions } = redact({} as Customer, [] as FieldRule[], {} as Viewer);
    expectTypeOf(record).toEqualTypeOf<Customer>();
    expectTypeOf(redactions).toEqualTypeOf<Redaction[]>();
  });

  it('maskValue takes a closed list of kinds', () => {
    expectTypeOf(maskValue('mobile', '13800138000')).toEqualTypeOf<string>();
    // @ts-expect-error not a mask kind
    maskValue('iban', 'DE00');
  });
});
