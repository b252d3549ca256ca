import { personName } from '@dossier/core';
import { DossierElement } from './dossier-element.js';

/**
 * The base of the elements that show people (owners, authors, actors): a {@link DossierElement}
 * (which resolves the people directory once, `resolvedPeople`) that names them through core's
 * `personName` in the locale in force. Kept apart so that elements naming nobody (the tier
 * badge) do not carry core's naming.
 *
 * @example
 * class DossierThing extends DossierPeopleElement {
 *   render() { return html`<p>${this.personName(this.ownerId)}</p>`; }
 * }
 */
export class DossierPeopleElement extends DossierElement {
  /** The name of the person with this id in the locale in force (core's `personName`). */
  protected personName(id: string | undefined): string {
    return personName(this.resolvedPeople, id, this.resolvedLocale);
  }
}
