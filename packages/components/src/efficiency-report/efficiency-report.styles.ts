import { css } from 'lit';

export default css`
  .effort {
    display: grid;
    gap: var(--_space);
    margin-top: var(--_space);
    min-width: 0;
  }
  .effort-title {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
`;
