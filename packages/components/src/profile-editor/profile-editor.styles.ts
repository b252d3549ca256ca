import { css } from 'lit';
import { fieldControl } from '../shared/panel.styles.js';

export default css`
  :host {
    display: block;
    max-width: var(--dossier-profile-editor-width, 48rem);
  }
  [part~='base'] {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  [part~='title'] {
    font-size: 1.15em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.3em;
  }
  fieldset.children,
  [part~='child'] {
    grid-column: 1 / -1;
  }
  .field {
    display: grid;
    gap: 0.2em;
    align-content: start;
    min-inline-size: 0;
  }
  .field.checkbox {
    grid-template-columns: auto 1fr;
    align-items: center;
  }
  .field.checkbox label {
    order: 2;
  }
  label {
    overflow-wrap: anywhere;
  }
  input[type='text'],
  input[type='date'],
  input[type='number'] {
    ${fieldControl}
    min-inline-size: 0;
    padding: 0.3em 0.45em;
  }
  input[readonly] {
    background: var(--_surface-alt);
  }
  .badge {
    display: inline-block;
    font-size: 0.78em;
    padding: 0 0.4em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    color: var(--_muted);
    white-space: nowrap;
  }
  .badge.secret {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .hint,
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0;
  }
  .error {
    color: var(--_danger);
    margin: 0;
  }
  button {
    padding: 0.25em 0.75em;
    justify-self: start;
  }
  [part~='child'] > button {
    align-self: end;
  }
  button[type='submit'] {
    color: var(--_surface);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  [part~='actions'] [part~='status'] {
    margin: 0;
  }
`;
