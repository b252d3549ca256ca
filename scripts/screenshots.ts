// The screenshot tour (`pnpm screenshots`): every story of the built Storybook and every demo page,
// in zh-CN and en at 1440 and 390 px wide, into .tmp/screenshots/, for a person to look at before
// calling a screen done.
//
//   pnpm screenshots                      stories (storybook-static/) and demo pages
//   pnpm screenshots stories [text…]      only stories, only those whose id contains a text
//   pnpm screenshots demo                 only the demo pages
//
// Stories: .tmp/screenshots/stories/<story-id>-<locale>-<width>.png. Most stories set their
// element's `locale` themselves; the tour forces the locale it shoots on every Dossier element
// (and sets Storybook's `locale` global, the document's lang), so each story is seen in both.
// Demo: .tmp/screenshots/demo-<page>-<locale>-<width>.png, from a small seeded archive.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startDemoServer, waitForDemo } from '../tests/demo-support.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const out = `${repoRoot}.tmp/screenshots/`;
const storybookDir = `${repoRoot}storybook-static`;
const customers = Number(process.env['SCREENSHOT_CUSTOMERS'] ?? 300);
/** Pages of the browser that render stories at the same time. */
const parallel = Math.max(1, Number(process.env['SCREENSHOT_PAGES'] ?? 3));
const locales = ['zh-CN', 'en'] as const;
type Locale = (typeof locales)[number];
const widths = [1440, 390] as const;
const height = (width: number) => (width < 600 ? 844 : 900);

/** The demo's pages, by hash; `customer` opens the first customer of the list. */
const demoPages = ['agenda', 'customers', 'customer', 'grading', 'reports', 'import', 'audit'] as const;

const [only, ...storyFilters] = process.argv.slice(2);
const shootStories = only !== 'demo';
const shootDemo = only !== 'stories';
const written: string[] = [];
/** Stories wider than the window at 390 px (the page itself scrolls sideways). */
const sideways: string[] = [];
/** Stories whose Dossier elements rendered nothing (undefined, or an empty shadow root). */
const blank: string[] = [];
/** Pages too tall to shoot whole. */
const cut: string[] = [];
/** Stories Storybook did not render, pictures that could not be taken. */
const failed: string[] = [];

/**
 * Waits until no element of the page says it is busy or loading (or `timeout` ms: some stories
 * show a pending state on purpose), until no Lit element has an update pending, and the fonts.
 * A string, not a function: tsx's name helper (__name) does not exist in the page.
 */
async function settle(page: Page, timeout = 30_000): Promise<void> {
  await page
    .waitForFunction(
      `(function busy(root) { return [...root.querySelectorAll('*')].some((e) => e.matches('[aria-busy=true], [data-state=loading], [data-state=opening], [data-state=seeding], :state(loading)') || e.isUpdatePending === true || (e.shadowRoot ? busy(e.shadowRoot) : false)); })(document) === false`,
      undefined,
      { timeout, polling: 100 },
    )
    .catch(() => undefined);
  await page.evaluate('document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))');
  await page.waitForTimeout(200);
}

/** The tallest picture taken: Chromium cannot capture a much taller page in one piece. */
const tallest = 15_000;

/**
 * A full-page screenshot, its top `tallest` px for a taller page (named at the end); a page that
 * cannot be shot (in 90 s: the machine may be busy) is named, not fatal.
 */
async function shoot(page: Page, file: string, what: string): Promise<void> {
  try {
    const { width, height } = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    if (height > tallest) cut.push(`${what}: ${height} px tall, its top ${tallest} px shot`);
    await page.screenshot({ path: file, fullPage: true, timeout: 90_000, ...(height > tallest ? { clip: { x: 0, y: 0, width, height: tallest } } : {}) });
    written.push(file);
  } catch (error) {
    failed.push(`${what}: ${String(error).split('\n')[0]}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Stories

interface StoryEntry {
  id: string;
  importPath: string;
  type: 'story' | 'docs';
}

/**
 * Runs in the page before any script: every Dossier element defined from now on takes the
 * locale of the URL's `tour-locale` whatever its story, template or attribute gives it (an unset
 * locale stays unset: the provider's or the document's then, which the `locale` global sets).
 */
export const forceLocale = `(() => {
  const forced = new URLSearchParams(location.search).get('tour-locale');
  if (!forced) return;
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, options) => {
    define(name, ctor, options);
    if (!name.startsWith('dossier-')) return;
    let proto = ctor.prototype, accessor;
    while (proto && !(accessor = Object.getOwnPropertyDescriptor(proto, 'locale'))) proto = Object.getPrototypeOf(proto);
    if (!accessor || !accessor.set) return;
    Object.defineProperty(ctor.prototype, 'locale', {
      configurable: true,
      get: accessor.get,
      set(value) { accessor.set.call(this, value == null ? value : forced); },
    });
  };
})();`;

/** The built Storybook's stories, or why there are none (with how to build them). */
function storybookStories(): StoryEntry[] | string {
  const index = `${storybookDir}/index.json`;
  if (!existsSync(index)) return `no built Storybook (${index} is missing): build it with \`pnpm build-storybook\`, then run \`pnpm screenshots stories\``;
  const entries = Object.values((JSON.parse(readFileSync(index, 'utf8')) as { entries: Record<string, StoryEntry> }).entries);
  const newest = newestChange(`${repoRoot}packages/components/src`);
  if (newest > statSync(index).mtimeMs) console.warn(`storybook-static is older than packages/components/src (changed ${new Date(newest).toISOString()}): \`pnpm build-storybook\` to shoot the current elements`);
  return entries.filter((e) => e.type === 'story' && (storyFilters.length === 0 || storyFilters.some((f) => e.id.includes(f))));
}

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Until Storybook finished rendering the story (or failed to); its phase. */
async function storyRendered(page: Page, id: string): Promise<string> {
  return page
    .waitForFunction(
      (storyId) => {
        const render = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender;
        return render?.id === storyId && ['finished', 'errored', 'aborted'].includes(render.phase ?? '') && render.phase;
      },
      id,
      { timeout: 30_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<string>)
    .catch(() => 'timed out');
}

/**
 * Shoots the stories of one stories file in one locale: the first story in a freshly loaded page,
 * the others switched to as the Storybook UI does (much faster than a reload), each at every width.
 */
async function shootStoryFile(page: Page, url: string, stories: StoryEntry[], locale: Locale): Promise<void> {
  let loaded = false;
  for (const story of stories) {
    await page.setViewportSize({ width: widths[0], height: height(widths[0]) });
    if (!loaded) {
      await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale};a11y.manual:!true&tour-locale=${locale}`);
    } else {
      await page.evaluate(
        (storyId) => (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, data: unknown): void } }).__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' }),
        story.id,
      );
    }
    const phase = await storyRendered(page, story.id);
    const errored = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
    if (phase !== 'finished' || errored) {
      failed.push(`${story.id} (${locale}): Storybook ${errored ? 'errored' : phase}`);
      loaded = false; // the next story starts from a fresh page
      continue;
    }
    loaded = true;
    // A Dossier element left undefined or with nothing in its shadow root: a blank picture.
    const empty = await page.evaluate(
      `[...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('dossier-')).filter((e) => !customElements.get(e.localName) || !e.shadowRoot || e.shadowRoot.childElementCount === 0).map((e) => e.localName)`,
    );
    if ((empty as string[]).length) blank.push(`${story.id} (${locale}): ${[...new Set(empty as string[])].join(', ')}`);
    for (const width of widths) {
      await page.setViewportSize({ width, height: height(width) });
      await settle(page, 5_000);
      await shoot(page, `${out}stories/${story.id}-${locale}-${width}.png`, `${story.id} (${locale}, ${width} px)`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width < 600 && scrollWidth > width) sideways.push(`${story.id} (${locale}): ${scrollWidth} px wide at ${width}`);
    }
  }
}

async function shootAllStories(browser: Browser, stories: StoryEntry[]): Promise<void> {
  mkdirSync(`${out}stories`, { recursive: true });
  const server = await serveStatic(storybookDir);
  const byFile = new Map<string, StoryEntry[]>();
  for (const story of stories) byFile.set(story.importPath, [...(byFile.get(story.importPath) ?? []), story]);
  const jobs = [...byFile.values()].flatMap((group) => locales.map((locale) => ({ group, locale })));
  try {
    await Promise.all(
      Array.from({ length: Math.min(parallel, jobs.length) }, async () => {
        for (let job = jobs.shift(); job; job = jobs.shift()) {
          // The browser's own locale too: native date inputs and pickers follow it, not the page's lang.
          const context = await browser.newContext({ locale: job.locale, viewport: { width: widths[0], height: height(widths[0]) } });
          await context.addInitScript(forceLocale);
          try {
            await shootStoryFile(await context.newPage(), server.url, job.group, job.locale);
          } finally {
            await context.close();
          }
        }
      }),
    );
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Demo pages

async function firstCustomerId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const view = document.querySelector('demo-app')?.shadowRoot?.querySelector('demo-customers-view');
    const list = view?.shadowRoot?.querySelector('dossier-customer-list') as { rowAt(i: number): { id: string } | undefined } | null;
    return list?.rowAt(0)?.id ?? '';
  });
}

/**
 * Seeds a small archive (?customers=) in a browser context of each language (navigator.language
 * and Intl's default follow it; Debian's headless Chromium still draws native date inputs as
 * mm/dd/yyyy in either, which a Chinese manager's browser would not: the date written out beside
 * each input is what to judge), then switches width on the same page.
 */
async function shootDemoPages(browser: Browser): Promise<void> {
  const { url, server } = await startDemoServer();
  try {
    for (const locale of locales) {
      const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
      try {
        const page = await context.newPage();
        page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
        await page.addInitScript((l) => localStorage.setItem('dossier-demo:locale', l), locale);
        await page.goto(`${url}/?customers=${customers}#/customers`);
        await waitForDemo(page, 600_000);
        await page.locator('dossier-customer-list [role=option]').first().waitFor();
        const customerId = await firstCustomerId(page);
        for (const width of widths) {
          await page.setViewportSize({ width, height: height(width) });
          for (const name of demoPages) {
            const hash = name === 'customer' ? `#/customers/${encodeURIComponent(customerId)}` : `#/${name}`;
            // A new query each time: a change of hash alone would not reload the page.
            await page.goto(`${url}/?customers=${customers}&shot=${locale}-${width}-${name}${hash}`);
            await waitForDemo(page);
            await settle(page);
            await shoot(page, `${out}demo-${name}-${locale}-${width}.png`, `demo ${name} (${locale}, ${width} px)`);
          }
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const started = Date.now();
  const stories = shootStories ? storybookStories() : [];
  if (typeof stories === 'string') console.warn(stories);
  const browser = await launchChromium();
  try {
    if (Array.isArray(stories) && stories.length > 0) await shootAllStories(browser, stories);
    if (shootDemo) await shootDemoPages(browser);
  } finally {
    await browser.close();
  }
  if (sideways.length) console.warn(`scroll sideways at phone width:\n  ${sideways.sort().join('\n  ')}`);
  if (blank.length) console.warn(`rendered nothing (blank pictures):\n  ${blank.sort().join('\n  ')}`);
  if (cut.length) console.warn(`too tall to shoot whole:\n  ${cut.sort().join('\n  ')}`);
  if (failed.length) console.warn(`not shot:\n  ${failed.sort().join('\n  ')}`);
  const storyShots = written.filter((f) => f.startsWith(`${out}stories/`)).length;
  console.warn(
    `wrote ${written.length} screenshots (${storyShots} of ${Array.isArray(stories) ? stories.length : 0} stories in stories/, ${written.length - storyShots} of demo pages; ${locales.join(' and ')} at ${widths.join(' and ')} px) to ${out} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  if (failed.length) process.exitCode = 1;
}

// Run as a script (`pnpm screenshots`), not when a test imports `forceLocale`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
