import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canRead, defaultRoles, importEncryptionKey, pinyinInitials, recordFieldRules, redact, rulePathMatches, type FieldRule, type Viewer } from '@dossier/core';
import { isStoreError, jsonKind, type Store, type StoreError, type StoreKind, type StoreViewer } from '../contract/index.js';
import { createHttpStore } from '../http/client.js';
import { createStoreHandler } from '../http/handler.js';
import { createMemoryStore } from '../memory/index.js';
import { createMemoryAuditLog } from './audit-log.js';
import { withPrivacy, type PrivacyStore } from './privacy-store.js';

/**
 * The class test of issue 14: two archives that differ ONLY in values a viewer may not read
 * (decided here with core's `redact`, independently of the store) must answer that viewer
 * identically on every read and write path of the contract: status and error, body, cursor,
 * change feed and audit effect. Every value of the first archive is used as a guess (right in
 * the first archive, wrong in the second).
 */

type Json = Record<string, unknown>;
type Archive = { kind: StoreKind; value: Json }[];
type Hidden = { kind: StoreKind; id: string; path: string[]; value: unknown };

const surnames = ['王', '李', '张', '刘', '陈'];
const given = [...'秘芳大明丽华强伟静敏军洋艳勇杰娟涛超霞平'];
const pool = [...'甲乙丙戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'];
const nameArb = fc.tuple(fc.constantFrom(...surnames), fc.array(fc.constantFrom(...given), { minLength: 1, maxLength: 2 })).map(([s, g]) => s + g.join(''));
const streetArb = fc.tuple(fc.constantFrom('文三路', '解放路', '中山北路'), fc.integer({ min: 1, max: 999 }), fc.constantFrom('号', '号华星大厦')).map(([road, n, rest]) => `${road}${n}${rest}`);

const customerArb = (id: string) =>
  fc.record({
    kind: fc.constantFrom('person', 'organisation'),
    name: nameArb,
    mobile: fc.stringMatching(/^1[3-9]\d{9}$/),
    email: fc.stringMatching(/^[a-z]{2,8}@example\.com$/),
    idNumber: fc.stringMatching(/^\d{17}[\dX]$/),
    street: streetArb,
    salespersonId: fc.constantFrom('rep-1', 'rep-2'),
    grade: fc.constantFrom('A', 'B', 'C'),
    note: fc.constantFrom('与张总是大学同学', '喜欢围棋', '刚离婚'),
  }).map((c): Json => ({
    id,
    kind: c.kind,
    name: { zh: c.name },
    mobile: c.mobile,
    email: c.email,
    ...(c.kind === 'person' ? { idNumber: c.idNumber } : {}),
    addresses: [{ province: '浙江省', city: '杭州市', district: '西湖区', street: c.street }],
    salespersonId: c.salespersonId,
    territory: '华东',
    grade: { current: c.grade, provisional: false },
    relationship: { stage: 'new', setByHand: false },
    intelligence: { decisionMakerRelations: c.note },
    productLines: [],
    tags: [],
    credit: {},
    profiles: {},
  }));

const archiveArb = fc
  .tuple(customerArb('C-1'), customerArb('C-2'), customerArb('C-3'), nameArb, fc.stringMatching(/^1[3-9]\d{9}$/), fc.array(fc.integer({ min: 1, max: 900_000 }), { minLength: 3, maxLength: 3 }))
  .map(([c1, c2, c3, contactName, contactMobile, amounts]): Archive => [
    { kind: 'customer', value: c1 },
    { kind: 'customer', value: c2 },
    { kind: 'customer', value: c3 },
    { kind: 'contact', value: { id: 'P-1', customerId: 'C-1', name: { zh: contactName }, mobile: contactMobile, buyingRoles: [], personality: [] } },
    ...amounts.map((amount, i) => ({
      kind: 'transaction' as const,
      value: { id: `T-${i + 1}`, customerId: `C-${i + 1}`, date: `2025-0${i + 3}-01`, amount, cost: Math.floor(amount / 2), orderId: `SO-${String(c1['mobile'])}` },
    })),
    {
      kind: 'grading-run',
      value: {
        id: 'run-1',
        asOf: '2025-12-31',
        customers: amounts.map((amount, i) => ({
          customerId: `C-${i + 1}`,
          grade: 'B',
          figures: { revenue: amount, cost: Math.floor(amount / 2), paid: amount, quantity: 2, orders: 1, lines: 1 },
          explanation: { method: 'abc-share', grade: 'B', revenue: amount, rank: i + 1, shareBefore: i / 3, shareAfter: (i + 1) / 3 },
        })),
      },
    },
  ]);

const viewers: StoreViewer[] = [
  { userId: 'rep-2', role: { id: 'sales-rep' } },
  { userId: 'rep-1', role: { id: 'sales-rep' } },
  { userId: 'cc-1', role: { id: 'call-centre' } },
  { userId: 'fin-1', role: { id: 'finance' } },
  { userId: 'mgr-1', role: { id: 'sales-manager' } },
];
const policy = (viewer: StoreViewer): Viewer => ({ userId: viewer.userId, role: defaultRoles[viewer.role!.id as keyof typeof defaultRoles] });

// Another value with the same shape; digits stay digits, and the `keep` first characters stay.
function vary(value: unknown, salt: number, keep = 0, keepLast = 0): unknown {
  if (typeof value === 'number') return value + salt * 7 + 1;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item) => vary(item, salt));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, vary(v, salt)]));
  if (typeof value !== 'string') return value;
  const chars = [...value];
  return chars
    .map((c, i) => {
      if (i < keep || i >= chars.length - keepLast) return c;
      if (/\d/.test(c)) return String((Number(c) + salt) % 10);
      if (/[a-z]/.test(c)) return String.fromCharCode(97 + ((c.charCodeAt(0) - 97 + salt) % 26));
      return pool[(pool.indexOf(c) + salt + 1) % pool.length]!;
    })
    .join('');
}

// A value that masks exactly as `value` does under `rule`.
function varyMasked(rule: FieldRule, value: string, salt: number): string {
  switch (rule.mask) {
    case 'mobile':
    case 'phone':
      return vary(value, salt, 3, 4) as string;
    case 'id-number':
    case 'credit-code':
      return vary(value, salt, 4, 4) as string;
    case 'email':
      return `${vary(value.slice(0, value.lastIndexOf('@')), salt, 1) as string}${value.slice(value.lastIndexOf('@'))}`;
    case 'name':
      return vary(value, salt, 1) as string;
    case 'address': {
      const digit = value.search(/\d/);
      return digit < 0 ? (vary(value, salt, Math.min(6, value.length)) as string) : (vary(value, salt, digit) as string);
    }
    default:
      return vary(value, salt) as string;
  }
}

function getAt(target: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Json | undefined)?.[key], target);
}
function setAt(target: Json, path: string[], value: unknown): void {
  const parent = getAt(target, path.slice(0, -1)) as Json;
  parent[path[path.length - 1]!] = value;
}

const ownerOf = (archive: Archive, value: Json) =>
  (archive.find((r) => r.kind === 'customer' && r.value['id'] === (value['customerId'] ?? value['id']))?.value['salespersonId'] as string | undefined) ?? undefined;

/** The second archive: every value the viewer may not read replaced, shapes and masks kept. */
function twin(archive: Archive, viewer: Viewer, salt: number): { twin: Archive; hidden: Hidden[] } {
  const hidden: Hidden[] = [];
  const out = archive.map(({ kind, value }) => {
    if (kind === 'grading-run') return { kind, value: twinRun(archive, value, viewer, salt) };
    const rules = recordFieldRules(kind, value);
    const context = { ownerId: ownerOf(archive, value) };
    const { redactions } = redact(value, rules, viewer, context);
    const copy = structuredClone(value);
    for (const { path, access } of redactions) {
      const rule = rules.find((r) => rulePathMatches(r.path, path))!;
      const segments = path.split('.');
      const original = getAt(value, segments);
      const other = access === 'masked' && typeof original === 'string' ? varyMasked(rule, original, salt) : vary(original, salt);
      setAt(copy, segments, other);
      hidden.push({ kind, id: value['id'] as string, path: segments, value: original });
    }
    // The generator's own check: the viewer's view of both is the same.
    expect(redact(copy, recordFieldRules(kind, copy), viewer, context).record).toEqual(redact(value, rules, viewer, context).record);
    return { kind, value: copy };
  });
  return { twin: out, hidden };
}

// A grading run's amounts of a customer whose transaction amounts the viewer may not read
// (core's transaction rule), and what is computed from them, replaced.
function twinRun(archive: Archive, run: Json, viewer: Viewer, salt: number): Json {
  const rule = (path: string) => recordFieldRules('transaction').find((r) => r.path === path)!;
  const copy = structuredClone(run);
  for (const customer of copy['customers'] as Json[]) {
    const context = { ownerId: ownerOf(archive, { customerId: customer['customerId'] }) };
    const figures = customer['figures'] as Json;
    for (const [field, column] of [['revenue', 'amount'], ['cost', 'cost'], ['paid', 'paid'], ['quantity', 'quantity']] as const) {
      if (!canRead(viewer, rule(column), context)) figures[field] = vary(figures[field], salt);
    }
    const explanation = customer['explanation'] as Json;
    if (!canRead(viewer, rule('amount'), context)) for (const field of ['revenue', 'rank', 'shareBefore', 'shareAfter']) explanation[field] = vary(explanation[field], salt);
  }
  return copy;
}

const overHttp = (store: Store, viewer: StoreViewer): Store => {
  const handler = createStoreHandler(store, { viewer: () => viewer });
  return createHttpStore({ baseUrl: 'http://archive.test', fetch: async (input, init) => handler(new Request(input, init)) });
};

let keyPromise: Promise<CryptoKey> | undefined;

async function open(archive: Archive) {
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1) + tick++ * 1000).toISOString();
  const audit = createMemoryAuditLog();
  const inner = createMemoryStore({ kinds: { customer: jsonKind({ initialsOf: pinyinInitials }), contact: jsonKind({ initialsOf: pinyinInitials }) }, now });
  const store = withPrivacy(inner, { key: await (keyPromise ??= importEncryptionKey(new Uint8Array(32).fill(4))), audit, now });
  for (const { kind, value } of archive) await store.put(kind, structuredClone(value) as never, { by: 'seed' });
  return { store, audit };
}

// What a call answered: its result, or its error's code, messages and path.
async function answer(call: () => Promise<unknown>): Promise<unknown> {
  try {
    return { ok: await call() };
  } catch (error) {
    if (!isStoreError(error)) return { thrown: String(error) };
    const e = error as StoreError;
    return { code: e.code, messages: e.messages, path: e.path };
  }
}

const plainJson = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array, (n) => (Number.isNaN(n) ? 'NaN' : n)) : typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v)));

/** Every read and write path of the contract as `viewer`, in order; the transcript of answers. */
async function transcript(privacy: PrivacyStore, audit: ReturnType<typeof createMemoryAuditLog>, viewer: StoreViewer, guesses: Hidden[], texts: string[], over: 'direct' | 'http') {
  const out: unknown[] = [];
  const events: unknown[] = [];
  const subscription = privacy.subscribe((event) => events.push(event));
  // The contract's calls go to the privacy store itself, or through the HTTP handler (the server
  // names the viewer) and the HTTP client: status, error and body as a remote caller gets them.
  const store: Store = over === 'direct' ? privacy : overHttp(privacy, viewer);
  const record = async (label: string, call: () => Promise<unknown>) => out.push([label, await answer(call)]);
  const kinds = ['customer', 'contact', 'transaction', 'grading-run'] as const;

  for (const kind of kinds) {
    for (const sort of ['id', 'name', 'updatedAt'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        let cursor: string | undefined;
        do {
          const page = await answer(() => store.list(kind, { viewer, sort, direction, limit: 1, ...(cursor ? { cursor } : {}) }));
          out.push(['list', kind, sort, direction, page]);
          cursor = (page as { ok?: { nextCursor?: string } }).ok?.nextCursor;
        } while (cursor);
      }
    }
    await record('count', () => store.count!(kind, { viewer }));
    for (const text of texts) {
      await record(`text ${text}`, () => store.list(kind, { viewer, text, limit: 1 }));
      await record(`count text ${text}`, () => store.count!(kind, { viewer, text }));
    }
    for (const filter of [{ owner: 'rep-1' }, { grade: ['A', 'B'] }, { customerId: 'C-1' }, { includeDeleted: true }]) {
      await record(`filter ${JSON.stringify(filter)}`, () => store.list(kind, { viewer, ...filter, sort: 'name', limit: 2 }));
      await record(`count ${JSON.stringify(filter)}`, () => store.count!(kind, { viewer, ...filter }));
    }
  }
  const ids = { customer: ['C-1', 'C-2', 'C-3', 'C-9'], contact: ['P-1'], transaction: ['T-1', 'T-2', 'T-3'], 'grading-run': ['run-1'] };
  for (const kind of kinds) {
    for (const id of ids[kind]) {
      await record(`get ${id}`, () => store.get(kind, id, { viewer }));
      await record(`history ${id}`, () => store.history(kind, id, { viewer }));
    }
  }
  out.push(['columns', plainJson(await answer(() => store.readTransactionColumns({ viewer })))]);
  out.push(['figures', plainJson(await answer(() => store.customerFigures!({ asOf: '2025-12-31', windowDays: 365, customerIds: ['C-1', 'C-2', 'C-3'], viewer })))]);
  await record('audit read', () => privacy.readAudit({}, viewer));

  // Writes: the record as the viewer saw it with one hidden value guessed (right in one
  // archive, wrong in the other), with a stale and with the current revision, alone and in a batch.
  for (const guess of guesses) {
    const seen = (await store.get(guess.kind, guess.id, { viewer }))!;
    const sent = structuredClone(seen.value) as Json;
    let node = sent;
    for (const segment of guess.path.slice(0, -1)) node = (node[segment] ??= {}) as Json;
    node[guess.path[guess.path.length - 1]!] = guess.value;
    await record(`guess stale ${guess.id} ${guess.path.join('.')}`, () => store.put(guess.kind, sent as never, { viewer, baseRev: seen.rev + 5 }));
    await record(`guess ${guess.id} ${guess.path.join('.')}`, () => store.put(guess.kind, sent as never, { viewer, baseRev: seen.rev }));
    await record(`guess batch ${guess.id}`, () => store.batch([{ op: 'put', kind: guess.kind, value: sent as never, baseRev: seen.rev }], { viewer }));
  }
  // What the viewer may do without guessing: write back what it saw (a stale one is a conflict),
  // remove and restore.
  for (const kind of kinds) {
    for (const id of ids[kind].filter((id) => id !== 'C-9')) {
      const seen = (await store.get(kind, id, { viewer }))!;
      await record(`conflict ${id}`, () => store.put(kind, seen.value, { viewer, baseRev: seen.rev - 1 || 99 }));
      await record(`write back ${id}`, () => store.put(kind, seen.value, { viewer, baseRev: seen.rev }));
      await record(`remove ${id}`, () => store.remove(kind, id, { viewer }));
      await record(`restore ${id}`, () => store.restore(kind, id, { viewer }));
    }
  }
  subscription.unsubscribe();
  out.push(['changes', events]);
  out.push(['audit effect', (await audit.query({ userId: viewer.userId })).map(({ seq: _seq, ...entry }) => entry)]);
  return plainJson(out);
}

describe('privacy: what a viewer may not read is not learnable (class test, memory)', () => {
  it.each([
    ['direct', 25],
    ['http', 6],
  ] as const)('answers every read and write path identically for two archives that differ only in values the viewer may not read (%s)', async (over, runs) => {
    await fc.assert(
      fc.asyncProperty(archiveArb, fc.constantFrom(...viewers), fc.integer({ min: 1, max: 9 }), async (archive, viewer, salt) => {
        const { twin: other, hidden } = twin(archive, policy(viewer), salt);
        // Guesses: each hidden value of the first archive; texts: its hidden names and initials.
        const names = hidden.filter((h) => h.path[0] === 'name' && typeof h.value === 'string').map((h) => h.value as string);
        const texts = [...new Set([...names, ...names.map((n) => pinyinInitials(n)), ...hidden.filter((h) => h.path[0] === 'mobile').map((h) => String(h.value))])];
        const a = await open(archive);
        const b = await open(other);
        const left = await transcript(a.store, a.audit, viewer, hidden, texts, over);
        const right = await transcript(b.store, b.audit, viewer, hidden, texts, over);
        expect(right).toEqual(left);
      }),
      { numRuns: Number(process.env['PRIVACY_RUNS'] ?? runs) },
    );
  }, 600_000);
});
