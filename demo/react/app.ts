// The React example: Dossier's elements as typed React components (@dossier/components/react),
// with properties passed as objects and domain events as props. Written with createElement so
// that it needs no JSX setup; in JSX it reads:
//
//   <DossierProvider store={store} viewer={viewer} locale="zh-CN">
//     <DossierCustomerList onDossierSelect={(e) => setSelected(e.detail.customerId)} />
//     {selected && <DossierCustomerCard customerId={selected} />}
//   </DossierProvider>
import { createElement as h, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultRoles, type Viewer } from '@dossier/core';
import { generateArchive } from '@dossier/core/sample';
import { createMemoryStore, dossierKinds, type DossierRecords } from '@dossier/storage-adapters';
import { DossierCustomerCard, DossierCustomerList, DossierProvider, DossierTierBadge } from '@dossier/components/react';

const viewer: Viewer = { userId: 'M001', role: defaultRoles['sales-manager'] };

/** A small archive in memory: 40 generated customers with their contacts. */
async function sampleStore() {
  const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds(), actor: 'M001' });
  const archive = generateArchive({ seed: 3, customers: 40, asOf: '2026-07-01' });
  await store.batch([
    ...archive.customers.map((value) => ({ op: 'put' as const, kind: 'customer' as const, value })),
    ...archive.contacts.map((value) => ({ op: 'put' as const, kind: 'contact' as const, value })),
  ]);
  return store;
}

function App({ store }: { store: Awaited<ReturnType<typeof sampleStore>> }) {
  const [selected, setSelected] = useState<string>();
  const badge = useMemo(() => h(DossierTierBadge, { grade: 'A', vip: true }), []);
  return h(
    DossierProvider,
    { store, viewer, locale: 'zh-CN' },
    h('header', { className: 'react-header' }, h('h1', null, 'Dossier × React'), badge),
    h('p', { id: 'selected' }, selected ? `selected: ${selected}` : 'nothing selected'),
    h(DossierCustomerList, { onDossierSelect: (event) => setSelected(event.detail.customerId) }),
    selected ? h(DossierCustomerCard, { customerId: selected, headingLevel: 2 }) : null,
  );
}

const root = document.querySelector('#root')!;
createRoot(root).render(h(App, { store: await sampleStore() }));
