import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, useStaticServer } from './support/use-browser.ts';

// The built Storybook (pnpm build-storybook) must have a story of every registered element,
// every story must render the element it is about (and every Dossier element inside it), and
// axe-core must find no accessibility violation in any story: what the a11y addon's
// `a11y: { test: 'error' }` (stories/preview.ts) asks for, enforced here.
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const staticDir = `${repoRoot}storybook-static`;
const componentsSrc = `${repoRoot}packages/components/src`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface IndexEntry {
  id: string;
  title: string;
  importPath: string;
  type: 'story' | 'docs';
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: unknown[];
}

interface StoryResult {
  id: string;
  tag: string | undefined;
  rendered: boolean;
  problems: string[];
  violations: Violation[];
}

/**
 * Every element tag the package registers: the `elements` record of define.ts, plus the
 * elements with their own entry (define-import.ts: `<dossier-import>`; define/duplicates.ts).
 */
function registeredTags(): string[] {
  const define = readFileSync(`${componentsSrc}/define.ts`, 'utf8');
  const record = /const elements\b[^=]*=\s*\{([^}]*)\}/.exec(define)?.[1] ?? '';
  const tags = [...record.matchAll(/'(dossier-[a-z0-9-]+)'\s*:/g)].map((m) => m[1]!);
  for (const file of readdirSync(componentsSrc).filter((f) => /^define-.+\.ts$/.test(f))) {
    const source = readFileSync(`${componentsSrc}/${file}`, 'utf8');
    tags.push(...[...source.matchAll(/customElements\.define\(\s*'(dossier-[a-z0-9-]+)'/g)].map((m) => m[1]!));
  }
  // Elements registered only by their own entry under define/ (`<dossier-duplicates>`: its scan
  // brings a pinyin dictionary, so /define leaves it out).
  for (const file of readdirSync(`${componentsSrc}/define`).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(`${componentsSrc}/define/${file}`, 'utf8');
    tags.push(...[...source.matchAll(/register\(\s*'(dossier-[a-z0-9-]+)'/g)].map((m) => m[1]!));
  }
  return [...new Set(tags)];
}

/** The tag a stories file is about: its meta's `component`. */
const storyTags = new Map<string, string | undefined>();
function storyTag(importPath: string): string | undefined {
  if (!storyTags.has(importPath)) {
    const source = readFileSync(`${repoRoot}${importPath.replace(/^\.\//, '')}`, 'utf8');
    storyTags.set(importPath, /\bcomponent:\s*['"]([a-z0-9-]+)['"]/.exec(source)?.[1]);
  }
  return storyTags.get(importPath);
}

/**
 * Waits (up to `timeout` ms) until the element the story is about rendered content in its
 * shadow root and so did every Dossier element inside (light DOM or other elements' shadow
 * roots); returns what it found. Runs in the page.
 */
async function awaitRendered({ tag, timeout }: { tag: string; timeout: number }) {
  const inspect = () => {
    const all: Element[] = [];
    const walk = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        all.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    // Only what this story rendered: not what an earlier story in the page left (marked below).
    for (const child of document.querySelectorAll('#storybook-root > :not([data-previous-story])')) {
      all.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
    const content = (element: Element) =>
      Boolean(element.shadowRoot) &&
      [...element.shadowRoot!.childNodes].some((n) => (n instanceof Element && n.localName !== 'style') || (n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''));
    const dossier = all.filter((e) => e.localName.startsWith('dossier-'));
    return {
      subject: dossier.some((e) => e.localName === tag && content(e)),
      undefinedTags: [...new Set(dossier.filter((e) => !customElements.get(e.localName)).map((e) => e.localName))],
      emptyTags: [...new Set(dossier.filter((e) => customElements.get(e.localName) && !content(e)).map((e) => e.localName))],
    };
  };
  const end = Date.now() + timeout;
  for (;;) {
    const state = inspect();
    const ok = state.subject && state.undefinedTags.length === 0 && state.emptyTags.length === 0;
    if (ok || Date.now() > end) return { ...state, ok };
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until no Lit element (light DOM or shadow roots) has an update pending. Runs in the page. */
async function settle() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  for (let round = 0; round < 20; round++) {
    const pending: Promise<unknown>[] = [];
    const walk = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        const lit = element as Element & { isUpdatePending?: boolean; updateComplete?: Promise<unknown> };
        if (lit.isUpdatePending && lit.updateComplete) pending.push(lit.updateComplete);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document.body);
    if (pending.length === 0) return;
    await Promise.allSettled(pending);
    await frame();
  }
}

/**
 * Runs axe as the a11y addon does: the document body without Storybook's own elements, the
 * `region` rule off (a story is not a page with landmarks). Shadow roots are included. Runs in the page.
 */
async function runAxe(): Promise<Violation[]> {
  const axe = (window as unknown as { axe: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> } }).axe;
  const result = await axe.run(
    { include: [document.body], exclude: [['.sb-wrapper'], ['#storybook-docs'], ['#storybook-highlights-root']] },
    { resultTypes: ['violations'], rules: { region: { enabled: false } } },
  );
  return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target) }));
}

type StoryPhase = { id?: string; phase?: string };

/**
 * Renders a story and checks it. `load` opens it in a freshly loaded page (the first story of a
 * stories file); otherwise the page switches to it as the Storybook UI does (much faster than a
 * reload; the stories of one file share the page).
 */
async function checkStory(page: Page, url: string, story: IndexEntry, load: boolean): Promise<StoryResult> {
  const tag = storyTag(story.importPath);
  const result: StoryResult = { id: story.id, tag, rendered: false, problems: [], violations: [] };
  const errors: string[] = [];
  const onError = (error: Error) => errors.push(error.message);
  page.on('pageerror', onError);
  try {
    if (load) {
      // The addon's own automatic axe run is turned off: we run axe ourselves, below.
      await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true`);
      await page.addScriptTag({ content: axeSource });
    } else {
      await page.evaluate(() => document.querySelectorAll('#storybook-root > *').forEach((e) => e.setAttribute('data-previous-story', '')));
      await page.evaluate(
        (storyId) => (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, data: unknown): void } }).__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' }),
        story.id,
      );
    }
    // Storybook finished rendering (and playing) the story, or failed to.
    const phase = await page
      .waitForFunction(
        (id) => {
          const render = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: StoryPhase } }).__STORYBOOK_PREVIEW__?.currentRender;
          return render?.id === id && ['finished', 'errored', 'aborted'].includes(render.phase ?? '') && render.phase;
        },
        story.id,
        { timeout: 20_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<string>)
      .catch(() => 'timed out');
    // A story that throws leaves Storybook's error display (and the previous story's DOM).
    const errored = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
    if (phase !== 'finished' || errored) {
      const message = await page.evaluate(() => `${document.querySelector('#error-message')?.textContent ?? ''} ${document.querySelector('#error-stack')?.textContent?.split('\n')[0] ?? ''}`.trim());
      result.problems.push(`Storybook ${errored ? 'errored' : phase} rendering the story${message ? `: ${message}` : ''}`);
    }
    if (!tag) {
      result.problems.push(`${story.importPath} names no component`);
      return result;
    }
    // The element the story is about, and every Dossier element inside it, rendered content.
    const state = await page.evaluate(awaitRendered, { tag, timeout: phase === 'finished' ? 15_000 : 0 });
    result.rendered = state.subject;
    if (!state.subject) result.problems.push(`no <${tag}> with a rendered shadow root`);
    if (state.undefinedTags.length) result.problems.push(`undefined elements: ${state.undefinedTags.join(', ')}`);
    if (state.emptyTags.length) result.problems.push(`elements with an empty shadow root: ${state.emptyTags.join(', ')}`);
    await page.evaluate(settle);
    result.violations = await page.evaluate(runAxe);
  } catch (error) {
    result.problems.push(String(error));
  } finally {
    page.off('pageerror', onError);
  }
  if (errors.length) result.problems.push(`page errors: ${errors.join('; ')}`);
  return result;
}

describe('built Storybook', () => {
  const server = useStaticServer(staticDir);
  const chromium = useBrowser();
  const entries: IndexEntry[] = existsSync(`${staticDir}/index.json`)
    ? Object.values((JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8')) as { entries: Record<string, IndexEntry> }).entries)
    : [];
  const stories = entries.filter((e) => e.type === 'story');
  const tags = registeredTags();
  const results: StoryResult[] = [];

  it('was built and lists stories', () => {
    expect(existsSync(`${staticDir}/index.html`)).toBe(true);
    expect(stories.length).toBeGreaterThan(0);
  });

  it('has a story of every registered element, and only of registered elements', () => {
    expect(tags.length, 'no tags read from define.ts').toBeGreaterThan(0);
    expect(new Set(tags).size).toBe(tags.length);
    const storied = new Set(stories.map((s) => storyTag(s.importPath)));
    expect(tags.filter((t) => !storied.has(t)), 'registered elements without a story').toEqual([]);
    expect([...storied].filter((t) => !t || !tags.includes(t)), 'stories of unregistered elements').toEqual([]);
  });

  // Every story, one at a time in one page (under a second a story; the machine may be busy).
  it(
    'renders every story: the element it is about and every Dossier element inside',
    async () => {
      const page = await chromium.browser.newPage();
      const started = Date.now();
      try {
        let file: string | undefined;
        for (const story of stories) {
          results.push(await checkStory(page, server.url, story, story.importPath !== file || results.at(-1)!.problems.length > 0));
          file = story.importPath;
        }
      } finally {
        await page.close();
      }
      console.info(`checked ${stories.length} stories in ${Math.round((Date.now() - started) / 1000)} s`);
      const failures = results.filter((r) => r.problems.length).map((r) => `${r.id}: ${r.problems.join('; ')}`);
      expect(failures, failures.join('\n')).toEqual([]);
      const renderedTags = new Set(results.filter((r) => r.rendered).map((r) => r.tag));
      expect(tags.filter((t) => !renderedTags.has(t)), 'elements no story rendered').toEqual([]);
    },
    60_000 + 30_000 * stories.length,
  );

  // The harness itself: a violation inside a shadow root of a story page is found and located.
  it('finds a violation inside a shadow root (the axe check can fail)', async () => {
    const page = await chromium.browser.newPage();
    try {
      await page.goto(`${server.url}/iframe.html?id=${stories[0]!.id}&viewMode=story&globals=a11y.manual:!true`);
      await page.addScriptTag({ content: axeSource });
      // Until the story has rendered, Storybook hides its root (and replaces what it holds): the
      // first story now reads its store before it shows anything (the agenda), so wait for it.
      await page.waitForFunction(
        (id) => {
          const render = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: StoryPhase } }).__STORYBOOK_PREVIEW__?.currentRender;
          return render?.id === id && render.phase === 'finished';
        },
        stories[0]!.id,
        { timeout: 20_000 },
      );
      await page.evaluate(() => {
        const host = document.createElement('axe-canary');
        host.attachShadow({ mode: 'open' }).innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="no-alt">';
        document.querySelector('#storybook-root')!.append(host);
      });
      const violations = await page.evaluate(runAxe);
      // A node inside a shadow root is targeted by its path of selectors: host, then the node.
      expect(violations.filter((v) => v.id === 'image-alt').flatMap((v) => v.targets)).toEqual([[['axe-canary', 'img']]]);
    } finally {
      await page.close();
    }
  });

  it('has no axe violations in any story', () => {
    expect(results.length, 'the render test ran every story').toBe(stories.length);
    const failures = results.flatMap((result) =>
      result.violations.map((v) => `${result.id}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.map((t) => JSON.stringify(t)).join(', ')}`),
    );
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
