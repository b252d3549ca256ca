import type { Period } from './period.js';
import { dossierEvent } from '../shared/events.js';

/**
 * Which customers a drill-down asks for. Every key set narrows the list (they combine with
 * AND); a `null` value asks for the customers the dimension leaves unassigned.
 */
export interface DrillDownFilter {
  /** ABC grade (a composition by grade). */
  readonly grade?: string | null;
  /** RFM segment (an RFM cell), with the cell's scores in `rfm`. */
  readonly segment?: string;
  readonly rfm?: { readonly r: number; readonly f: number };
  /** The customers who bought a product, or a product category. */
  readonly product?: string | null;
  readonly category?: string | null;
  /** A sales rep's customers (their id). */
  readonly rep?: string | null;
  /** A sales territory (大区) or a customer nature. */
  readonly territory?: string | null;
  readonly nature?: string | null;
  /** Any other dimension of a composition: its name (the chart's `dimension`) and the group's key. */
  readonly group?: { readonly dimension: string; readonly key: string | null };
  /** The first `topCustomers` customers ranked by revenue in the period (a point of the Pareto curve). */
  readonly topCustomers?: number;
  /** The customers themselves, when the report knows them (an RFM cell of a grading with ids). */
  readonly customerIds?: readonly string[];
}

/** What `dossier-drill-down` says. */
export interface DrillDownDetail {
  /** The report drilled into: `pareto`, `composition`, `rfm`, `product`, `efficiency` (or another report's name). */
  readonly report: string;
  /** Which customers to list. */
  readonly filter: DrillDownFilter;
  /** What was chosen, in the locale, as shown ("重要价值客户", "华东区", "王芳"): a heading for the list. */
  readonly label: string;
  /** The period the report covers, when it was given one (`from` included, `to` excluded). */
  readonly period?: Period;
}

/**
 * `dossier-drill-down`: a person chose a cell, bar, segment, point or row of a report (click,
 * Enter or Space) to see the customers behind it. The report changes nothing itself: the page
 * opens its customer list filtered by `detail.filter`. Bubbles and is composed, so one listener
 * on the page serves every report. Cancelable (the report then leaves its selection as it was).
 *
 * @example
 * document.addEventListener('dossier-drill-down', (e) => openCustomerList(e.detail.filter, e.detail.label));
 */
export class DossierDrillDownEvent extends dossierEvent<DrillDownDetail>()('dossier-drill-down') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'dossier-drill-down': DossierDrillDownEvent;
  }
}
