import { css } from 'lit';
import { fieldControl, outlinedButton, panel } from '../shared/panel.styles.js';
import { scrollRegionStyles } from './scroll-region.js';
import { dateInputStyles } from '../shared/date-input.js';

/**
 * Rules shared by the report widgets: the figure, the SVG plot and its focus layer, axes,
 * the data table (hidden on screen until toggled, always printed), report tables, status
 * lines, and print (no dark background, tables shown, no buttons).
 *
 * | Token | Light | Dark |
 * |---|---|---|
 * | `--dossier-chart-series` | accent | accent |
 * | `--dossier-chart-grid` | border colour | border colour |
 * | `--dossier-chart-highlight` | #d4a72c | #e3b341 |
 *
 * The figure's panel and the outlined buttons are shared/panel.styles.ts's, as the card's.
 */
export const chartStyles = [panel, outlinedButton, dateInputStyles, css`
  :host {
    display: flex;
    flex-direction: column;
    --_series: var(--dossier-chart-series, var(--_accent));
    --_grid: var(--dossier-chart-grid, var(--_border));
    --_highlight: var(--dossier-chart-highlight, #9a6700);
  }
  :host(:state(dark)) {
    --_highlight: var(--dossier-chart-highlight, #e3b341);
  }
  [part='base'] {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    flex: 1 0 auto;
    min-width: 0;
  }
  [part='base'] > * {
    min-width: 0;
  }
  [part='title'] {
    font-weight: 600;
    font-size: 1.05em;
  }
  /* the plot box is measured; its drawings fill it in CSS pixels (one viewBox unit = 1 px), so
     labels keep 12 px at any width; it grows when the page makes the element taller */
  .plot {
    position: relative;
    flex: 1 0 auto;
  }
  svg {
    display: block;
    overflow: visible;
  }
  .plot > svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  svg text {
    fill: var(--_text);
    font-family: var(--_font);
    font-size: max(12px, 0.875em);
  }
  .axis-line,
  .tick line {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .tick text,
  .axis-title {
    fill: var(--_muted);
  }
  .grid {
    stroke: var(--_grid);
    stroke-dasharray: 2 3;
  }
  .focus-layer .hit {
    fill: transparent;
    stroke: none;
    cursor: pointer;
  }
  .focus-layer .hit:focus {
    outline: none;
  }
  .focus-layer .hit:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3;
    outline: none;
  }
  /* a label from wrapWords(): breaks only at its <wbr>s, between words */
  .words {
    word-break: keep-all;
    overflow-wrap: normal;
  }
  [part='period'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: center;
  }
  [part='period'] label {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    white-space: nowrap;
  }
  [part='period'] select,
  [part='period'] input {
    ${fieldControl}
    padding: 0.1em 0.3em;
  }
  [part='readout'] {
    min-height: 1.4em;
    margin: 0;
    color: var(--_muted);
  }
  [part='status'] {
    margin: 0;
    color: var(--_muted);
  }
  [part='status'].error {
    color: var(--_danger);
  }
  button {
    align-self: flex-start;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.35em;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.3em 0.5em;
    text-align: end;
    overflow-wrap: break-word;
  }
  th:first-child,
  td:first-child,
  thead th:first-child {
    text-align: start;
  }
  thead th {
    color: var(--_muted);
    font-weight: 600;
    vertical-align: bottom;
  }
  .data-table.open {
    max-height: 24rem;
    overflow: auto;
  }
  ${scrollRegionStyles}
  @media print {
    :host,
    :host(:state(dark)) {
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_surface-alt: #f2f2f2;
      --_border: #999;
      --_grid: #bbb;
      --_accent: var(--dossier-color-accent, #0b5cad);
      --_highlight: var(--dossier-chart-highlight, #9a6700);
      color-scheme: light;
    }
    [part='base'] {
      border: none;
      padding: 0;
      break-inside: avoid;
    }
    .data-table.visually-hidden {
      position: static;
      width: auto;
      height: auto;
      margin: 0.5em 0 0;
      overflow: visible;
      clip: auto;
      white-space: normal;
    }
    .data-table.open {
      max-height: none;
      overflow: visible;
    }
    button,
    .focus-layer,
    [part='readout'] {
      display: none;
    }
  }
`];

/** Rules of the report tables (efficiency, products). */
export const reportTableStyles = css`
  [part='table'] thead th {
    padding: 0;
  }
  button.sort {
    border: none;
    border-radius: 0;
    width: 100%;
    padding: 0.3em 0.5em;
    color: inherit;
    font-weight: 600;
    text-align: inherit;
  }
  button.sort:hover {
    background: var(--_surface-alt);
  }
  tbody tr:hover {
    background: var(--_surface-alt);
  }
  tbody th {
    font-weight: 600;
    min-width: 6em;
  }
  button.drill {
    border: none;
    padding: 0;
    font-weight: inherit;
    text-align: start;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  /* the lines around a report table: its summary, notes on what is missing or left out */
  [part='summary'],
  [part='note'],
  [part='hidden-columns'],
  [part='effort-note'],
  .note {
    margin: 0;
    color: var(--_muted);
  }
  [part='table'] {
    min-width: 100%;
  }
  [part='table'] td,
  [part='table'] thead th {
    white-space: nowrap;
    overflow-wrap: normal;
  }
  /* the row headers (rep, product) stay in view while a wide table scrolls sideways */
  [part='table'] tbody th,
  [part='table'] tfoot th,
  [part='table'] thead th:first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_surface);
  }
  tbody tr:hover th {
    background: var(--_surface-alt);
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-top: 2px solid var(--_border);
  }
  svg.bar {
    display: inline-block;
    width: 48px;
    height: 8px;
    margin-inline-end: 0.4em;
    vertical-align: middle;
  }
  svg.bar rect {
    fill: var(--_series);
  }
  @media print {
    button.sort {
      padding: 0.2em;
    }
    .arrow {
      display: none;
    }
  }
`;
