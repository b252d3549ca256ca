import { css } from 'lit';

export default css`
  .summary {
    margin: 0;
    font-weight: 600;
  }
  .axis-note {
    margin: 0;
    color: var(--_muted);
    font-size: max(12px, 0.9em);
  }
  /* columns share the width equally (their headers' widths) but never get narrower than their
     longest word: a grid wider than the card scrolls in its region instead of breaking words */
  table.grid {
    table-layout: auto;
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
    /* names break between words only: Chinese ones at wrapWords' <wbr>s (keep-all: 重要价值/客户),
       English ones at spaces (Potential / loyalist), never inside a word */
    hyphens: manual;
  }
  table.grid thead th:first-child {
    width: 3.2em;
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
