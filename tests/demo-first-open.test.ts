import { describe, expect, inject, it } from 'vitest';
import { timeFirstOpen } from './demo-support.ts';
import { useDemoContext } from './support/demo-context.ts';

// Issue 19: "the list is usable within 5 s of the first page load" with the demo's full archive
// (2,500 customers, about 52,000 records). The page stores the customers first, in the list's
// order, and opens on them while the rest of the book is written. The time is printed, not
// asserted (the suite runs on busy machines too); what is asserted is the order of events: the
// list answers a click while the archive is still being written.
describe('demo site: first open', () => {
  const demo = useDemoContext();
  const url = inject('demoUrl');

  it('shows a usable customer list before the whole archive is stored, and prints how long it took', async () => {
    // The page's first open, not the dev server's start: the suite's setup starts the ERP page's
    // PGlite (seconds of both cores) and the server warms the page's modules up; both are done
    // before the clock starts (in a full run they are long done by the time this file runs).
    const serverReady = Date.now();
    await fetch(`${url}/demo-admin/info`);
    const serverWait = Date.now() - serverReady;
    const page = await demo.context.newPage();
    // Usable: choosing a row opens its card while the rest is written.
    const { usable, opened, stateWhenUsable } = await timeFirstOpen(page, `${url}/#/customers`);
    expect(stateWhenUsable).toBe('filling');
    const status = await page.locator('demo-app .status-line').textContent();
    expect(status).toMatch(/仍在存储往来记录|still storing their history/);
    const load = (await import('node:os')).loadavg()[0]!.toFixed(1);
    console.log(
      `[first open] list usable after ${(usable / 1000).toFixed(1)} s, first card open after ${(opened / 1000).toFixed(1)} s (goal 5 s; load average ${load}; waited ${(serverWait / 1000).toFixed(1)} s for the server first)`,
    );
    expect(demo.pageErrors).toEqual([]);
  });
});
