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

/** What `dossier-select` says: which customer was chosen, and where it was in the list. */
export interface SelectDetail {
  /** Id of the chosen customer. */
  readonly customerId: string;
  /** Position of the customer in the list as shown (after filter and sort), 0-based. */
  readonly index: number;
}

/**
 * `dossier-select`: a person chose a customer (click, Enter or Space). Cancelable: calling
 * `preventDefault()` keeps the previous selection.
 *
 * @example
 * list.addEventListener('dossier-select', (event) => openCard(event.detail.customerId));
 */
export class DossierSelectEvent extends DossierEvent<SelectDetail> {
  static readonly type = 'dossier-select';
  constructor(detail: SelectDetail) {
    super(DossierSelectEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dossier-select': DossierSelectEvent;
  }
}
