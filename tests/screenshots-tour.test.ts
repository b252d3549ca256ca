import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { forceLocale } from '../scripts/screenshots.ts';
import { useBrowser, useStaticServer } from './support/use-browser.ts';

// The screenshot tour shoots every story in both locales although most stories set their
// element's locale themselves: its init script makes every Dossier element take the locale of
// the URL's `tour-locale`. Checked on the built Storybook (pnpm build-storybook) with the audit
// log's stories: 'typical' sets locale="zh-CN", 'english' sets locale="en".
const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));

describe('screenshot tour locale', () => {
  const server = useStaticServer(staticDir);
  const chromium = useBrowser();

  /** The heading of the audit log a story renders, with the tour's script and `tour-locale` given or not. */
  async function heading(storyId: string, tourLocale?: string): Promise<string> {
    const context = await chromium.browser.newContext();
    try {
      await context.addInitScript(forceLocale);
      const page = await context.newPage();
      await page.goto(`${server.url}/iframe.html?id=${storyId}&viewMode=story${tourLocale ? `&tour-locale=${tourLocale}` : ''}`);
      const title = page.locator('dossier-audit-log [part~=title]').first();
      await title.waitFor({ timeout: 30_000 });
      return (await title.textContent())?.trim() ?? '';
    } finally {
      await context.close();
    }
  }

  it('leaves a story in its own locale without tour-locale', async () => {
    expect(await heading('privacy-audit-log--typical')).toBe('审计日志');
    expect(await heading('privacy-audit-log--english')).toBe('Audit log');
  });

  it('renders a zh-CN story in English and an English story in Chinese', async () => {
    expect(await heading('privacy-audit-log--typical', 'en')).toBe('Audit log');
    expect(await heading('privacy-audit-log--english', 'zh-CN')).toBe('审计日志');
  });
});
