/**
 * Registers one Dossier element under its tag, once per page: a tag already taken (say, by a
 * second copy of the package) is left alone rather than throwing. Used by `define.ts` (every
 * element) and by the one-element entries beside this file
 * (`import '@dossier/components/define/tier-badge';`).
 */
import { ContextRoot } from '@lit/context';

// Elements upgraded before their <dossier-provider> would miss its context; a ContextRoot
// replays their requests when the provider arrives (once per page, whatever the copies).
const rootKey = Symbol.for('dossier:context-root');

/**
 * Defines `tag` as `element` unless the tag is taken.
 *
 * @example
 * register('dossier-tier-badge', DossierTierBadge);
 */
export function register(tag: string, element: CustomElementConstructor): void {
  const page = globalThis as { [rootKey]?: ContextRoot };
  if (!page[rootKey] && typeof document !== 'undefined') {
    page[rootKey] = new ContextRoot();
    page[rootKey].attach(document.documentElement);
  }
  if (!customElements.get(tag)) customElements.define(tag, element);
}
