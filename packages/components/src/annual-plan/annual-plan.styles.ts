import { css } from 'lit';

export default css`
  [part='figures'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 8px 16px;
    margin: 0;
  }
  .figure {
    border-inline-start: 3px solid var(--dossier-chart-series, var(--_accent));
    padding-inline-start: 8px;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
    overflow-wrap: break-word;
  }
  [part='chart'] {
    width: 100%;
    height: 10rem;
  }
  .bar {
    fill: var(--dossier-chart-series, var(--_accent));
    opacity: 0.6;
  }
  .target {
    fill: none;
    stroke: var(--_text, currentColor);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
  }
  [part='table'] tbody th {
    white-space: nowrap;
  }
`;
