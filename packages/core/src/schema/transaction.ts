import * as z from 'zod/mini';
import type { DossierIssueParams } from '../ids/schemas.js';
import { isWholeFen } from '../money/fen.js';
import { field, localizedText } from './field-meta.js';
import { optionalDate, optionalText } from './field-builders.js';
import { provenanceFields } from './provenance.js';
import { customerIdField, idSchema, salespersonIdField, storedRecordFields } from './stored-record.js';
import { calendarDateSchema } from './temporal.js';
import { rule } from './formats.js';

/**
 * Money of a stored line: yuan in whole fen, as grading.md's exact money holds it. More decimals
 * are refused (never rounded), as every import refuses them, so no stored record fails later
 * when its lines are read as columns.
 */
function wholeFen() {
  return z.number().check(
    rule(isWholeFen, { error: 'An amount has at most two decimals (whole fen)', params: { messageKey: 'moneyNotWholeFen' } satisfies DossierIssueParams }),
  );
}

/**
 * An order line (交易记录): what the customer bought, on which calendar day, for how much. A return
 * is a line with a negative amount (and quantity). The same shape as `TransactionLine` of the
 * columnar book, plus the stored-record fields.
 *
 * @example
 * transactionSchema.parse({ id: 'T-1', schemaVersion: 1, createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z',
 *   customerId: 'C-1', date: '2025-03-01', amount: 1200, cost: 800, paid: 1200, quantity: 3, productId: 'P-9', category: '饮料', orderId: 'O-5' })
 */
export const transactionSchema = z.object({
  ...storedRecordFields('transaction'),
  customerId: customerIdField,
  date: field(calendarDateSchema, { label: localizedText('Date', '日期'), kind: 'date', sensitivity: 'internal', level: 1 }),
  orderId: field(z.optional(idSchema), { label: localizedText('Order', '订单号'), kind: 'reference', sensitivity: 'internal', level: 1 }),
  productId: field(z.optional(idSchema), { label: localizedText('Product', '产品'), kind: 'reference', sensitivity: 'internal', level: 1 }),
  productName: optionalText('Product name', '产品名称', { sensitivity: 'internal', level: 1 }),
  category: optionalText('Category', '品类', { sensitivity: 'internal', level: 1 }),
  quantity: field(z.optional(z.number()), { label: localizedText('Quantity', '数量'), kind: 'number', sensitivity: 'internal', level: 1 }),
  amount: field(wholeFen(), { label: localizedText('Amount', '金额'), kind: 'money', sensitivity: 'confidential', level: 1 }),
  // Signed like the amount: a return reverses its cost of goods.
  cost: field(z.optional(wholeFen()), { label: localizedText('Cost', '成本'), kind: 'money', sensitivity: 'confidential', level: 1 }),
  paid: field(z.optional(wholeFen()), { label: localizedText('Amount paid', '已付金额'), kind: 'money', sensitivity: 'confidential', level: 1 }),
  paymentTerms: optionalText('Payment terms', '付款条件', { sensitivity: 'confidential', level: 1 }),
  // Receivables: the invoice date and the date payment is due (else invoice or order date plus the customer's payment term).
  invoiceDate: optionalDate('Invoice date', '开票日期', { sensitivity: 'internal', level: 1 }),
  dueDate: optionalDate('Payment due', '应收到期日', { sensitivity: 'internal', level: 1 }),
  salespersonId: salespersonIdField,
  ...provenanceFields,
});

/** An order line. */
export type Transaction = z.infer<typeof transactionSchema>;
