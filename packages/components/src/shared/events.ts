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

  /** Subclasses come from {@link dossierEvent}, which passes their `type`. */
  protected constructor(type: string, detail: D) {
    super(type, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/** What {@link dossierEvent} makes: a concrete `DossierEvent<D>` class named `T`. */
export interface DossierEventClass<D, T extends string> {
  new (detail: D): DossierEvent<D>;
  /** The event's name, as `addEventListener` takes it. */
  readonly type: T;
}

/**
 * The base class of one domain event: `DossierEvent<D>` with a static `type` (the literal
 * event name) and a constructor taking only the detail. Curried so that `D` is given and the
 * name's literal type is inferred.
 *
 * @example
 * export class DossierPingEvent extends dossierEvent<{ id: string }>()('dossier-ping') {}
 * DossierPingEvent.type; // 'dossier-ping' (its literal type too)
 */
export function dossierEvent<D>(): <T extends string>(type: T) => DossierEventClass<D, T> {
  return <T extends string>(type: T) =>
    class extends DossierEvent<D> {
      static readonly type: T = type;
      constructor(detail: D) {
        super(type, detail);
      }
    };
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
export class DossierSelectEvent extends dossierEvent<SelectDetail>()('dossier-select') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'dossier-select': DossierSelectEvent;
  }
}

/** What `dossier-unauthenticated` says: which store call the server refused, and its error. */
export interface UnauthenticatedDetail {
  /** A load, a write, or the change feed. */
  readonly source: 'load' | 'write' | 'feed';
  /** The store's error (code `unauthenticated`; its `messages` say "please sign in" per locale). */
  readonly error: Error;
}

/**
 * `dossier-unauthenticated`: the archive server answered 401 (nobody is signed in, or the
 * session ended). The element shows "please sign in"; the page may send the person to its
 * sign-in page. Cancelable like every Dossier event (nothing follows from it in the element).
 * Every element whose call is refused fires it, so listen once: a second `location.assign`
 * aborts the navigation the first one started.
 *
 * @example
 * document.addEventListener('dossier-unauthenticated', () => location.assign('/login?next=' + encodeURIComponent(location.pathname)), { once: true });
 */
export class DossierUnauthenticatedEvent extends dossierEvent<UnauthenticatedDetail>()('dossier-unauthenticated') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'dossier-unauthenticated': DossierUnauthenticatedEvent;
  }
}
