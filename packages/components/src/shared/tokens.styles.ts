import { css } from 'lit';

/**
 * The theme tokens. Every element reads the public `--dossier-*` custom properties through
 * private `--_*` ones with the documented defaults, light first, dark under `:state(dark)`.
 * Pages theme the widgets by setting the public properties (they inherit through shadow
 * roots); nothing else leaks in or out.
 *
 * | Token | Light | Dark |
 * |---|---|---|
 * | `--dossier-font-family` | system-ui, "PingFang SC", "Microsoft YaHei", sans-serif | same |
 * | `--dossier-font-size` | 0.875rem | same |
 * | `--dossier-color-text` | #1f2328 | #e6e8eb |
 * | `--dossier-color-text-muted` | #57606a | #a3abb5 |
 * | `--dossier-color-surface` | #ffffff | #1b1e24 |
 * | `--dossier-color-surface-alt` | #f6f8fa | #252a32 |
 * | `--dossier-color-border` | #d0d7de | #444c56 |
 * | `--dossier-color-accent` | #0b5cad | #79b8ff |
 * | `--dossier-color-focus` | #0b5cad | #79b8ff |
 * | `--dossier-color-danger` | #b42318 | #ff938a |
 * | `--dossier-radius` | 6px | same |
 * | `--dossier-space` | 0.5rem | same |
 */
/** The colour, radius and spacing tokens (every element but the badge). */
export const tokens = css`
  :host {
    --_muted: var(--dossier-color-text-muted, #57606a);
    --_surface: var(--dossier-color-surface, #ffffff);
    --_surface-alt: var(--dossier-color-surface-alt, #f6f8fa);
    --_border: var(--dossier-color-border, #d0d7de);
    --_accent: var(--dossier-color-accent, #0b5cad);
    --_focus: var(--dossier-color-focus, #0b5cad);
    --_danger: var(--dossier-color-danger, #b42318);
    --_radius: var(--dossier-radius, 6px);
    --_space: var(--dossier-space, 0.5rem);
    color-scheme: light;
  }
  :host(:state(dark)) {
    --_muted: var(--dossier-color-text-muted, #a3abb5);
    --_surface: var(--dossier-color-surface, #1b1e24);
    --_surface-alt: var(--dossier-color-surface-alt, #252a32);
    --_border: var(--dossier-color-border, #444c56);
    --_accent: var(--dossier-color-accent, #79b8ff);
    --_focus: var(--dossier-color-focus, #79b8ff);
    --_danger: var(--dossier-color-danger, #ff938a);
    color-scheme: dark;
  }
`;
