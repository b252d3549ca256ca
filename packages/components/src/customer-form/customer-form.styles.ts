import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  [part~='base'] {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
  }
  [part~='title'] {
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
    flex: 1 1 16rem;
  }
  [part~='status']:empty {
    display: none;
  }
  [part~='status'] {
    margin: 0;
  }
  .muted,
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 400;
  }
  .error {
    color: var(--_danger);
    margin: 0;
    font-size: 0.9em;
  }
  h3,
  summary {
    font-size: 1.05em;
    font-weight: 600;
    margin: 0 0 var(--_space);
  }
  summary {
    cursor: pointer;
    padding: calc(var(--_space) * 0.75) var(--_space);
    margin: 0;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  details.level {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  details.level[open] {
    padding-bottom: calc(var(--_space) * 1.5);
  }
  details.level > :not(summary) {
    margin-inline: calc(var(--_space) * 1.5);
  }
  .level {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  details.level > :not(summary):first-of-type {
    margin-top: var(--_space);
  }
  /* A collapsed group or the "more fields" of a level: its fields inside a frame like a fieldset's. */
  details.group,
  details.more {
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  details.group[open],
  details.more[open] {
    padding: 0 calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
  }
  details.group > summary,
  details.more > summary {
    font-size: 1em;
  }
  details.group[open] > summary,
  details.more[open] > summary {
    margin: 0 calc(var(--_space) * -1.5) var(--_space);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    margin: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 calc(var(--_space) / 2);
    overflow-wrap: anywhere;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--dossier-form-columns, 14rem)), 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
    min-width: 0;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  fieldset.field {
    border: none;
    padding: 0;
  }
  fieldset.field > legend {
    font-weight: 400;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .field.checkbox {
    grid-template-columns: auto 1fr;
    align-items: center;
  }
  .field.checkbox .error {
    grid-column: 1 / -1;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem calc(var(--_space) * 2);
  }
  label.inline {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .required {
    color: var(--_danger);
    margin-inline-start: 0.2em;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    padding: 0.35rem 0.5rem;
    min-width: 0;
    width: 100%;
    /* Said here, not inherited: inside <details> the content slot breaks the inheritance of box-sizing. */
    box-sizing: border-box;
  }
  textarea {
    resize: vertical;
  }
  input[readonly],
  textarea[readonly] {
    background: var(--_surface-alt);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    outline-color: var(--_danger);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .row select {
    width: auto;
  }
  /* The sources of a record: one wrapping line per source (label, channel, verified, collected). */
  .source {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: baseline;
    min-width: 0;
  }
  .source .item-title,
  .source .verified {
    font-weight: 600;
  }
  .source select {
    width: auto;
    max-width: 100%;
  }
  .source .unverified {
    color: var(--_muted);
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) - 2px);
    padding: 0.35rem 0.9rem;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_surface);
  }
  button.link {
    border: none;
    padding: 0.2rem 0;
    background: none;
    text-decoration: underline;
    text-align: start;
    color: var(--_accent);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  /* Save, undo and the save status stay in view while the form scrolls. */
  [part~='actions'].bar {
    position: sticky;
    bottom: 0;
    z-index: 1;
    margin: 0 calc(var(--_space) * -2) calc(var(--_space) * -2);
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_surface);
    border-top: 1px solid var(--_border);
    border-radius: 0 0 var(--_radius) var(--_radius);
  }
  .bar [part~='status'] {
    flex: 1 1 12rem;
    color: var(--_muted);
  }
  .bar [part~='status'].error {
    color: var(--_danger);
  }
  [part~='error-summary'] {
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  [part~='error-summary'] p {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  [part~='error-summary'] ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.2rem;
  }
  [part~='contacts'] {
    display: grid;
    gap: var(--_space);
  }
  [part~='contact'] {
    display: grid;
    gap: var(--_space);
  }
  [part~='conflict'] {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
  }
  .conflict-title {
    font-weight: 600;
    font-size: 1.1em;
    color: var(--_danger);
  }
  .conflict-record {
    display: grid;
    gap: var(--_space);
  }
  .conflict-record > p {
    margin: 0;
  }
  @media print {
    button {
      display: none;
    }
  }
`;
