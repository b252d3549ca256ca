import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { resolveLocale } from '@dossier/core';

describe('real Chromium IndexedDB', () => {
  it('stores and reads back a record', async () => {
    const db = await openDB('dossier-smoke', 1, { upgrade: (d) => d.createObjectStore('kv') });
    await db.put('kv', { locale: resolveLocale('zh-CN') }, 'a');
    expect(await db.get('kv', 'a')).to.deep.equal({ locale: 'zh-CN' });
    expect(navigator.userAgent).to.contain('Chrome');
    db.close();
  });
});
