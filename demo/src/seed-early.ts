// Loaded by index.html before the page's own modules: on a browser that has not seeded the
// archive yet, the generator starts now, while the elements and the app are still loading.
import { customerCount, demoSeed, indexedDbCustomers, seededHint, startEarly, todayIso } from './seed-client.js';

if (!seededHint('idb')) startEarly({ seed: demoSeed, customers: customerCount(indexedDbCustomers), asOf: todayIso() });
