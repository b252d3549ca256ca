import { css } from 'lit';

export default css`
  [part='summary'] {
    margin: 0;
    color: var(--_muted);
  }
  [part='table'] {
    min-width: 100%;
  }
`;
