import * as z from 'zod/mini';
import { buyingRoleSchema, communicationStyleSchema, contactLayerSchema, personalityTraitSchema } from '../enums/schemas.js';
import { mobileSchema } from '../ids/schemas.js';
import { field, genderChoices, localizedText } from './field-meta.js';
import { fieldGroup, optionalEnum, optionalPhone, optionalText } from './field-builders.js';
import { bilingualNameSchema } from './names.js';
import { personalProfileSchema } from './personal-profile.js';
import { provenanceFields } from './provenance.js';
import { customerIdField, storedRecordFields } from './stored-record.js';
import { emailText } from './formats.js';

/**
 * A contact person at a customer (联系人): how to reach them, their buying role and layer, their
 * personality and communication style, and for a key person the 32-item personal profile.
 *
 * @example
 * contactSchema.parse({ id: 'P-1', schemaVersion: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z',
 *   customerId: 'C-1', name: { zh: '王芳' }, buyingRoles: ['decision-maker'], personality: ['warm'], isKey: true })
 */
export const contactSchema = z.object({
  ...storedRecordFields('contact'),
  customerId: customerIdField,
  name: field(bilingualNameSchema, { label: localizedText('Name', '姓名'), kind: 'name', sensitivity: 'internal', level: 1 }),
  title: optionalText('Title', '职位', { sensitivity: 'internal', level: 1 }),
  department: optionalText('Department', '部门', { sensitivity: 'internal', level: 1 }),
  gender: field(z.optional(z.enum(['female', 'male'])), { label: localizedText('Gender', '性别'), kind: 'enum', choices: genderChoices, sensitivity: 'internal', level: 2 }),
  landline: optionalPhone('Landline', '座机', { sensitivity: 'internal', level: 1 }),
  mobile: field(z.optional(mobileSchema), { label: localizedText('Mobile', '手机'), kind: 'mobile', sensitivity: 'confidential', level: 1 }),
  email: field(z.optional(emailText), { label: localizedText('Email', '邮箱'), kind: 'email', sensitivity: 'confidential', level: 1 }),
  buyingRoles: field(z.array(buyingRoleSchema), {
    label: localizedText('Buying roles', '采购角色'),
    kind: 'enum',
    vocabulary: 'buyingRoles',
    sensitivity: 'internal',
    level: 2,
  }),
  layer: optionalEnum(contactLayerSchema, 'Layer', '所属层级', 'contactLayers', { sensitivity: 'internal', level: 2 }),
  personality: field(z.array(personalityTraitSchema), {
    label: localizedText('Personality', '性格特点'),
    kind: 'enum',
    vocabulary: 'personalityTraits',
    sensitivity: 'confidential',
    level: 3,
  }),
  communicationStyle: optionalEnum(communicationStyleSchema, 'Communication style', '沟通类型', 'communicationStyles', {
    sensitivity: 'confidential',
    level: 3,
  }),
  isKey: field(z.boolean(), { label: localizedText('Key person', '关键人物'), kind: 'boolean', sensitivity: 'internal', level: 2 }),
  profile: field(z.optional(personalProfileSchema), fieldGroup('Personal profile', '个人资料', 'confidential', 3)),
  notes: optionalText('Notes', '备注', { sensitivity: 'internal', level: 1 }),
  ...provenanceFields,
});

/** A contact person at a customer. */
export type Contact = z.infer<typeof contactSchema>;
