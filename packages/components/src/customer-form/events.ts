import { dossierEvent } from '../shared/events.js';
import type { JsonObject } from './json.js';

/** What `dossier-save` says: what was saved, and at which revision. */
export interface SaveDetail {
  /** The customer as saved (stored JSON: instants as ISO strings). */
  readonly customer: JsonObject;
  /** Its new revision in the store; undefined when no store is connected. */
  readonly rev: number | undefined;
  /** The contacts written with it (new or changed), as stored JSON. */
  readonly contacts: readonly JsonObject[];
  /** Whether the record is new (the first revision). */
  readonly created: boolean;
}

/**
 * `dossier-save`: the form saved the customer (through the store, with the revision it was based
 * on), or, with no store connected, checked it and hands it to the page.
 *
 * @example
 * form.addEventListener('dossier-save', (event) => console.log(event.detail.rev));
 */
export class DossierSaveEvent extends dossierEvent<SaveDetail>()('dossier-save') {}

/** One record that someone else changed while the form was editing it. */
export interface ConflictSummary {
  readonly kind: 'customer' | 'contact';
  readonly id: string;
  /** The revision the form started from. */
  readonly baseRev: number;
  /** The revision the store holds now (0 when the record is gone). */
  readonly currentRev: number;
  /** Who wrote the current revision. */
  readonly by: string | undefined;
  /** Paths of the fields where the two versions differ (readable by the viewer only). */
  readonly fields: readonly string[];
}

/** What `dossier-conflict` says. */
export interface ConflictDetail {
  readonly conflicts: readonly ConflictSummary[];
}

/**
 * `dossier-conflict`: a save found that someone else had saved a newer revision; nothing was
 * written, and the form now shows both versions for the person to choose per field.
 *
 * @example
 * form.addEventListener('dossier-conflict', (event) => log(event.detail.conflicts[0].currentRev));
 */
export class DossierConflictEvent extends dossierEvent<ConflictDetail>()('dossier-conflict') {}

/** What `dossier-edit-profile` says: whose key-person profile to edit. */
export interface EditProfileDetail {
  /** The contact (stored) whose profile (关键人物档案) the person wants to edit. */
  readonly contactId: string;
  /** Its customer. */
  readonly customerId: string;
}

/**
 * `dossier-edit-profile`: the person asked to edit a contact's key-person profile. The form does
 * not load the (heavy) profile editor itself: the page opens `<dossier-profile-editor
 * contact-id=…>` (a dialog, a route), importing it when first needed.
 *
 * @example
 * form.addEventListener('dossier-edit-profile', async (event) => {
 *   await import('@dossier/components/define/profile-editor');
 *   dialog.replaceChildren(Object.assign(document.createElement('dossier-profile-editor'), { contactId: event.detail.contactId }));
 * });
 */
export class DossierEditProfileEvent extends dossierEvent<EditProfileDetail>()('dossier-edit-profile') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'dossier-save': DossierSaveEvent;
    'dossier-conflict': DossierConflictEvent;
    'dossier-edit-profile': DossierEditProfileEvent;
  }
}
