import { readFile } from 'node:fs/promises';
import { pdfPages } from '../../api/src/documents/read-back';
import { api, expect, type Page, signIn, test, useSession } from './support';

// Issue 11, item 6: the quote PDF a branch marketer hands to a manufacturer is the customer's
// copy: no approver, no internal status, prices stated with 6% VAT. Staff can still take the
// internal copy, which carries the approval trail and says it is internal.

/** 'YYYY-MM-DD' in Beijing, n days from today (cards and quotes count days there). */
function day(n: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + n * 86_400_000));
}

async function pdfText(page: Page, testId: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return (await pdfPages(await readFile((await download.path()) ?? ''))).join('\n');
}

test('the customer copy has no approver and states 含6%增值税; the internal copy has the trail', async ({ browser }) => {
  // A quote of bj_clerk's at 4.5折, below her own 5折, so the branch GM 郑伟 approves it. A shared
  // (not exclusive) slot for two days this month, so no other spec's booking is in the way.
  const clerk = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await useSession(clerk.context(), 'bj_clerk');
  const me = await api<{ user: { roles: { unitId: number }[] } }>(clerk, 'get', '/api/auth/me');
  const customer = (await api<{ items: { id: number }[] }>(clerk, 'get', `/api/customers?q=${encodeURIComponent('格力')}`)).items[0];
  const slot = (await api<{ items: { id: number }[] }>(clerk, 'get', '/api/ad-slots?q=SEARCH-TOP')).items[0];
  const start = day(1).slice(0, 7) === day(0).slice(0, 7) ? day(1) : day(0);
  const quote = await api<{ id: number; version: number; number: string }>(clerk, 'post', '/api/ad-quotes', {
    unitId: me.user.roles[0].unitId,
    customerId: customer.id,
    validUntil: day(20),
    lines: [{ slotId: slot.id, startsOn: start, endsOn: start, shareBp: 4500 }],
  });
  await api(clerk, 'post', `/api/ad-quotes/${quote.id}/submit`, { version: quote.version });

  const gm = await (await browser.newContext()).newPage();
  await useSession(gm.context(), 'bj_gm');
  const { approval } = await api<{ approval: { requestId: number } }>(gm, 'get', `/api/ad-quotes/${quote.id}`);
  const request = await api<{ version: number }>(gm, 'get', `/api/approvals/requests/${approval.requestId}`);
  await api(gm, 'post', `/api/approvals/requests/${approval.requestId}/approve`, { version: request.version });

  // The marketer's only PDF is the customer's.
  const marketer = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(marketer, 'bj_marketer', `/ad-quotes/${quote.id}`);
  await expect(marketer.getByTestId('internal-copy-pdf')).toHaveCount(0);
  const customerCopy = await pdfText(marketer, 'download-quote-pdf');
  expect(customerCopy).toContain(quote.number);
  expect(customerCopy).toContain('含6%增值税');
  expect(customerCopy).not.toContain('郑伟');
  expect(customerCopy).not.toMatch(/审批|已批准|内部/);

  // The clerk takes the internal copy: the GM's approval and the internal mark.
  await clerk.goto(`/ad-quotes/${quote.id}`);
  const internal = await pdfText(clerk, 'internal-copy-pdf');
  expect(internal).toContain(quote.number);
  expect(internal).toContain('郑伟');
  expect(internal).toContain('内部副本');
  expect(internal).toContain('请勿交给客户');
});
