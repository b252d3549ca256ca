// The browser half of the customer-list benchmark: renders <dossier-customer-list> with N
// rows and reports how long the first frame took and how many rows reached the DOM.
import { DossierCustomerList } from '../../packages/components/src/customer-list/customer-list.ts';
import { syntheticRows } from '../../packages/components/src/testing-fixtures/rows.ts';

customElements.define('dossier-customer-list', DossierCustomerList);

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export interface ListMeasure {
  ms: number;
  domRows: number;
  domRowsAfterScroll: number;
}

async function measure(count: number): Promise<ListMeasure> {
  const rows = syntheticRows(count); // made before the clock starts: the list is measured, not the data
  const list = document.createElement('dossier-customer-list') as DossierCustomerList;
  const start = performance.now();
  list.rows = rows;
  document.body.append(list);
  await list.updateComplete;
  const options = () => list.shadowRoot!.querySelectorAll('[role=option]').length;
  // The virtualiser lays rows out after it has measured itself: wait for the first rows.
  while (options() === 0 && performance.now() - start < 10_000) await frame();
  const ms = performance.now() - start;
  const domRows = options();
  const scroller = list.shadowRoot!.querySelector<HTMLElement>('[part~=rows]');
  if (scroller) scroller.scrollTop = scroller.scrollHeight / 2;
  for (let i = 0; i < 5; i++) await frame();
  const domRowsAfterScroll = options();
  list.remove();
  return { ms, domRows, domRowsAfterScroll };
}

(globalThis as { measureList?: typeof measure }).measureList = measure;
