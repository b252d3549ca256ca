import { generateTransactionColumns } from '/work/main/packages/core/src/sample/index.ts';
const customers = Number(process.argv[2] ?? 1e6), transactions = Number(process.argv[3] ?? 1e7);
const t0 = performance.now();
const book = generateTransactionColumns({ seed: 42, customers, transactions, asOf: '2026-01-01' });
const t1 = performance.now();
console.log('ms', Math.round(t1 - t0), 'len', book.length, 'orders', book.orderIds?.length, 'rss MB', Math.round(process.memoryUsage().rss / 1e6), 'heap', Math.round(process.memoryUsage().heapUsed/1e6), 'ab', Math.round(process.memoryUsage().arrayBuffers/1e6));
// pareto
const rev = new Float64Array(book.customerIds.length);
let ret = 0;
for (let i = 0; i < book.length; i++) { rev[book.customer[i]!] += book.amount[i]!; if (book.amount[i]! < 0) ret++; }
const sorted = Array.from(rev).sort((a, b) => b - a);
const tot = sorted.reduce((a, b) => a + b, 0);
const top = sorted.slice(0, Math.round(customers * 0.2)).reduce((a, b) => a + b, 0);
console.log('top20 share', (top / tot).toFixed(3), 'returns', (ret / book.length).toFixed(4), 'zero customers', sorted.filter(x=>x===0).length);
