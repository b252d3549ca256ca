/**
 * Registers every Dossier element (the package's only side effect). Import it once:
 * `import '@dossier/components/define';`. Each tag is defined only if it is still free, so
 * two copies of the package on a page do not throw.
 *
 * To add an element: one line in `elements` below.
 */
import { DossierTierBadge } from './tier-badge/tier-badge.js';

const elements: Record<string, CustomElementConstructor> = {
  'dossier-tier-badge': DossierTierBadge,
};

for (const [tag, element] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
