import { beautySalonTemplate } from './beauty-salon.js';
import { hotelGuestTemplate } from './hotel-guest.js';
import { insuranceClientTemplate } from './insurance-client.js';
import { retailMembershipTemplate } from './retail-membership.js';
import type { ProfileTemplate } from './profile-template.js';

/**
 * The profile templates Dossier ships: beauty salon, hotel guest history, insurance client and
 * retail membership.
 *
 * @example
 * const templates = createTemplateRegistry(builtInProfileTemplates);
 */
export const builtInProfileTemplates: readonly ProfileTemplate[] = [
  beautySalonTemplate,
  hotelGuestTemplate,
  insuranceClientTemplate,
  retailMembershipTemplate,
];
