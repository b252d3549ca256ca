import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 2);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  .heading {
    font-weight: 600;
    font-size: 1.05em;
    margin: 0 0 var(--_space);
  }
  ol,
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part='revisions'],
  [part='timeline'] {
    display: grid;
    gap: var(--_space);
    border-inline-start: 2px solid var(--_border);
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  [part='revision'],
  [part='interaction'] {
    overflow-wrap: anywhere;
  }
  [part='revision-header'],
  .when {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .op {
    font-weight: 600;
    color: var(--_text);
  }
  [part='changes'] {
    display: grid;
    gap: 0.2em;
    margin-top: 0.25em;
  }
  [part='field'] {
    font-weight: 600;
  }
  del {
    color: var(--_danger);
  }
  ins {
    text-decoration: none;
    color: var(--_accent);
  }
  .restricted,
  .muted {
    color: var(--_muted);
  }
  .restricted {
    font-style: italic;
  }
  .notes {
    margin: 0.2em 0 0;
    white-space: pre-wrap;
  }
  [part='status'] {
    margin: 0;
    color: var(--_muted);
  }
  [part='status'].error {
    color: var(--_danger);
  }
`;
