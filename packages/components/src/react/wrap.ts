import * as React from 'react';
import { createComponent, type EventName, type Options, type ReactWebComponent } from '@lit/react';

/** The events a wrapper maps to props: prop name → event name (typed with `EventName<E>`). */
export type WrapperEvents = Record<string, EventName | string>;

/**
 * The React wrapper of one element: `createComponent` with this package's React, the tag, the
 * element class and, when the element has domain events, their props.
 *
 * @example
 * export const DossierAgenda = wrap('dossier-agenda', AgendaElement, { onDossierSelect: 'dossier-select' as EventName<DossierSelectEvent> });
 */
export function wrap<I extends HTMLElement, E extends WrapperEvents = Record<never, never>>(
  tagName: string,
  elementClass: Options<I, E>['elementClass'],
  events?: E,
): ReactWebComponent<I, E> {
  return createComponent<I, E>({ react: React, tagName, elementClass, ...(events ? { events } : {}) });
}
