import { css } from 'lit';
import { fieldControl } from '../shared/panel.styles.js';

export default css`
  :host {
    display: block;
    max-width: var(--dossier-card-width, 28rem);
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  [part='name'] {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
    overflow-wrap: anywhere;
    flex: 1 1 12rem;
  }
  .secondary {
    display: block;
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_muted);
  }
  [part='variant'] {
    color: var(--_muted);
    font-size: 0.85em;
  }
  [part='explanation'] {
    margin: 0;
    padding: var(--_space);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0.35em var(--_space);
  }
  dl > div {
    display: contents;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .restricted {
    color: var(--_muted);
    font-style: italic;
  }
  h3 {
    font-size: 1em;
    margin: 0 0 0.35em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  [part='contact'] {
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
    overflow-wrap: anywhere;
  }
  .contact-name {
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  [part='status'] {
    color: var(--_muted);
  }
  [part='status'].error {
    color: var(--_danger);
  }
  button.link {
    font: inherit;
    font-size: 0.9em;
    margin-inline-start: 0.5em;
    padding: 0 0.2em;
    border: none;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  [part='reveal-form'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    align-items: center;
    margin-top: 0.35em;
  }
  [part='reveal-form'] input {
    font: inherit;
    min-inline-size: 12em;
  }
  .error {
    color: var(--_danger);
    margin: 0;
  }
  .sections {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .figures {
    padding: var(--_space);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .danger {
    color: var(--_danger);
  }
  details {
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
    min-inline-size: 0;
  }
  summary {
    font-weight: 600;
    cursor: pointer;
  }
  details > ul,
  details > p,
  details > dl {
    margin-top: 0.5em;
  }
  details li {
    display: grid;
    gap: 0.1em;
    overflow-wrap: anywhere;
  }
  .item-title {
    font-weight: 500;
  }
  .count {
    color: var(--_muted);
    font-weight: 400;
  }
  .empty {
    margin: 0.5em 0 0;
  }
  .log-form {
    display: grid;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .log-form label {
    display: grid;
    gap: 0.2em;
  }
  .log-form input,
  .log-form select {
    ${fieldControl}
    min-inline-size: 0;
    padding: 0.25em 0.4em;
  }
  .log-form button[type='submit'] {
    justify-self: start;
  }
  .never-raise {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.35em 0.6em;
    margin: 0.35em 0;
    color: var(--_text);
  }
  .never-raise strong {
    color: var(--_danger);
  }
  .never-raise ul {
    list-style: disc;
    padding-inline-start: 1.2em;
    gap: 0.1em;
  }
  .style {
    margin-top: 0.35em;
  }
  .guidance {
    margin: 0.2em 0 0;
    padding: 0.3em 0.5em;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .profile {
    margin-top: 0.35em;
  }
  /* Long labels (the profile's, a competitor's) must not squeeze the values on a phone. */
  .profile dl,
  [part~='competitor'] dl {
    grid-template-columns: minmax(6em, 38%) minmax(0, 1fr);
  }
  .profile-section h4 {
    font-size: 0.95em;
    margin: 0.5em 0 0.2em;
  }
  .verified {
    color: var(--_text);
  }
  .verified::before {
    content: '✓ ';
  }
  .unverified {
    color: var(--_muted);
    font-style: italic;
  }
`;
