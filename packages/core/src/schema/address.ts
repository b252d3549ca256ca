import * as z from 'zod/mini';
import { field, localizedText } from './field-meta.js';
import { trimmedText } from './field-builders.js';
import { matches } from './formats.js';

/**
 * A mainland address as Chinese forms write it: province / city / district / street, with an
 * optional postcode and a free label (registered office, delivery …).
 *
 * @example
 * addressSchema.parse({ province: '广东省', city: '深圳市', district: '龙岗区', street: '坂田华为基地' })
 */
export const addressSchema = z.object({
  label: field(z.optional(trimmedText(100)), { label: localizedText('Address label', '地址类型'), kind: 'text' }),
  province: field(trimmedText(100), { label: localizedText('Province', '省/直辖市'), kind: 'address' }),
  city: field(z.optional(trimmedText(100)), { label: localizedText('City', '市'), kind: 'address' }),
  district: field(z.optional(trimmedText(100)), { label: localizedText('District', '区/县'), kind: 'address' }),
  street: field(z.optional(trimmedText(300)), { label: localizedText('Street address', '详细地址'), kind: 'address' }),
  postcode: field(z.optional(z.string().check(matches(/^\d{6}$/))), { label: localizedText('Postcode', '邮政编码'), kind: 'address' }),
});

/** A mainland address. */
export type Address = z.infer<typeof addressSchema>;
