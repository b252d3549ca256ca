import { css } from 'lit';

/**
 * Shared base rules: the text tokens (font, size, text colour — all the tier badge needs), box
 * sizing, the hidden attribute, the focus ring, visually hidden text.
 */
export const base = css`
  :host {
    --_font: var(--dossier-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    --_size: var(--dossier-font-size, 0.875rem);
    --_text: var(--dossier-color-text, #1f2328);
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_size);
    color: var(--_text);
  }
  :host(:state(dark)) {
    --_text: var(--dossier-color-text, #e6e8eb);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
