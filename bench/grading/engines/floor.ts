// The floor: ABC + RFM written by hand as plain loops over typed arrays, computing only what
// these two methods need. Revenue uses Neumaier summation like core, so that both produce the
// same doubles (and therefore the same order on near-ties).
import type { TransactionColumns } from '@dossier/core';
import { bins, ceilShare, cutoffs, type Grades, vipFraction } from '../shared.js';

const NONE = -2147483648;

export function gradeFloor(book: TransactionColumns, asOfDay: number, windowDays: number): Grades {
  const n = book.customerIds.length;
  const start = asOfDay - windowDays;
  const sum = new Float64Array(n);
  const err = new Float64Array(n);
  const orders = new Int32Array(n);
  const last = new Int32Array(n).fill(NONE);
  const { customer, day, amount } = book;
  const order = book.order;
  const owner = new Int32Array(book.orderIds?.length ?? 0).fill(-1);
  let shared: Set<number> | undefined;
  const orderCount = owner.length;

  for (let i = 0, len = book.length; i < len; i++) {
    const d = day[i]!;
    if (d < start || d >= asOfDay) continue;
    const c = customer[i]!;
    const a = amount[i]!;
    const s = sum[c]!;
    const t = s + a;
    err[c]! += Math.abs(s) >= Math.abs(a) ? s - t + a : a - t + s;
    sum[c] = t;
    if (a > 0 && d > last[c]!) last[c] = d;
    const o = order ? order[i]! : -1;
    if (o < 0) orders[c]!++;
    else if (owner[o] === -1) {
      owner[o] = c;
      orders[c]!++;
    } else if (owner[o] !== c) {
      // An order id used by two customers: count it once per customer.
      shared ??= new Set();
      const key = c * orderCount + o;
      if (!shared.has(key)) {
        shared.add(key);
        orders[c]!++;
      }
    }
  }
  const revenue = new Float64Array(n);
  for (let c = 0; c < n; c++) revenue[c] = sum[c]! + err[c]!;

  // ABC: customers with revenue > 0 by revenue descending (radix sort on the float bits), ties by id.
  let m = 0;
  for (let c = 0; c < n; c++) if (revenue[c]! > 0) m++;
  const positive = new Int32Array(m);
  for (let c = 0, k = 0; c < n; c++) if (revenue[c]! > 0) positive[k++] = c;
  const order1 = radixDescending(revenue, positive);
  for (let k = 0; k < m; ) {
    let e = k + 1;
    while (e < m && revenue[order1[e]!] === revenue[order1[k]!]) e++;
    if (e - k > 1) order1.subarray(k, e).sort((a, b) => (book.customerIds[a]! < book.customerIds[b]! ? -1 : 1));
    k = e;
  }
  let total = 0;
  for (let k = 0; k < m; k++) total += revenue[order1[k]!]!;
  const abc = new Uint8Array(n).fill(2);
  const vip = new Uint8Array(n);
  const vipCount = ceilShare(vipFraction, m);
  let cumulative = 0;
  for (let k = 0; k < m; k++) {
    const c = order1[k]!;
    const before = cumulative / total;
    abc[c] = before < cutoffs[0] ? 0 : before < cutoffs[1] ? 1 : 2;
    if (k < vipCount) vip[c] = 1;
    cumulative += revenue[c]!;
  }

  // RFM over customers with a counted purchase: recency and orders are small integers
  // (histograms); monetary is sorted.
  let scored = 0;
  let maxRecency = 0;
  let maxOrders = 0;
  for (let c = 0; c < n; c++) {
    if (last[c] === NONE) continue;
    scored++;
    if (asOfDay - last[c]! > maxRecency) maxRecency = asOfDay - last[c]!;
    if (orders[c]! > maxOrders) maxOrders = orders[c]!;
  }
  const r = new Uint8Array(n);
  const f = new Uint8Array(n);
  const mScore = new Uint8Array(n);
  // below for recency: customers with strictly more days.
  const recencyHist = new Int32Array(maxRecency + 2);
  const ordersHist = new Int32Array(maxOrders + 2);
  for (let c = 0; c < n; c++) {
    if (last[c] === NONE) continue;
    recencyHist[asOfDay - last[c]!]!++;
    ordersHist[orders[c]!]!++;
  }
  // moreDays[d] = customers with recency > d; fewerOrders[o] = customers with orders < o.
  const moreDays = new Int32Array(maxRecency + 2);
  for (let d = maxRecency - 1; d >= 0; d--) moreDays[d] = moreDays[d + 1]! + recencyHist[d + 1]!;
  const fewerOrders = new Int32Array(maxOrders + 2);
  for (let o = 1; o <= maxOrders + 1; o++) fewerOrders[o] = fewerOrders[o - 1]! + ordersHist[o - 1]!;
  const active = new Int32Array(scored);
  for (let c = 0, k = 0; c < n; c++) {
    if (last[c] === NONE) continue;
    active[k++] = c;
    r[c] = 1 + Math.floor((bins * moreDays[asOfDay - last[c]!]!) / scored);
    f[c] = 1 + Math.floor((bins * fewerOrders[orders[c]!]!) / scored);
  }
  const byMoney = radixDescending(revenue, active); // descending; below = customers after the tie group
  for (let k = 0; k < scored; ) {
    let e = k + 1;
    while (e < scored && revenue[byMoney[e]!] === revenue[byMoney[k]!]) e++;
    const below = scored - e;
    const score = 1 + Math.floor((bins * below) / scored);
    for (let j = k; j < e; j++) mScore[byMoney[j]!] = score;
    k = e;
  }
  return { ids: book.customerIds, abc, vip, r, f, m: mScore, revenue };
}

/** `which` reordered by `values[which[k]]` descending: LSD radix sort, 16 bits a pass, stable. */
function radixDescending(values: Float64Array, which: Int32Array): Int32Array {
  const m = which.length;
  let idx = which.slice();
  let lo = new Uint32Array(m);
  let hi = new Uint32Array(m);
  const view = new DataView(values.buffer, values.byteOffset, values.byteLength);
  for (let k = 0; k < m; k++) {
    const c = idx[k]!;
    const h = view.getUint32(c * 8 + 4, true);
    const l = view.getUint32(c * 8, true);
    // Descending order = ascending order of the complemented sortable key.
    const negative = h >>> 31 === 1;
    const sh = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    const sl = negative ? ~l >>> 0 : l;
    hi[k] = ~sh >>> 0;
    lo[k] = ~sl >>> 0;
  }
  let nIdx = new Int32Array(m);
  let nLo = new Uint32Array(m);
  let nHi = new Uint32Array(m);
  const counts = new Int32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let k = 0; k < m; k++) counts[(word[k]! >>> shift) & 0xffff]!++;
    let total = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = total;
      total += c;
    }
    for (let k = 0; k < m; k++) {
      const at = counts[(word[k]! >>> shift) & 0xffff]!++;
      nIdx[at] = idx[k]!;
      nLo[at] = lo[k]!;
      nHi[at] = hi[k]!;
    }
    [idx, nIdx] = [nIdx, idx];
    [lo, nLo] = [nLo, lo];
    [hi, nHi] = [nHi, hi];
  }
  return idx;
}
