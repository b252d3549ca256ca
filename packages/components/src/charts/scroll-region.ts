import { css, html, type TemplateResult } from 'lit';

/**
 * A table too wide for its card (a phone) scrolls sideways inside this region, never the page:
 * the region is named (`aria-label`), reachable with the keyboard (one tab stop; the arrow keys
 * then scroll it) and shows a shadow at the side where more columns are
 * ({@link scrollRegionStyles}). Report tables, the RFM grid and the receivables' table use it.
 * It is a named group, not a landmark region: a page that titles its own section with the
 * report's name would otherwise hold two landmarks of one name (axe landmark-unique).
 *
 * @example
 * html`${scrollRegion('Sales force', html`<table>…</table>`)}`
 */
export function scrollRegion(label: string, content: unknown): TemplateResult {
  return html`<div class="scroll" role="group" aria-label=${label} tabindex="0">${content}</div>`;
}

/**
 * The rules of {@link scrollRegion}: it scrolls sideways within its container, and a shadow at
 * either edge says that more columns lie that way. The shadows are the region's own background
 * (fixed to the region's box), covered by two patches of the surface colour that scroll with the
 * content: at the table's start and end the patch hides the shadow, so a shadow shows only where
 * there is more to see. CSS only, no measuring. Cells of the table must have no opaque
 * background of their own where the shadow is to show (a sticky first column may: it covers the
 * start shadow, and the columns slide under it).
 */
export const scrollRegionStyles = css`
  .scroll {
    overflow-x: auto;
    max-inline-size: 100%;
    min-inline-size: 0;
    --_scroll-cover: var(--_surface);
    --_scroll-shadow: color-mix(in srgb, var(--_text) 28%, transparent);
    background:
      linear-gradient(to right, var(--_scroll-cover) 40%, transparent) left center / 2.5em 100% no-repeat local,
      linear-gradient(to left, var(--_scroll-cover) 40%, transparent) right center / 2.5em 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, var(--_scroll-shadow), transparent) left center / 0.9em 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, var(--_scroll-shadow), transparent) right center / 0.9em 100% no-repeat scroll,
      var(--_scroll-cover);
  }
  @media print {
    .scroll {
      overflow: visible;
      background: none;
    }
  }
`;
