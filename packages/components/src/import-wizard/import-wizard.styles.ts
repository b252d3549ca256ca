import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  [part~='base'] {
    display: grid;
    gap: calc(var(--_space, 0.5rem) * 2);
    padding: calc(var(--_space, 0.5rem) * 2);
    border: 1px solid var(--_border, #d0d7de);
    border-radius: var(--_radius, 6px);
    background: var(--_surface, transparent);
  }
  [part~='title'] {
    font-size: 1.15em;
    font-weight: 600;
    margin: 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.95em;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border, #d0d7de);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .scroll {
    overflow-x: auto;
  }
  progress {
    width: 100%;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space, 0.5rem);
  }
`;
