import { css } from 'lit';
import { fieldControl } from '../shared/panel.styles.js';

export default css`
  :host {
    display: block;
    container: audit-log / inline-size;
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  [part='title'] {
    font-weight: 600;
    font-size: 1.05em;
    margin: 0;
  }
  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part='filter'] {
    display: grid;
    gap: 0.2em;
    color: var(--_muted);
    font-size: max(12px, 0.9em);
  }
  input,
  select,
  button {
    ${fieldControl}
    padding: 0.3em 0.5em;
    min-block-size: 2.25em;
  }
  button {
    cursor: pointer;
    color: var(--_accent);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  /* headers are a word or two: never broken (理/由 stacked over an empty reason column) */
  thead th {
    background: var(--_surface-alt, var(--_surface));
    font-weight: 600;
    overflow-wrap: normal;
    white-space: nowrap;
  }
  time,
  .muted {
    color: var(--_muted);
  }
  time {
    white-space: nowrap;
  }
  .action {
    font-weight: 600;
  }
  [data-action='reveal'] .action,
  [data-action='erase'] .action,
  [data-action='export'] .action {
    color: var(--_danger);
  }
  [part='status'] {
    color: var(--_muted);
    margin: 0;
  }
  .no-match {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  /* A narrow container (a phone): each entry is a card of label–value lines. */
  @container audit-log (max-width: 40rem) {
    [part='filters'],
    [part='filter'] {
      inline-size: 100%;
    }
    [part='filter'] {
      grid-template-columns: 6em 1fr;
      align-items: center;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    tr {
      padding-block: 0.5em;
      border-block-end: 1px solid var(--_border);
    }
    td {
      position: relative;
      border: 0;
      padding: 0.15em 0 0.15em 6em;
    }
    td::before {
      content: attr(data-label);
      position: absolute;
      inset-inline-start: 0;
      color: var(--_muted);
    }
    td:empty {
      display: none;
    }
  }
`;
