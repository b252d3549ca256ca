import { expect, fixture, html } from '@open-wc/testing';
import { createHttpStore, createMemoryStore, createStoreHandler, forbiddenResponse, unauthenticatedResponse } from '@dossier/storage-adapters';
import type { Store } from '@dossier/storage-adapters';
import type { Locale } from '@dossier/core';
import { eventually } from '../testing-fixtures/index.js';
import { viewers } from '../testing-fixtures/archive.js';
import type { DossierUnauthenticatedEvent } from './events.js';
import '../define.js';

/**
 * A server behind its own sign-in, reached over HTTP from the page: `answer` decides what the
 * sign-in says (401, 403, or a viewer). Counts the requests of each path.
 */
function serverStore(answer: 'sign-in' | 'not-allowed' | 'signed-in'): { store: Store; requests: Map<string, number> } {
  const backing = createMemoryStore();
  void backing.put('customer', { id: 'C-1', name: '杭州科技', salespersonId: 'rep-1' });
  const handler = createStoreHandler(backing, {
    basePath: '/api',
    authenticate: (request) =>
      answer === 'sign-in' ? unauthenticatedResponse(request) : answer === 'not-allowed' ? forbiddenResponse(request) : { userId: 'mgr-1', role: { id: 'sales-manager' } },
  });
  const requests = new Map<string, number>();
  const store = createHttpStore({
    baseUrl: 'http://archive.test/api',
    reconnectMs: 20,
    fetch: async (input, init) => {
      const path = new URL(String(input)).pathname;
      requests.set(path, (requests.get(path) ?? 0) + 1);
      return handler(new Request(input, init));
    },
  });
  return { store, requests };
}

const alertText = (el: Element) => el.shadowRoot!.querySelector('[role=alert]')?.textContent ?? '';

const cases: [Locale, string, string][] = [
  ['en', 'Please sign in', 'Not allowed'],
  ['zh-CN', '请登录', '无权访问'],
];

describe('elements behind a server’s sign-in', () => {
  for (const [locale, signIn, notAllowed] of cases) {
    it(`history, card, list and form say "${signIn}" on 401 and fire dossier-unauthenticated (${locale})`, async () => {
      const events: DossierUnauthenticatedEvent[] = [];
      const listener = (event: DossierUnauthenticatedEvent) => events.push(event);
      document.addEventListener('dossier-unauthenticated', listener);
      try {
        const { store } = serverStore('sign-in');
        const elements = [
          await fixture(html`<dossier-history locale=${locale} record-id="C-1" .store=${store} .viewer=${viewers.manager}></dossier-history>`),
          await fixture(html`<dossier-customer-card locale=${locale} customer-id="C-1" .store=${store} .viewer=${viewers.manager}></dossier-customer-card>`),
          await fixture(html`<dossier-customer-list locale=${locale} .store=${store} .viewer=${viewers.manager}></dossier-customer-list>`),
          await fixture(html`<dossier-customer-form locale=${locale} customer-id="C-1" .store=${store} .viewer=${viewers.manager}></dossier-customer-form>`),
        ];
        for (const el of elements) {
          await eventually(() => alertText(el).includes(signIn) || (el.shadowRoot?.textContent ?? '').includes(signIn), 3000);
          expect(el.shadowRoot!.textContent, el.localName).to.contain(signIn);
          expect(el.shadowRoot!.textContent, el.localName).not.to.match(/network|网络/i);
        }
        const sources = new Set(events.map((e) => `${(e.target as Element).localName}:${e.detail.source}`));
        for (const el of elements) expect([...sources].some((s) => s.startsWith(`${el.localName}:load`)), el.localName).to.equal(true);
        // The event crosses shadow roots and carries the store's error.
        expect(events.every((e) => e.bubbles && e.composed && (e.detail.error as { code?: string }).code === 'unauthenticated')).to.equal(true);
      } finally {
        document.removeEventListener('dossier-unauthenticated', listener);
      }
    });

    it(`says "${notAllowed}" on 403 without asking to sign in (${locale})`, async () => {
      let asked = 0;
      const listener = () => asked++;
      document.addEventListener('dossier-unauthenticated', listener);
      try {
        const { store } = serverStore('not-allowed');
        const el = await fixture(html`<dossier-history locale=${locale} record-id="C-1" .store=${store} .viewer=${viewers.manager}></dossier-history>`);
        await eventually(() => alertText(el).includes(notAllowed), 3000);
        expect(alertText(el)).to.contain(notAllowed);
        expect(asked).to.equal(0);
      } finally {
        document.removeEventListener('dossier-unauthenticated', listener);
      }
    });
  }

  it('stops the change feed after one refused attempt instead of reconnecting', async () => {
    const { store, requests } = serverStore('sign-in');
    const feedEvents: string[] = [];
    const listener = (event: DossierUnauthenticatedEvent) => feedEvents.push(event.detail.source);
    document.addEventListener('dossier-unauthenticated', listener);
    try {
      await fixture(html`<dossier-customer-list locale="en" .store=${store} .viewer=${viewers.manager}></dossier-customer-list>`);
      // 20 ms between attempts would make about 25 attempts in half a second.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(requests.get('/api/changes')).to.equal(1);
      expect(feedEvents).to.include('feed');
    } finally {
      document.removeEventListener('dossier-unauthenticated', listener);
    }
  });

  it('reconnects a failing change feed with growing waits, not at a fixed rate', async () => {
    const backing = createMemoryStore();
    const handler = createStoreHandler(backing, { basePath: '/api', trusted: true });
    let feedAttempts = 0;
    const store = createHttpStore({
      baseUrl: 'http://archive.test/api',
      reconnectMs: 20,
      maxReconnectMs: 80,
      fetch: async (input, init) => {
        if (new URL(String(input)).pathname === '/api/changes') {
          feedAttempts++;
          return new Response('bad gateway', { status: 502 });
        }
        return handler(new Request(input, init));
      },
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture(html`<dossier-customer-list locale="en" .store=${store} .viewer=${viewers.manager}></dossier-customer-list>`);
      await new Promise((resolve) => setTimeout(resolve, 600));
      el.remove();
    } finally {
      console.warn = warn;
    }
    // Waits 20, 40, 80, 80 …: at most 9 attempts in 600 ms (a fixed 20 ms would make about 30).
    expect(feedAttempts).to.be.within(2, 9);
  });

  it('shows the records when signed in (the same elements, the same store)', async () => {
    const { store } = serverStore('signed-in');
    // The owner rep-1 is shown by name through the people directory, never as the id.
    const el = await fixture(html`<dossier-customer-card locale="zh-CN" customer-id="C-1" .store=${store} .viewer=${viewers.manager} .people=${[{ id: 'rep-1', name: '张伟' }]}></dossier-customer-card>`);
    await eventually(() => (el.shadowRoot?.textContent ?? '').includes('张伟'), 3000);
    expect(el.shadowRoot!.textContent).to.contain('张伟');
    expect(el.shadowRoot!.textContent).not.to.contain('rep-1');
    expect(el.shadowRoot!.textContent).not.to.contain('请登录');
  });
});
