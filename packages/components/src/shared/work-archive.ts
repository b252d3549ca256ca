import type { Contact, Contract, Customer, Interaction, Opportunity, ServiceCase, Task, Transaction, Viewer, WorkArchive } from '@dossier/core';
import type { Query, Store } from '@dossier/storage-adapters';

type Loadable = 'customer' | 'contact' | 'transaction' | 'interaction' | 'opportunity' | 'task' | 'service-case' | 'contract';

/** Every page of a list, through the cursor. */
async function listAll<T>(store: Store, kind: Loadable, query: Query, signal?: AbortSignal): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    if (signal?.aborted) return out;
    const page = await store.list(kind, { ...query, limit: 1000, cursor });
    for (const item of page.items) out.push(item.value as unknown as T);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return out;
}

// Instants read from a store of plain JSON kinds are ISO strings; core's functions take Dates.
const instant = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));

/**
 * Loads what core's work functions (`agenda`, `customerSummary`, `receivablesAgeing`) read,
 * through the store contract, naming the viewer on every read (a privacy store masks what the
 * viewer may not read): the customers of `owners` (all when undefined), or the one customer of
 * `customerId`, and their contacts, transactions, interactions, opportunities, tasks, service
 * cases and contracts.
 *
 * @example
 * const archive = await loadWorkArchive(store, { viewer, owners: ['rep-7'] });
 * agenda(archive, { asOf: '2026-03-31', viewer });
 */
export async function loadWorkArchive(
  store: Store,
  options: { viewer: Viewer; owners?: readonly string[] | undefined; customerId?: string | undefined; signal?: AbortSignal | undefined },
): Promise<WorkArchive> {
  const { viewer, signal } = options;
  const read = { viewer };
  let customers: Customer[];
  if (options.customerId !== undefined) {
    const one = await store.get('customer', options.customerId, read);
    customers = one ? [one.value as unknown as Customer] : [];
  } else {
    customers = await listAll<Customer>(store, 'customer', { ...read, ...(options.owners ? { owner: options.owners } : {}) }, signal);
  }
  customers = customers.map((c) => ({ ...c, createdAt: instant(c.createdAt), updatedAt: instant(c.updatedAt) }));
  const ids = customers.map((c) => c.id);
  const related = async <T>(kind: Loadable): Promise<T[]> => {
    const out: T[] = [];
    // A filter of a few hundred ids at a time keeps an HTTP query string short.
    for (let i = 0; i < ids.length; i += 200) out.push(...(await listAll<T>(store, kind, { ...read, customerId: ids.slice(i, i + 200) }, signal)));
    return out;
  };
  const [contacts, transactions, interactions, opportunities, tasks, serviceCases, contracts] = await Promise.all([
    related<Contact>('contact'),
    related<Transaction>('transaction'),
    related<Interaction>('interaction'),
    related<Opportunity>('opportunity'),
    related<Task>('task'),
    related<ServiceCase>('service-case'),
    related<Contract>('contract'),
  ]);
  return { customers, contacts, transactions, interactions: interactions.map((i) => ({ ...i, at: instant(i.at) })), opportunities, tasks, serviceCases, contracts };
}
