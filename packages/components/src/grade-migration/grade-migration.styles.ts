import { css } from 'lit';

export default css`
  :host {
    --_up: var(--dossier-color-up, #116329);
    --_down: var(--dossier-color-down, #b42318);
    --_up-bg: color-mix(in srgb, var(--_up) 14%, var(--_surface));
    --_down-bg: color-mix(in srgb, var(--_down) 12%, var(--_surface));
  }
  :host(:state(dark)) {
    --_up: var(--dossier-color-up, #3fb950);
    --_down: var(--dossier-color-down, #ff938a);
  }
  table.matrix th,
  table.matrix td {
    text-align: center;
    border: 1px solid var(--_border);
  }
  table.matrix th {
    /* "新 A 类客户" breaks at its spaces, never inside 客户 */
    word-break: keep-all;
  }
  td.cell {
    cursor: pointer;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    padding: 0.5em;
    white-space: nowrap;
  }
  td.cell.stay {
    background: var(--_surface-alt);
    font-weight: 400;
  }
  td.cell.up:not(.empty) {
    background: var(--_up-bg);
    color: var(--_up);
  }
  td.cell.down:not(.empty) {
    background: var(--_down-bg);
    color: var(--_down);
  }
  td.cell .arrow {
    margin-inline-end: 0.2em;
  }
  td.cell.empty {
    color: var(--_muted);
    font-weight: 400;
  }
  td.cell.empty .arrow {
    visibility: hidden;
  }
  .cell-lost {
    display: block;
    font-size: max(12px, 0.8em);
    font-weight: 600;
  }
  td.cell[aria-selected='true'] {
    box-shadow: inset 0 0 0 3px var(--_highlight);
  }
  td.cell:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    font-size: 0.9em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    display: inline-grid;
    place-items: center;
    inline-size: 1.4em;
    block-size: 1.4em;
    border-radius: 3px;
    font-weight: 700;
  }
  .swatch.up {
    background: var(--_up-bg);
    color: var(--_up);
  }
  .swatch.down,
  .swatch.lost {
    background: var(--_down-bg);
    color: var(--_down);
  }
  .swatch.lost {
    border: 1px solid var(--_down);
  }
  [part='hint'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .review {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
  }
  .review .steps {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .movers-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-bottom: 0.5em;
  }
  .movers-head .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part='movers'] h3 {
    font-size: 1em;
    margin: 0;
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
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  [part='mover'].up {
    border-inline-start-color: var(--_up);
  }
  [part='mover'].down {
    border-inline-start-color: var(--_down);
  }
  .mover-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  button.who {
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: none;
    border: none;
    padding: 0;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
    overflow-wrap: break-word;
  }
  .badge {
    border-radius: 999px;
    padding: 0 0.6em;
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
    border: 1px solid currentColor;
  }
  .badge.up {
    color: var(--_up);
    background: var(--_up-bg);
  }
  .badge.down,
  .badge.lost {
    color: var(--_down);
    background: var(--_down-bg);
  }
  .badge.changed {
    color: var(--_text);
  }
  .meta {
    margin: 0.25em 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .meta span {
    white-space: nowrap;
  }
  [part='mover'] dl {
    margin: 0.25em 0 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.1em;
  }
  [part='mover'] dt {
    color: var(--_muted);
    font-size: 0.85em;
    margin-top: 0.25em;
  }
  [part='mover'] dd {
    margin: 0;
    overflow-wrap: break-word;
  }
  button.link {
    margin-top: 0.25em;
    font: inherit;
    font-size: 0.9em;
    color: var(--_accent);
    background: none;
    border: none;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .override {
    margin-top: 0.5em;
    display: grid;
    gap: 0.4em;
  }
  .override label {
    display: grid;
    gap: 0.2em;
  }
  .override textarea,
  .override select {
    font: inherit;
    max-inline-size: 100%;
  }
  .override .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .problem {
    margin: 0;
    color: var(--_danger);
  }
  .sent {
    margin: 0.25em 0 0;
    font-size: 0.9em;
  }
`;
