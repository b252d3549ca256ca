import { describe, expect, inject, it } from 'vitest';
import { artefact } from './demo-support.ts';
import { useDemoContext } from './support/demo-context.ts';

// demo/react.html: the typed React wrappers of @dossier/components/react rendered by React 19
// in Chromium — object properties reach the elements, and domain events arrive as props.
describe('React wrappers', () => {
  const demo = useDemoContext({ viewport: { width: 1200, height: 900 } });
  const url = inject('demoUrl');

  it('renders the elements in React and turns dossier-select into onDossierSelect', async () => {
    const page = await demo.context.newPage();
    await page.goto(`${url}/react.html`);
    // The badge got its boolean property and the list its store through the provider (React props → element properties).
    await page.locator('dossier-tier-badge [part=vip]').waitFor();
    const row = page.locator('dossier-customer-list [part~=row]').first();
    await row.waitFor();
    expect(await page.locator('dossier-customer-list').evaluate((e) => (e as unknown as { shownCount: number }).shownCount)).toBe(40);
    const name = (await row.locator('.name').textContent())!.trim();
    await row.click();
    // onDossierSelect set React state: the id is shown and the card for it rendered.
    await page.locator('#selected', { hasText: /selected: C\d+/ }).waitFor();
    await page.locator('dossier-customer-card [part=name]', { hasText: name }).waitFor();
    await artefact(page, 'react');
    expect(demo.pageErrors).toEqual([]);
  });
});
