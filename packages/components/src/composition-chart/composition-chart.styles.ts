import { css } from 'lit';

export default css`
  .bar {
    fill: var(--_series);
  }
  .bar.negative {
    fill: var(--_danger);
  }
  .bar.active {
    fill: var(--_highlight);
  }
  .row-label {
    fill: var(--_text);
  }
  .value-label {
    fill: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  .zero {
    stroke: var(--_muted);
  }
`;
