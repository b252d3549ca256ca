import { css } from 'lit';

export default css`
  table.matrix th,
  table.matrix td {
    text-align: center;
    border: 1px solid var(--_border);
  }
  td.cell {
    cursor: pointer;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    padding: 0.5em;
  }
  td.cell.stay {
    background: var(--_surface-alt);
    font-weight: 400;
  }
  td.cell.empty {
    color: var(--_muted);
    font-weight: 400;
  }
  td.cell[aria-selected='true'] {
    box-shadow: inset 0 0 0 3px var(--_highlight);
  }
  td.cell:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  [part='hint'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part='movers'] h3 {
    font-size: 1em;
    margin: 0 0 0.5em;
  }
  [part='movers'] ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  [part='mover'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .who {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part='mover'] dl {
    margin: 0.25em 0 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em var(--_space);
  }
  [part='mover'] dt {
    color: var(--_muted);
  }
  [part='mover'] dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
