import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    vertical-align: middle;
    --_a: var(--dossier-badge-grade-a, #1a7f37);
    --_b: var(--dossier-badge-grade-b, #0b5cad);
    --_c: var(--dossier-badge-grade-c, #57606a);
    --_vip: var(--dossier-badge-vip, #8a5a00);
    --_tone: var(--dossier-badge-neutral, #57606a);
    --_on: var(--dossier-badge-on, #ffffff);
  }
  [part='base'] {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    line-height: 1.4;
    font-weight: 600;
    white-space: nowrap;
  }
  [part='label'],
  [part='vip'],
  [part='provisional'] {
    border-radius: 999px;
    padding: 0 0.55em;
    background: var(--_tone);
    color: var(--_on);
  }
  :host(:state(grade-a)) [part='label'] {
    background: var(--_a);
  }
  :host(:state(grade-b)) [part='label'] {
    background: var(--_b);
  }
  :host(:state(grade-c)) [part='label'] {
    background: var(--_c);
  }
  [part='vip'] {
    background: var(--_vip);
  }
  [part='provisional'] {
    background: transparent;
    color: var(--_text);
    border: 1px dashed currentColor;
    font-weight: 400;
  }
  :host(:state(provisional)) [part='label'] {
    outline: 1px dashed var(--_text);
    outline-offset: 1px;
  }
`;
