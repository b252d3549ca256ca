import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_row-height: var(--dossier-list-row-height, 2.75rem);
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
  label {
    display: grid;
    gap: 0.2em;
    font-size: 0.85em;
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
    min-width: 14em;
  }
  [part='count'] {
    margin: 0;
    color: var(--_muted);
  }
  .columns,
  [part~='row'] {
    display: grid;
    grid-template-columns: minmax(10em, 3fr) 6.5em minmax(5em, 1fr) minmax(4em, 1fr) minmax(4em, 1fr) minmax(6em, 1fr) minmax(7.5em, 1fr);
    gap: var(--_space);
    align-items: center;
    padding: 0 var(--_space);
  }
  .columns {
    font-size: 0.85em;
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.25em;
  }
  [part='rows'] {
    height: var(--dossier-list-height, 24rem);
    overflow: auto;
    position: relative;
    border-radius: var(--_radius);
    /* The rows are swapped while scrolling: the browser must not shift the scroll to follow one. */
    overflow-anchor: none;
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
    box-sizing: border-box;
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
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .muted,
  .restricted {
    color: var(--_muted);
  }
  .restricted {
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
`;
