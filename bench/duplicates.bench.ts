// `pnpm bench` part (issue 18): scanning a stored archive for likely duplicate customers —
// storage-adapters' scanDuplicates over the memory store (customers paged by id through `list`,
// 1,000 a page), core's findDuplicates grouping them by blocking keys (normalised name, pinyin,
// credit code, phone, email) instead of comparing all pairs. 100k customers with planted
// duplicates (a twin written with another legal suffix every 100th customer, a shared mobile every
// 250th); the pairs found must include every planted one. Writes bench/results/duplicates.json.
//
//   pnpm bench                                  100k customers
//   BENCH_ONLY=duplicates pnpm bench -- --size small   10k customers
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { duplicateCandidateOf, findDuplicates, type Customer } from '@dossier/core';
import { generateArchive } from '@dossier/core/sample';
import { createMemoryStore, dossierKinds, scanDuplicates } from '@dossier/storage-adapters';
import type { BatchOp, DossierRecords } from '@dossier/storage-adapters';

const root = resolve(import.meta.dirname, '..');
const sizes = { full: 100_000, small: 10_000 } as const;
const sizeName = (process.argv.includes('--size') ? process.argv[process.argv.indexOf('--size') + 1] : process.env.DUPLICATES_BENCH_SIZE) ?? 'full';
if (!(sizeName in sizes)) throw new Error(`unknown size ${sizeName}; sizes: ${Object.keys(sizes).join(', ')}`);
const size = sizes[sizeName as keyof typeof sizes];

const cities = ['杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州', '丽水', '上海', '苏州', '无锡', '南京', '合肥'];
const trades = ['贸易', '机械', '电器', '纺织', '汽配', '建材', '化工', '食品', '五金', '塑料', '照明', '印染', '医药', '包装', '物流', '电子'];
const marks = ['华', '东', '盛', '达', '恒', '信', '宏', '祥', '瑞', '丰', '美', '海', '金', '银', '兴', '隆', '泰', '安', '和', '通'];

const template = generateArchive({ seed: 3, customers: 10, asOf: '2026-01-01' }).customers.find((c) => c.kind === 'organisation')!;
const { uscc: _u, mobile: _m, phone: _p, email: _e, ...base } = template as Record<string, unknown>;

// A distinct company name for every i (a mixed-radix spelling of i in the three word lists plus a number).
function nameOf(i: number): string {
  const mark = marks[i % marks.length]! + marks[Math.floor(i / marks.length) % marks.length]!;
  return `${cities[Math.floor(i / 400) % cities.length]}${mark}${trades[Math.floor(i / 6400) % trades.length]}${Math.floor(i / 102_400) || ''}号`;
}

const customers: Customer[] = [];
const planted: string[] = [];
for (let i = 0; customers.length < size; i++) {
  const id = `C${String(i).padStart(7, '0')}`;
  const mobile = `13${String(i % 250 === 0 && i > 0 ? i - 1 : i).padStart(9, '0')}`;
  customers.push({ ...base, id, name: { zh: `${nameOf(i)}有限公司` }, mobile } as unknown as Customer);
  if (i % 250 === 0 && i > 0) planted.push(`C${String(i - 1).padStart(7, '0')}\u0000${id}`);
  if (i % 100 === 0 && customers.length < size) {
    customers.push({ ...base, id: `${id}-twin`, name: { zh: `${nameOf(i)}公司` } } as unknown as Customer);
    planted.push(`${id}\u0000${id}-twin`);
  }
}

const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds(), actor: 'bench' });
let start = performance.now();
for (let i = 0; i < customers.length; i += 1000) {
  const result = await store.batch(customers.slice(i, i + 1000).map((value): BatchOp<DossierRecords> => ({ op: 'put', kind: 'customer', value })));
  if (!result.ok) throw new Error('bench data refused');
}
const loadMs = performance.now() - start;

const load = loadavg().map((n) => Math.round(n * 100) / 100);
start = performance.now();
const scan = await scanDuplicates(store);
const scanMs = performance.now() - start;
// The detection alone, on the same candidates in memory (what the scan adds is the paging).
const candidates = customers.map((c) => duplicateCandidateOf(c as unknown as { id: string } & Record<string, unknown>));
start = performance.now();
const inMemory = findDuplicates(candidates);
const detectMs = performance.now() - start;

if (scan.scanned !== customers.length) throw new Error(`scanned ${scan.scanned} of ${customers.length}`);
const found = new Set(scan.pairs.map((pair) => `${pair.a}\u0000${pair.b}`));
const missed = planted.filter((pair) => !found.has(pair));
if (missed.length > 0) throw new Error(`${missed.length} planted pairs not found, e.g. ${missed[0]!.replace('\u0000', ' ~ ')}`);
if (inMemory.length !== scan.pairs.length) throw new Error('the scan and the in-memory detection disagree');

const seconds = (ms: number) => Math.round(ms) / 1000;
const result = {
  measuredAt: new Date().toISOString(),
  customers: customers.length,
  plantedPairs: planted.length,
  pairsFound: scan.pairs.length,
  storeLoadSeconds: seconds(loadMs),
  scanSeconds: seconds(scanMs),
  detectionOnlySeconds: seconds(detectMs),
  loadAverageBefore: load,
  cpus: cpus().length,
};
console.log(`duplicates: ${customers.length} customers scanned in ${result.scanSeconds} s (detection alone ${result.detectionOnlySeconds} s), ${scan.pairs.length} pairs (${planted.length} planted, all found); load average ${load.join(' ')} on ${cpus().length} CPUs`);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/duplicates.json'), `${JSON.stringify(result, null, 2)}\n`);
