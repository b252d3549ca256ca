import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
  }
  [part='title'] {
    font-weight: 600;
    font-size: 1.05em;
    margin: 0;
  }
  .scroll {
    overflow: auto;
    max-block-size: var(--dossier-audit-log-max-height, 28rem);
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
  thead th {
    position: sticky;
    top: 0;
    background: var(--_surface);
    font-weight: 600;
  }
  time,
  .muted {
    color: var(--_muted);
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
  @media print {
    .scroll {
      max-block-size: none;
      overflow: visible;
    }
  }
`;
