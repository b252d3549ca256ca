import type { CustomerListRow } from '@dossier/core';
import { abcGrades, relationshipStages } from '@dossier/core';

const cities = [
  ['杭州', 'hz'],
  ['宁波', 'nb'],
  ['苏州', 'sz'],
  ['上海', 'sh'],
  ['北京', 'bj'],
  ['广州', 'gz'],
] as const;
const trades = [
  ['科技', 'kj'],
  ['贸易', 'my'],
  ['实业', 'sy'],
  ['电子', 'dz'],
  ['机械', 'jx'],
] as const;
const suffixes = [
  ['有限公司', 'yxgs'],
  ['集团', 'jt'],
] as const;
const regions = ['华东', '华北', '华南'] as const;

/**
 * `count` synthetic list rows, fast enough for 100k: row `i` is named
 * `${city}${trade}${suffix}${i}` with its pinyin initials worked out by hand from the tables
 * above, grade `abcGrades[i % 3]`, stage `relationshipStages[i % 5]`, owner `rep-${i % 7}`,
 * region `regions[i % 3]`, revenue `(i * 7919) % 100000` and last purchase in 2026-01 (day
 * `1 + i % 28`).
 *
 * @example
 * syntheticRows(2)[1].displayName // '宁波贸易集团1'
 */
export function syntheticRows(count: number): CustomerListRow[] {
  const rows: CustomerListRow[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const [city, ci] = cities[i % cities.length]!;
    const [trade, ti] = trades[i % trades.length]!;
    const [suffix, si] = suffixes[i % suffixes.length]!;
    rows[i] = {
      id: `C-${String(i).padStart(6, '0')}`,
      kind: 'organisation',
      displayName: `${city}${trade}${suffix}${i}`,
      sortKey: `${ci}${ti}${si}${i}`,
      address: `${city}市`,
      territory: regions[i % regions.length]!,
      salespersonId: `rep-${i % 7}`,
      nature: 'manufacturer',
      stage: relationshipStages[i % relationshipStages.length]!,
      grade: abcGrades[i % abcGrades.length]!,
      figures: { orders: i % 13, amount: (i * 7919) % 100_000, paid: 0, receivable: 0, lastPurchase: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}` },
    };
  }
  return rows;
}
