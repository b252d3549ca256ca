import { css } from 'lit';

/**
 * The panel an element draws as its `base` part: surface, text colour, border, radius and
 * padding. Its layout (grid or flex, gaps, widths) stays with each element, whose own sheet
 * comes after this one: `static styles = [tokens, base, panel, styles]`.
 */
export const panel = css`
  [part~='base'] {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
`;

/**
 * The outlined text button of cards, editors and reports (accent text on no background). An
 * element that wants more room sets its own `padding` after it.
 */
export const outlinedButton = css`
  button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.15em 0.6em;
    cursor: pointer;
  }
`;

/**
 * The frame of a work view (agenda, receivables): a grid panel whose header puts the title and
 * the controls on one line when they fit, with its status line (muted; red when it is an alert).
 */
export const workView = css`
  :host {
    display: block;
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    min-inline-size: 0;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
  }
  [part='title'] {
    margin: 0;
    font-weight: 600;
    font-size: 1.1em;
  }
  [part='status'] {
    margin: 0;
    color: var(--_muted);
  }
  [part='status'][role='alert'] {
    color: var(--_danger);
  }
`;

/**
 * The declarations of a text field or select (typed font, surface, border), to put at the start
 * of an element's own rule for its controls, which adds their padding:
 * css`.log-form input { ${fieldControl} padding: 0.25em 0.4em; }`.
 */
export const fieldControl = css`
  font: inherit;
  color: var(--_text);
  background: var(--_surface);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
`;
