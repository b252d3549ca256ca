import { css } from 'lit';

export default css`
  :host {
    display: block;
    /* The list answers to its own width (container queries), not to the page's: a narrow column
       of a wide page gets cards too. */
    container: dossier-customer-list / inline-size;
    --_row-height: var(--dossier-list-row-height, 2.75rem);
    /* Header and rows share one template, in the same font size, so every header sits over its cells. */
    --_columns: minmax(7em, 3fr) 6.5em minmax(5em, 1fr) minmax(4em, 1fr) minmax(4em, 1fr) minmax(8.5em, 1fr) minmax(9em, 1fr);
  }
  [part='base'] {
    display: grid;
    gap: var(--_space);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }
  /* Labels and headers are smaller than the values, never under 12 px (a page's 13 px base made 11 px). */
  label {
    display: grid;
    gap: 0.2em;
    font-size: max(12px, 0.85em);
    color: var(--_muted);
  }
  input,
  select,
  button {
    font: inherit;
    font-size: var(--_size);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3em 0.5em;
    min-height: 2.2em;
  }
  button {
    cursor: pointer;
  }
  [part='search'] {
    min-width: min(14em, 100%);
    width: 100%;
  }
  [part='toolbar'] > label:first-child {
    flex: 1 1 14em;
    min-width: 0;
  }
  /* Wide: the filters sit in the toolbar, and their disclosure's button is not needed. */
  [part='filters'] {
    display: contents;
  }
  [part='filters-toggle'] {
    display: none;
  }
  /* The two export buttons stay together, at the end of the toolbar's last line. */
  .exports {
    display: flex;
    gap: var(--_space);
    margin-inline-start: auto;
  }
  [part='count'] {
    margin: 0;
    color: var(--_muted);
  }
  .columns,
  [part~='row'] {
    display: grid;
    grid-template-columns: var(--_columns);
    gap: var(--_space);
    align-items: center;
    padding: 0 var(--_space);
  }
  /* A header is never cut: a long one (客户关系阶段, 近 12 个月销售额) wraps onto a second line at
     the columns' narrowest, and the headers sit on the line next to their cells. */
  .columns {
    align-items: end;
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.25em;
    /* The scroller below keeps a gutter for its scroll bar: the header keeps the same one. */
    overflow: hidden;
    scrollbar-gutter: stable;
  }
  .columns > span {
    font-size: max(12px, 0.85em);
    overflow-wrap: break-word;
  }
  [part='rows'] {
    height: var(--dossier-list-height, 24rem);
    overflow: auto;
    position: relative;
    border-radius: var(--_radius);
    /* The rows are swapped while scrolling: the browser must not shift the scroll to follow one. */
    overflow-anchor: none;
    scrollbar-gutter: stable;
  }
  /* Gives the scroller the height of every row; the rendered rows are placed over it. */
  .spacer {
    width: 1px;
  }
  [part='rows']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  [part~='row'] {
    /* One fixed height for every row: the windowing arithmetic relies on it. */
    position: absolute;
    top: 0;
    left: 0;
    width: 100%;
    height: var(--_row-height);
    border-bottom: 1px solid var(--_border);
    cursor: pointer;
  }
  [part~='row'] > * {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* Amounts and dates are never cut: their columns are wide enough for the longest. */
  [part~='row'] > .number,
  [part~='row'] > .date {
    text-overflow: clip;
  }
  [part~='row']:hover {
    background: var(--_surface-alt);
  }
  [part~='active'] {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  [part~='selected'] {
    background: var(--_surface-alt);
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .name {
    font-weight: 600;
  }
  .where {
    font-weight: 400;
    color: var(--_muted);
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .restricted {
    color: var(--_muted);
    font-style: italic;
  }
  [part='status'] {
    margin: 0;
    padding: var(--_space);
    color: var(--_muted);
  }
  [part='status'].error {
    color: var(--_danger);
  }
  /* Narrow (less than the columns' minimum widths, gaps and paddings): each customer is a card
     of three lines (name and grade; stage, region and owner; revenue and last purchase under
     their labels). The header row goes. */
  @container dossier-customer-list (max-width: 52em) {
    .columns {
      display: none;
    }
    /* The filters go behind the "筛选 / Filters" button (with the count of those active), so
       search, sort and export keep the toolbar to two lines; open, they follow the button. */
    /* First line: the search and the button; second: sort, direction (its arrow: the button's
       name says the rest) and the exports. */
    [part='toolbar'] > label:first-child {
      flex: 1 1 calc(100% - 8.5em);
    }
    [part='filters-toggle'] {
      display: inline-block;
    }
    /* The sort select gives way (it shows one choice) so that the exports stay on that line. */
    [part='toolbar'] > label:has(> [part='sort']) {
      flex: 1 1 4em;
      min-width: 0;
    }
    [part='sort'] {
      width: 100%;
      min-width: 0;
    }
    /* The button's accessible name (its aria-label) says the direction. */
    .direction-text {
      display: none;
    }
    [part='filters'] {
      display: none;
    }
    [part='filters'].open {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      flex-basis: 100%;
    }
    /* (The host is the container: a query can style only what is inside it, so the card height
       is set on the rows; the windowing measures a rendered row.) */
    [part~='row'] {
      height: var(--dossier-list-card-height, 6.5rem);
      /* Six tracks, filled in the cells' order: name (4) and grade (2); stage, region and owner
         (2 each); revenue and last purchase (3 each). */
      grid-template-columns: repeat(6, minmax(0, 1fr));
      /* Narrow gaps between the six tracks: at 320 px a date still fits in half a card. */
      gap: 0.15em 0.25em;
      align-content: center;
      padding: 0.35em var(--_space);
    }
    [part~='row'] > * {
      grid-column: span 2;
    }
    [part~='row'] > .name {
      grid-column: span 4;
    }
    [part~='row'] > .c-grade {
      justify-self: end;
    }
    [part~='row'] > .c-revenue,
    [part~='row'] > .c-last {
      grid-column: span 3;
    }
    [part~='row'] > .c-revenue {
      text-align: start;
    }
    [part~='row'] > [data-label]::before {
      display: block;
      content: attr(data-label);
      font-size: max(12px, 0.8em);
      color: var(--_muted);
      /* A long label (近 12 个月销售额) wraps over two lines rather than widening a 320 px card. */
      white-space: normal;
    }
  }
`;
