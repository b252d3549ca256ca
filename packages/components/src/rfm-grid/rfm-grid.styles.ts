import { css } from 'lit';

export default css`
  .summary {
    margin: 0;
    font-weight: 600;
  }
  .axis-note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  table.grid {
    table-layout: fixed;
  }
  table.grid th,
  table.grid td {
    text-align: center;
    border: 1px solid var(--_border);
  }
  table.grid thead th:first-child {
    text-align: center;
  }
  td.cell {
    position: relative;
    padding: 0.4em 0.3em;
    cursor: pointer;
    vertical-align: top;
  }
  .heat {
    position: absolute;
    inset: 0;
    background: var(--_series);
    pointer-events: none;
  }
  .count,
  .segment {
    position: relative;
    display: block;
  }
  .count {
    font-size: 1.15em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .segment {
    font-size: max(12px, 0.85em);
    line-height: 1.25;
    /* Chinese names break between words (wrapWords, keep-all: 重要价值/客户); only a word wider
       than a phone's whole cell (an English one: Hibernating) is hyphenated where the browser
       can, else broken as a last resort, rather than spilling into the next cell */
    hyphens: auto;
  }
  .segment.words {
    overflow-wrap: anywhere;
  }
  table.grid thead th:first-child {
    width: 3.2em;
  }
  /* English names are single long words (Hibernating, Champions): below 28rem the grid scrolls
     sideways in its card rather than breaking them; Chinese names wrap between words and fit */
  [part='base']:not(:lang(zh)) table.grid {
    min-width: 28rem;
  }
  table.grid th,
  table.grid td.cell {
    padding-inline: 0.15em;
  }
  td.cell[aria-selected='true'] {
    box-shadow: inset 0 0 0 3px var(--_highlight);
  }
  td.cell:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  [part='inactive'] {
    margin: 0;
  }
`;
