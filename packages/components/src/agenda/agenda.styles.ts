import { css } from 'lit';

// The frame (panel, header, title, status) is shared/panel.styles.ts's `panel` and `workView`.

export default css`
  [part='group-title'] {
    margin: 0;
    font-weight: 600;
    font-size: 0.95em;
    color: var(--_muted);
    text-transform: none;
  }
  [part='summary'] {
    margin: 0;
    color: var(--_muted);
  }
  section.group {
    display: grid;
    gap: var(--_space);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  [part~='item'] {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: calc(var(--_space) * 0.5) var(--_space);
    align-items: start;
    inline-size: 100%;
    box-sizing: border-box;
    text-align: start;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1) calc(var(--_space) * 1.25);
    cursor: pointer;
  }
  [part~='item']:hover {
    background: var(--_surface-alt);
  }
  [part~='overdue'] {
    border-inline-start-color: var(--_danger);
  }
  [part~='today'] {
    border-inline-start-color: var(--_accent);
  }
  .grade {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.8em;
    block-size: 1.8em;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-weight: 600;
    font-size: max(12px, 0.85em);
  }
  .main {
    display: grid;
    gap: 0.15em;
    min-inline-size: 0;
  }
  .customer {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .reason {
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    color: var(--_muted);
    font-size: max(12px, 0.9em);
  }
  .rule,
  .key {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.5em;
    /* never below 12 px: 0.85em of the 0.9em meta line was 10.7 px */
    font-size: max(12px, 0.85em);
    white-space: nowrap;
  }
  .key {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .when {
    white-space: nowrap;
    font-size: max(12px, 0.9em);
    color: var(--_muted);
  }
  [part~='overdue'] .when {
    color: var(--_danger);
    font-weight: 600;
  }
  @media (max-width: 480px) {
    [part~='item'] {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .when {
      grid-column: 2;
      white-space: normal;
    }
  }
`;
