/**
 * Who is reading. Issue 7 enforces sensitivity levels on reads; until then adapters accept
 * and pass it on, and never mask. Structurally compatible with core's `Viewer`.
 */
export interface StoreViewer {
  readonly userId: string;
  readonly role?: { readonly id: string } | undefined;
}
