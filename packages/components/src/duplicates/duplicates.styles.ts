import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  [part='base'] {
    display: grid;
    gap: var(--_space, 0.75rem);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  h3 {
    margin: 0;
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  [part='status'],
  .hint {
    margin: 0;
    color: var(--_muted);
  }
  .error {
    color: var(--_danger);
    margin: 0;
  }
  .done {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [part='pairs'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  [part='pair'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius, 6px);
    padding: 0.5rem 0.75rem;
  }
  .names {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .score,
  .reasons {
    color: var(--_muted);
  }
  .reasons {
    grid-column: 1;
  }
  .review {
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: center;
  }
  @media (max-width: 30rem) {
    [part='pair'] {
      grid-template-columns: 1fr;
    }
    .review {
      grid-column: 1;
      grid-row: auto;
      justify-self: start;
    }
  }
  .pager {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  [part='review'] {
    display: grid;
    gap: var(--_space, 0.75rem);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius, 6px);
    margin: 0;
  }
  .keep label {
    margin-inline-end: 1rem;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
  }
`;
