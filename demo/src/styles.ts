import { css } from 'lit';

/** Shared look of the demo's own views (the widgets bring their own styles). */
export const viewStyles = css`
  :host {
    display: block;
    color: var(--site-ink);
    font: inherit;
  }
  h2,
  h3 {
    margin: 0 0 0.75rem;
    font-weight: 600;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  .panel {
    background: var(--site-surface);
    border: 1px solid var(--site-line);
    border-radius: 10px;
    padding: 1rem 1.25rem;
    margin-bottom: 1rem;
  }
  button,
  .button {
    font: inherit;
    border: 1px solid var(--site-accent);
    background: var(--site-accent);
    color: white;
    border-radius: 6px;
    padding: 0.4rem 0.9rem;
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--site-accent);
  }
  button:disabled {
    opacity: 0.55;
    cursor: progress;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--site-focus);
    outline-offset: 2px;
  }
  label {
    display: grid;
    gap: 0.25rem;
    font-size: 0.9rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--site-line);
    border-radius: 6px;
    background: var(--site-bg);
    color: inherit;
  }
  .row {
    display: flex;
    gap: 0.75rem;
    flex-wrap: wrap;
    align-items: end;
  }
  .grid2 {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr));
    gap: 0.75rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--site-line);
  }
  td.number,
  th.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  td.number,
  td.nowrap {
    white-space: nowrap;
  }
  .muted {
    color: var(--site-muted);
    font-size: 0.9rem;
  }
  .notice {
    padding: 0.5rem 0.75rem;
    border-radius: 6px;
    background: var(--site-notice);
  }
  .error {
    padding: 0.5rem 0.75rem;
    border-radius: 6px;
    background: var(--site-error-bg);
    color: var(--site-error);
  }
  progress {
    width: 100%;
    height: 0.9rem;
  }
  @media (max-width: 40rem) {
    .panel {
      padding: 0.75rem;
    }
  }
`;
