import { css } from 'lit';

export default css`
  :host {
    display: block;
    /* The wizard reflows to its own width (a phone, a side panel), not the page's. */
    container-type: inline-size;
  }
  [part~='base'] {
    display: grid;
    /* minmax(0, …): a wide table or select must not widen the column past the frame. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space, 0.5rem) * 2);
    padding: calc(var(--_space, 0.5rem) * 2);
    border: 1px solid var(--_border, #d0d7de);
    border-radius: var(--_radius, 6px);
    background: var(--_surface, transparent);
  }
  [part~='title'] {
    font-size: 1.15em;
    font-weight: 600;
    margin: 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.95em;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border, #d0d7de);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  select,
  input {
    max-width: 100%;
  }
  label {
    overflow-wrap: anywhere;
  }
  /* Narrow: the mapping becomes a list of column → field pairs, each rejected row a small card
     of labelled values; the preview keeps its spreadsheet shape and scrolls inside its box. */
  @container (width < 36rem) {
    /* the preview keeps readable columns and scrolls inside its own box, as a spreadsheet does */
    [part~='preview'] th,
    [part~='preview'] td {
      min-width: 7em;
    }
    [part~='preview'] caption {
      text-align: start;
    }
    [part~='mapping'],
    [part~='mapping'] tbody,
    [part~='mapping'] tr,
    [part~='mapping'] th,
    [part~='mapping'] td,
    .problems,
    .problems tbody,
    .problems tr,
    .problems td {
      display: block;
    }
    [part~='mapping'] caption,
    .problems caption {
      display: block;
      text-align: start;
      font-weight: 600;
    }
    [part~='mapping'] thead,
    .problems thead {
      display: none;
    }
    [part~='mapping'] tr {
      padding: 0.25em 0;
      border-bottom: 1px solid var(--_border);
    }
    [part~='mapping'] th,
    [part~='mapping'] td {
      border: 0;
      padding: 0.125em 0;
    }
    [part~='mapping'] select {
      width: 100%;
    }
    .problems tr {
      padding: 0.5em 0;
      border-bottom: 1px solid var(--_border);
    }
    .problems td {
      display: grid;
      grid-template-columns: minmax(4em, 30%) minmax(0, 1fr);
      gap: 0.75em;
      border: 0;
      padding: 0.125em 0;
    }
    .problems td::before {
      content: attr(data-label);
      color: var(--_muted);
    }
  }
  progress {
    width: 100%;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space, 0.5rem);
  }
`;
