import { startChromiumBench } from '/work/main/bench/storage/chromium.ts';
const b = await startChromiumBench();
const o = { customers: 10000, transactions: 50000, chunk: 5000, seed: 1, asOf: '2026-01-01' };
console.log('dexie', await b.run('dexie', o));
console.log('adapter', await b.run('adapter', o));
await b.close();
