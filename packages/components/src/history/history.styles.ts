import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 2);
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
  .section-title {
    margin-top: 0.5em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  button.restore,
  button.show-all {
    font: inherit;
    font-size: 0.85em;
    color: var(--_accent);
    background: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.5em;
    cursor: pointer;
  }
  button.restore {
    margin-inline-start: 0.5em;
    white-space: nowrap;
  }
  button.show-all {
    margin-top: 0.5em;
    padding: 0.1em 0.6em;
  }
  .back {
    margin-inline-start: 0.4em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .confirm {
    margin: 0.4em 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em var(--_space);
  }
  .confirm p {
    margin: 0;
    flex: 1 1 100%;
  }
  .confirm button {
    font: inherit;
    padding: 0.2em 0.8em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: inherit;
    cursor: pointer;
  }
  .confirm button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
  }
  [part='restored'] {
    margin: 0 0 0.5em;
  }
  [part='restored'].error {
    color: var(--_danger);
  }
`;
