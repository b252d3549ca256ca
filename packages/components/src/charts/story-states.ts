import { html, type TemplateResult } from 'lit';

/** A story as Storybook's web-components renderer takes it: something to render. */
export interface StateStory {
  readonly render: () => HTMLElement | TemplateResult;
}

/** What the empty, loading and error stories of a report set on its element. */
export interface ReportStatesOptions {
  /** The message of the error the Error story shows. */
  readonly error: string;
  /** Properties every state sets (a viewer, a locale). */
  readonly shared?: Readonly<Record<string, unknown>> | undefined;
  /** Properties of the Empty story: an empty result (none by default: nothing given yet). */
  readonly empty?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * One element for a story: `tag` with these properties set.
 *
 * @example
 * reportElement('dossier-pareto-chart', { loading: true })
 */
export function reportElement(tag: string, properties: Readonly<Record<string, unknown>> = {}): HTMLElement {
  return Object.assign(document.createElement(tag), properties);
}

/**
 * The three states every report's stories show: nothing to show, loading (`loading`), and an
 * error (`error`), which the element announces as an alert. Each story file still exports
 * them by name, one line each, so that Storybook indexes them.
 *
 * @example
 * const states = reportStates('dossier-product-report', { error: 'the sales book could not be read' });
 * export const Loading: Story = states.Loading;
 */
export function reportStates(tag: string, options: ReportStatesOptions): { Empty: StateStory; Loading: StateStory; Error: StateStory } {
  const shared = options.shared ?? {};
  return {
    Empty: { render: () => reportElement(tag, { ...shared, ...options.empty }) },
    Loading: { render: () => reportElement(tag, { ...shared, loading: true }) },
    Error: { render: () => reportElement(tag, { ...shared, error: new globalThis.Error(options.error) }) },
  };
}

/**
 * The dark theme's backdrop around a story's element.
 *
 * @example
 * render: () => darkBackdrop(html`<dossier-rfm-grid theme="dark" .rfm=${storyRfm()}></dossier-rfm-grid>`)
 */
export function darkBackdrop(content: TemplateResult): TemplateResult {
  return html`<div style="background:#15171c;padding:1rem">${content}</div>`;
}
