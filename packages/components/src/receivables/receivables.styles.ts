import { css } from 'lit';

// The frame (panel, header, title, status) is shared/panel.styles.ts's `panel` and `workView`.

export default css`
  select {
    font: inherit;
    margin-inline-start: 0.35em;
  }
  .scroll {
    overflow-x: auto;
    min-inline-size: 0;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: end;
    white-space: nowrap;
  }
  th:first-child,
  td:first-child {
    text-align: start;
    white-space: normal;
    overflow-wrap: break-word;
    min-inline-size: 9em;
  }
  thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  tfoot td,
  tfoot th {
    font-weight: 600;
  }
  .overdue {
    color: var(--_danger);
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: none;
    padding: 0;
    text-align: start;
    cursor: pointer;
    text-decoration: underline;
  }
  tr.lines > td {
    padding: 0 0 0.5em 1em;
    background: var(--_surface-alt);
  }
  tr.lines table th,
  tr.lines table td {
    font-size: 0.9em;
  }
`;
