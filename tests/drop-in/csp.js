// Renders every Dossier element from the drop-in bundle with real data, without innerHTML
// (Trusted Types would refuse it) and without eval (zod runs jitless in the bundle).
import * as dossier from './dossier.bundle.js';

const data = await (await fetch('./data.json')).json();
const decode = (kind, json) => {
  const result = dossier.validateRecord(kind, json);
  if (!result.ok) throw new Error(`${kind} ${json.id}: ${JSON.stringify(result.issues)}`);
  return result.value;
};
const store = dossier.createMemoryStore({ kinds: dossier.dossierKinds(), actor: 'M001' });
const ops = [];
for (const kind of ['customer', 'contact', 'interaction', 'transaction']) {
  for (const json of data[kind]) ops.push({ op: 'put', kind, value: decode(kind, json) });
}
const written = await store.batch(ops);
if (!written.ok) throw new Error('seed conflict');
const customer = data.customer[0];
await store.put('customer', { ...decode('customer', customer), notes: 'edited under CSP' }, { baseRev: 1 });

const audit = dossier.createMemoryAuditLog();
await audit.append({ at: '2026-11-24T02:03:10.000Z', userId: 'M001', roleId: 'sales-manager', action: 'reveal', kind: 'customer', recordId: customer.id, customerId: customer.id, fields: ['mobile'], reason: '客户来电要求回拨' });

const asOf = data.asOf;
const lines = data.transaction.map((t) => ({ customerId: t.customerId, date: t.date, amount: t.amount, cost: t.cost, category: t.category, productId: t.productId, orderId: t.orderId }));
const ids = data.customer.map((c) => c.id);
const runAt = (day, id) => {
  const figures = dossier.computeCustomerFigures(lines, { asOf: day, customerIds: ids });
  return dossier.createGradingRun(dossier.gradeCustomers(figures, dossier.defaultPolicy('abc-share')), figures, { id, ranBy: 'M001' });
};
const before = runAt(dossier.addDays(asOf, -182), 'before');
const after = runAt(asOf, 'after');
const figures = dossier.computeCustomerFigures(lines, { asOf, customerIds: ids });
const repOf = Object.fromEntries(data.customer.map((c) => [c.id, c.salespersonId]));
const interactions = data.interaction.map((i) => ({ customerId: i.customerId, rep: i.by, date: i.at.slice(0, 10), kind: i.kind, cost: i.cost }));

const elements = {
  'dossier-tier-badge': { grade: 'A', vip: true },
  'dossier-customer-card': { customerId: customer.id, explanation: after.customers[0].explanation },
  'dossier-customer-list': {},
  'dossier-profile-editor': { contactId: data.contact[0].id },
  'dossier-history': { recordKind: 'customer', recordId: customer.id },
  'dossier-pareto-chart': { pareto: dossier.pareto(lines, { asOf, customers: ids }) },
  'dossier-composition-chart': { composition: dossier.composition(lines, { asOf, by: repOf, customers: ids }) },
  'dossier-rfm-grid': { rfm: dossier.gradeCustomers(figures, dossier.defaultPolicy('rfm')) },
  'dossier-grade-migration': { migration: dossier.migrationMatrix(before, after) },
  'dossier-efficiency-report': {
    efficiency: dossier.salesForceEfficiency(lines, { period: { from: dossier.addDays(asOf, -365), to: asOf }, repOf, interactions, customers: ids }),
  },
  'dossier-product-report': { products: dossier.productAnalysis(lines, { asOf, by: 'category' }) },
  'dossier-customer-form': { customerId: customer.id },
  'dossier-audit-log': { audit, customerId: customer.id },
  // the work elements read the store through the provider, as of the data's day
  'dossier-agenda': { asOf },
  'dossier-receivables': { asOf },
  // the reports of leads, competitors and the annual plan take core's results (built by hand
  // where the bundle does not export the analysis)
  'dossier-funnel-report': {
    funnel: {
      total: 2,
      stages: [
        { stage: 'undifferentiated', at: 1, reached: 2, byIntent: { A: 0, B: 0, C: 0, D: 1, none: 0 } },
        { stage: 'qualified', at: 0, reached: 1, byIntent: { A: 0, B: 0, C: 0, D: 0, none: 0 } },
        { stage: 'key-account', at: 1, reached: 1, byIntent: { A: 1, B: 0, C: 0, D: 0, none: 0 } },
      ],
      conversion: { qualified: 0.5, keyAccount: 1 },
      differing: [],
      entries: [],
    },
  },
  'dossier-competitor-report': {
    report: { customers: 1, rows: [{ competitor: '竞品甲', customers: 1, byGrade: { A: 1, B: 0, C: 0, none: 0 }, averageSatisfaction: 4, products: ['X200'], customerIds: [customer.id] }] },
  },
  'dossier-annual-plan': {
    plan: dossier.annualPlan(lines, { period: { from: dossier.addDays(asOf, -365), to: asOf }, targets: { sales: 1_000_000 } }),
    satisfaction: { answers: 2, customers: 1, average: 4.5, satisfiedShare: 1, distribution: [0, 0, 0, 1, 1] },
  },
};

const provider = document.createElement('dossier-provider');
provider.locale = 'zh-CN';
provider.store = store;
provider.viewer = { userId: 'M001', role: dossier.defaultRoles['sales-manager'] };
for (const [tag, properties] of Object.entries(elements)) {
  if (!customElements.get(tag)) continue;
  const element = Object.assign(document.createElement(tag), properties);
  element.dataset.tag = tag;
  provider.append(element);
}
document.querySelector('#elements').append(provider);
document.body.dataset.ready = 'true';
