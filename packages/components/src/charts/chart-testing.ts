/**
 * Test helpers of the report elements (imported by tests only, never by an entry).
 */
import { eventually, press } from '../testing-fixtures/index.js';

/**
 * Waits until a chart has measured its plot box and drawn in it (its `frame` is as wide as the
 * plot), so that coordinates can be checked against the frame.
 *
 * @example
 * const el = await fixture(html`<dossier-pareto-chart .pareto=${p}></dossier-pareto-chart>`);
 * await measured(el);
 */
export async function measured(el: HTMLElement & { readonly frame: { readonly width: number }; readonly updateComplete: Promise<boolean> }): Promise<void> {
  // the drawing's viewBox is the plot box: as wide, and as high once the height has settled
  const settled = () => {
    const plot = el.shadowRoot!.querySelector('.plot')?.getBoundingClientRect();
    const box = el.shadowRoot!.querySelector('.plot > svg')?.getAttribute('viewBox')?.split(' ').map(Number);
    return !!plot && !!box && Math.round(plot.width) === el.frame.width && box[2] === el.frame.width && Math.abs(box[3]! - Math.round(plot.height)) <= 1;
  };
  await eventually(settled);
  await el.updateComplete;
}

/**
 * The font size in CSS pixels at which every SVG text of a root is rendered: its computed
 * font size times the scale of its screen transform (a drawing scaled down shrinks its labels).
 */
export function renderedTextSizes(root: ParentNode): { text: string; px: number }[] {
  return [...root.querySelectorAll<SVGTextElement>('svg text')]
    .filter((t) => (t.textContent ?? '').trim() !== '')
    .map((t) => {
      const ctm = t.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      return { text: t.textContent!.trim(), px: Math.round(parseFloat(getComputedStyle(t).fontSize) * scale * 100) / 100 };
    });
}

/** A report table's first column (its row headers) and a column's `aria-sort`, at one moment. */
export interface SortStep {
  readonly order: string[];
  readonly sort: string | null;
}

/**
 * Sorts a report element's table from the keyboard: focuses the header button of column `key`,
 * presses Enter, then Space, and gives the row headers' order and the header's `aria-sort`
 * before and after each press. Fails when a press moves the focus off the header.
 *
 * @example
 * expect(await keyboardSorts(el, 'rep')).to.deep.equal([{ order: ['wang', 'li'], sort: 'none' }, …]);
 */
export async function keyboardSorts(el: HTMLElement & { readonly updateComplete: Promise<boolean> }, key: string): Promise<SortStep[]> {
  const root = el.shadowRoot!;
  const button = () => root.querySelector<HTMLButtonElement>(`button.sort[data-key="${key}"]`)!;
  const step = (): SortStep => ({
    order: [...root.querySelectorAll('[part=table] tbody tr > th')].map((th) => th.textContent!.trim()),
    sort: button().closest('th')!.getAttribute('aria-sort'),
  });
  const steps = [step()];
  button().focus();
  for (const keyName of ['Enter', 'Space'] as const) {
    await press(keyName);
    await el.updateComplete;
    if ((root.activeElement as HTMLElement | null)?.dataset['key'] !== key) throw new Error(`${keyName} moved the focus off the ${key} header`);
    steps.push(step());
  }
  return steps;
}
