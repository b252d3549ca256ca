/**
 * Helpers shared by the elements' browser tests (not part of the package build).
 */
import type { AxeResults, RunOptions } from 'axe-core';
import { sendKeys } from '@web/test-runner-commands';

declare global {
  interface Window {
    axe?: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

let loading: Promise<void> | undefined;

/** Loads axe-core once as a classic script (it is a UMD bundle, not an ES module). */
function loadAxe(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(script);
  });
  return loading;
}

/**
 * Runs axe on an element (shadow roots included) and returns a readable list of violations;
 * tests assert that it is empty.
 *
 * @example
 * expect(await axeViolations(el)).to.deep.equal([]);
 */
export async function axeViolations(element: Element): Promise<string[]> {
  await loadAxe();
  const results = await window.axe!.run(element, { resultTypes: ['violations'] });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.failureSummary ?? ''} @ ${JSON.stringify(n.target)}`));
}

/** Script and markup payloads every text field is filled with in the hostile-data tests. */
export const hostileStrings = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'); DROP TABLE customers;--",
  '<a href="javascript:alert(1)">x</a>',
] as const;

/** One hostile payload containing an img and a script tag, used for names. */
export const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';

/**
 * Asserts-helper: whether a root contains any element a payload could have injected.
 *
 * @example
 * expect(injectedElements(el.shadowRoot!)).to.equal(0);
 */
export function injectedElements(root: ParentNode): number {
  return root.querySelectorAll('img, script, svg[onload], iframe, [onerror], [onload], a[href^="javascript"]').length;
}

/**
 * The visible texts of a root (nested open shadow roots too) drawn below `min` CSS px, as
 * "class-or-tag size text" lines: labels must stay readable (≥ 12 px) whatever base size a page
 * gives. Visually hidden text (clipped) is left out.
 *
 * @example
 * expect(smallTexts(el.shadowRoot!)).to.deep.equal([]);
 */
export function smallTexts(root: ShadowRoot | Element, min = 12): string[] {
  const small: string[] = [];
  const walk = (parent: ParentNode) => {
    for (const element of parent.querySelectorAll<HTMLElement>('*')) {
      if (element.shadowRoot) walk(element.shadowRoot);
      const text = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join('');
      if (!text || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)') continue;
      const px = parseFloat(style.fontSize);
      if (px < min) small.push(`${element.className || element.localName} ${px.toFixed(1)}px ${text.slice(0, 24)}`);
    }
  };
  walk(root);
  return small;
}

/** All text of a shadow root, including nested open shadow roots, for masking assertions. */
export function deepText(root: ShadowRoot | Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    if (node instanceof Element) {
      for (const attr of node.getAttributeNames()) text += ` ${node.getAttribute(attr) ?? ''} `;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text;
}

/** All markup of a shadow root and its nested open shadow roots. */
export function deepHTML(root: ShadowRoot | Element): string {
  let html = root instanceof ShadowRoot ? root.innerHTML : root.outerHTML;
  const walk = (node: ParentNode) => {
    node.querySelectorAll('*').forEach((child) => {
      if (child.shadowRoot) {
        html += child.shadowRoot.innerHTML;
        walk(child.shadowRoot);
      }
    });
  };
  walk(root);
  return html;
}

// "ResizeObserver loop completed with undelivered notifications" is a benign browser report
// (the virtualizer measures rows that resize while laid out); it is not an error of the code
// under test, and the test runner would otherwise fail the test that happens to be running.
window.addEventListener(
  'error',
  (event) => {
    if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);

/**
 * Waits until every Lit element in a subtree (light DOM and open shadow roots) has rendered.
 * Unlike a frame, this needs no `requestAnimationFrame`, which does not fire while the test
 * page is hidden (the runner keeps two pages open at once).
 *
 * @example
 * await rendered(wrapper);
 */
export async function rendered(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending: Promise<unknown>[] = [];
    const walk = (node: Element | ShadowRoot) => {
      for (const child of node.querySelectorAll('*')) {
        const update = (child as Element & { updateComplete?: Promise<unknown> }).updateComplete;
        if (update) pending.push(update);
        if (child.shadowRoot) walk(child.shadowRoot);
      }
    };
    walk(root);
    if (pending.length === 0) return;
    await Promise.all(pending);
  }
}

/**
 * Presses a key for real (through the test runner's browser), so that a focused native button
 * reacts as it does to a person; a dispatched KeyboardEvent would not activate it.
 */
export async function press(key: 'Enter' | 'Space'): Promise<void> {
  await sendKeys({ press: key });
}

/**
 * Waits until `done()` holds, checking every 10 ms for at most `timeoutMs`. The bound is a time,
 * not a number of tries, and a generous one: a loaded machine (CI runs beside other jobs) may take
 * far longer than a quiet one to deliver a store's answer. It never throws; the caller's `expect`
 * that follows reports what is wrong.
 *
 * @example
 * await eventually(() => el.shadowRoot!.querySelector('[role=alert]') !== null);
 */
export async function eventually(done: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!done() && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
}
