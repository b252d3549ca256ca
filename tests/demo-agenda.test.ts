import { describe, expect, inject, it } from 'vitest';
import { artefact, waitForDemo } from './demo-support.ts';
import { useDemoContext } from './support/demo-context.ts';

describe('demo site: the day starts from the agenda', () => {
  const demo = useDemoContext();
  const url = inject('demoUrl');

  it('opens on the agenda; an item leads to the card, a logged call with a next step shows the new task, and the follow-up leaves the agenda', async () => {
    const page = await demo.open('/?customers=200');
    const agenda = page.locator('dossier-agenda');
    // A follow-up due by cadence for a customer that is not a key account (those are followed every 7 days, inside the week shown).
    const followUp = agenda.locator('[part~=item][data-item^="follow-up:"]').filter({ hasNot: page.locator('.key') }).first();
    await followUp.waitFor();
    await page.locator('dossier-receivables [part=table]').waitFor();
    await artefact(page, 'demo-agenda-1');
    const itemId = (await followUp.getAttribute('data-item'))!;
    const customerId = itemId.split(':')[1]!;

    await followUp.click();
    await page.waitForURL(`**#/customers/${encodeURIComponent(customerId)}`);
    const card = page.locator('dossier-customer-card');
    await card.locator('[part~=section][part~=tasks]').waitFor();
    await card.locator('[part~=log] summary').click();
    await card.locator('[part=log-form] select[name=kind]').selectOption('call');
    await card.locator('[part=log-form] input[name=subject]').fill('电话回访 E2E');
    await card.locator('[part=log-form] input[name=nextStep]').fill('发送新报价 E2E');
    await card.locator('[part=log-form] button[type=submit]').click();
    await card.locator('[part~=section][part~=tasks] [part=task]', { hasText: '发送新报价 E2E' }).waitFor();
    await artefact(page, 'demo-agenda-2-card');

    await page.goto(`${url}/?customers=200#/agenda`);
    await waitForDemo(page);
    await agenda.locator('[part~=item]').first().waitFor();
    // The call is today's contact: the customer is followed up again; its next step is a task due next week.
    expect(await agenda.locator(`[data-item="${itemId}"]`).count()).toBe(0);
    await agenda.locator(`[part~=item][data-item^="task:${customerId}:"]`, { hasText: '发送新报价 E2E' }).waitFor();
    expect(demo.pageErrors).toEqual([]);
  });
});
