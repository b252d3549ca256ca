import { css } from 'lit';

export default css`
  [part='funnel'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  [part='funnel'] li {
    position: relative;
    min-height: 2.25em;
    display: grid;
    align-items: center;
  }
  .stage-bar {
    grid-area: 1 / 1;
    width: 100%;
    height: 2.25em;
  }
  .stage-bar rect {
    fill: var(--dossier-chart-series, var(--_accent));
    opacity: 0.35;
  }
  .stage-text {
    grid-area: 1 / 1;
    text-align: center;
    padding: 0 8px;
    overflow-wrap: break-word;
  }
  .differing h3 {
    font-size: 1em;
    margin: 0.5em 0 0.25em;
  }
  .differing [part='table'] th,
  .differing [part='table'] td {
    text-align: start;
  }
`;
