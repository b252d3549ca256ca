import { css } from 'lit';

export default css`
  .curve {
    fill: none;
    stroke: var(--_series);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .equality {
    stroke: var(--_muted);
    stroke-dasharray: 4 4;
  }
  .zone {
    fill: var(--_series);
  }
  .zone.a {
    opacity: 0.14;
  }
  .zone.b {
    opacity: 0.08;
  }
  .zone.c {
    opacity: 0.03;
  }
  .zone-label {
    font-weight: 700;
    fill: var(--_text);
  }
  .cutoff {
    stroke: var(--_highlight);
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }
  /* a halo in the card's colour: the equality diagonal (dashed) may pass behind a label placed
     right of the curve; the halo keeps it off the letters */
  .cutoff-label {
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .cutoff-note {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .cutoff-note .swatch {
    inline-size: 1.5em;
    border-top: 2px dashed var(--_highlight);
  }
  .marker {
    fill: var(--_surface);
    stroke: var(--_highlight);
    stroke-width: 2.5;
  }
`;
