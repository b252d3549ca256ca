// The manifest Storybook reads (stories/manifest.ts), checked on the real custom-elements.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enumerationControls, enumerationOf, forStorybook } from '../stories/manifest.ts';

type Declaration = { tagName?: string; customElement?: boolean; description?: string; members?: { name: string }[]; cssParts?: { name: string }[] };
const manifest = JSON.parse(readFileSync(new URL('../packages/components/custom-elements.json', import.meta.url), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const element = (tag: string) => forStorybook(manifest).modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;

describe('the manifest Storybook shows', () => {
  it('describes every element (its summary at least)', () => {
    const elements = forStorybook(manifest).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
    expect(elements.length).toBeGreaterThan(10);
    expect(elements.filter((d) => !d.description).map((d) => d.tagName)).toEqual([]);
    expect(element('dossier-tier-badge').description).toContain('A small badge');
  });

  it('lists public settable properties only, and CSS parts as parts', () => {
    const list = element('dossier-customer-list').members!.map((m) => m.name);
    expect(list).toContain('store');
    expect(list).toContain('search');
    for (const hidden of ['providedViewer', 'storeRows', 'internals', 'resolvedLocale']) expect(list).not.toContain(hidden);
    const badge = element('dossier-tier-badge');
    expect(badge.cssParts!.map((p) => p.name)).toContain('::part(vip)');
    expect(badge.members!.map((m) => m.name)).toContain('vip');
  });

  it('offers a choice for enumerations', () => {
    expect(enumerationOf('Locale | undefined')).toEqual(['en', 'zh-CN']);
    expect(enumerationOf("'asc' | 'desc'")).toEqual(['asc', 'desc']);
    expect(enumerationOf('string | undefined')).toBeUndefined();
    const enhanced = enumerationControls<Record<string, { table?: { category?: string; type?: { summary?: string } }; control?: unknown; options?: readonly unknown[] }>>({
      argTypes: {
        theme: { table: { category: 'properties', type: { summary: 'Theme | undefined' } } },
        store: { table: { category: 'properties', type: { summary: 'Store | undefined' } } },
      },
    });
    expect(enhanced['theme']).toMatchObject({ control: { type: 'select' }, options: ['light', 'dark'] });
    expect(enhanced['store']?.control).toBeUndefined();
  });
});
