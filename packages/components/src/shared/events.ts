/**
 * Domain events of Dossier's elements. Every domain event is a subclass of {@link DossierEvent}
 * with a typed `detail`, registered in `GlobalEventHandlersEventMap` beside the element that
 * fires it, and dispatched through {@link emit} — the one place that sets `bubbles` and
 * `composed`, so every event crosses shadow roots the same way.
 */

/** Base class of every `dossier-*` event: bubbles, composed, cancelable, typed detail. */
export abstract class DossierEvent<D> extends Event {
  /** What happened, typed per event. */
  readonly detail: D;

  /**
   * @example
   * class DossierPingEvent extends DossierEvent<{ id: string }> {
   *   constructor(detail: { id: string }) { super('dossier-ping', detail); }
   * }
   */
  protected constructor(type: string, detail: D) {
    super(type, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/**
 * Dispatches a domain event from an element. Returns `false` when a listener called
 * `preventDefault()`, so the element can skip its default action.
 *
 * @example
 * emit(this, new DossierSelectEvent({ customerId: 'c1', index: 0 }));
 */
export function emit(target: EventTarget, event: DossierEvent<unknown>): boolean {
  return target.dispatchEvent(event);
}
