import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, calendarDay, formatZhe } from '@portal/domain';
import { createTestContext, describeSignedIn, refused, type Session, signIn, type TestContext } from '../../test/support';

const today = calendarDay(new Date());
/** A month of its own, three months on, so the seeded cards and quotes do not interfere. */
const M = addMonths(today.slice(0, 7), 3);
const day = (n: number) => `${M}-${String(n).padStart(2, '0')}`;
const validUntil = addDays(today, 30);

describe('ad quotations', () => {
  let ctx: TestContext;
  let ecom: Session, hqGm: Session, bjClerk: Session, bjGm: Session, bjMarketer: Session, shGm: Session, finance: Session;
  let tDay: number, tWeek: number, tShared: number;
  let bj: number, sh: number, hq: number;
  let customer: number;
  let cardR1: number;

  before(async () => {
    ctx = await createTestContext();
    [ecom, hqGm, bjClerk, bjGm, bjMarketer, shGm, finance] = await Promise.all(
      ['ecom', 'hq_gm', 'bj_clerk', 'bj_gm', 'bj_marketer', 'sh_gm', 'finance'].map((u) => signIn(ctx.app, u)),
    );
    const unit = async (code: string) => (await ctx.db('units').where({ code }).first('id')).id as number;
    [bj, sh, hq] = await Promise.all(['BJ', 'SH', 'HQ'].map(unit));
    const slot = async (code: string, pricingUnit: string, exclusive: boolean) => {
      const res = await ecom.post('/api/ad-slots').send({ code, name: `测试位${code}`, page: '测试页', pricingUnit, exclusive });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.id as number;
    };
    tDay = await slot('T-DAY', 'day', true);
    tWeek = await slot('T-WEEK', 'week', false);
    tShared = await slot('T-SHARED', 'day', false);
    const draft = await ecom.post('/api/ad-rate-cards').send({ month: M });
    assert.equal(draft.status, 201);
    const priced = await ecom.put(`/api/ad-rate-cards/${draft.body.id}`).send({
      version: draft.body.version,
      prices: [
        { slotId: tDay, priceFen: 123456 },
        { slotId: tWeek, priceFen: 1000001 },
        { slotId: tShared, priceFen: 10000 },
      ],
    });
    assert.equal(priced.status, 200, JSON.stringify(priced.body));
    const published = await ecom.post(`/api/ad-rate-cards/${draft.body.id}/publish`).send({ version: priced.body.version });
    assert.equal(published.status, 200, JSON.stringify(published.body));
    cardR1 = draft.body.id;
    const c = await bjClerk.post('/api/customers').send({ name: '青岛海尔测试电器有限公司', uscc: '91350100M000100Y43' });
    assert.equal(c.status, 201, JSON.stringify(c.body));
    customer = c.body.id;
  });
  after(() => ctx.close());

  const newQuote = async (who: Session, unitId: number, lines: { slotId: number; startsOn: string; endsOn: string; shareBp?: number }[], bundleShareBp = 10000) => {
    const res = await who.post('/api/ad-quotes').send({ unitId, customerId: customer, validUntil, bundleShareBp, lines });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  };
  const act = async (who: Session, q: { id: number; version: number }, action: string) => who.post(`/api/ad-quotes/${q.id}/${action}`).send({ version: q.version });

  describe('the discount authority, through the API', () => {
    const SHARES = [5000, 4900, 4000, 3900, 3000, 2900];
    const TABLE: { who: string; session: () => Session; unit: () => number; expect: (string | string[])[] }[] = [
      { who: 'a branch e-commerce clerk', session: () => bjClerk, unit: () => bj,
        expect: ['ok', ['branch_gm'], ['branch_gm'], ['branch_gm', 'hq_center_gm'], ['branch_gm', 'hq_center_gm'], 'refused'] },
      { who: 'a branch GM', session: () => bjGm, unit: () => bj,
        expect: ['ok', 'ok', 'ok', ['hq_center_gm'], ['hq_center_gm'], 'refused'] },
      { who: 'HQ e-commerce staff', session: () => ecom, unit: () => hq,
        expect: ['ok', ['hq_center_gm'], ['hq_center_gm'], ['hq_center_gm'], ['hq_center_gm'], 'refused'] },
      { who: 'the HQ centre GM', session: () => hqGm, unit: () => hq,
        expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'refused'] },
    ];
    for (const row of TABLE) {
      for (const [i, share] of SHARES.entries()) {
        const expected = row.expect[i];
        const label = expected === 'ok' ? 'approved at once' : expected === 'refused' ? 'refused, naming the floor' : `to ${(expected as string[]).join(' then ')}`;
        it(`${row.who} submitting ${formatZhe(share)}: ${label}`, async () => {
          const who = row.session();
          const q = await newQuote(who, row.unit(), [{ slotId: tShared, startsOn: day(1), endsOn: day(10), shareBp: share }]);
          assert.equal(q.paidShareBp, share);
          const preview = await who.post('/api/ad-quotes/preview').send({ unitId: row.unit(), bundleShareBp: 10000, lines: [{ slotId: tShared, startsOn: day(1), endsOn: day(10), shareBp: share }] });
          assert.equal(preview.status, 200);
          const res = await act(who, q, 'submit');
          if (expected === 'ok') {
            assert.equal(res.status, 200, JSON.stringify(res.body));
            assert.equal(res.body.status, 'approved');
            assert.equal(preview.body.decision.outcome, 'approved');
          } else if (expected === 'refused') {
            assert.equal(res.status, 400);
            assert.match(res.body.detail, /最低只能给到3\.0折/);
            assert.equal(res.body.errors[0].path, 'bundleShareBp');
            assert.equal((await who.get(`/api/ad-quotes/${q.id}`)).body.status, 'draft');
            assert.equal(preview.body.decision.outcome, 'refused');
            assert.equal(preview.body.decision.floorBp, 3000);
          } else {
            assert.equal(res.status, 200, JSON.stringify(res.body));
            assert.equal(res.body.status, 'pending_approval');
            const request = (await who.get(`/api/approvals/requests/${res.body.approval.requestId}`)).body;
            const roles = request.steps.filter((s: { skipped: boolean }) => !s.skipped).map((s: { role: string }) => s.role);
            assert.deepEqual(roles, expected);
            assert.deepEqual(preview.body.decision.steps.map((s: { role: string }) => s.role), expected);
            assert.deepEqual(res.body.actions, []);
          }
        });
      }
    }

    it('names the approvers with their units in the preview: 4.5折 in 北京 goes to the 北京 GM', async () => {
      const res = await bjClerk.post('/api/ad-quotes/preview').send({ unitId: bj, bundleShareBp: 4500, lines: [{ slotId: tShared, startsOn: day(1), endsOn: day(2) }] });
      assert.equal(res.status, 200);
      assert.equal(res.body.zhe, '4.5折');
      assert.equal(res.body.percent, '45.0%');
      assert.deepEqual(res.body.decision, { outcome: 'needs_approval', steps: [{ role: 'branch_gm', unit: 'branch', unitName: '北京分部' }] });
    });

    it('follows the authority table the admin changes', async () => {
      const admin = await signIn(ctx.app, 'admin');
      const current = (await admin.get('/api/ad-discount-authority')).body;
      const changed = await admin.put('/api/ad-discount-authority').send({
        version: current.version,
        floorBp: 3000,
        authority: { ...current.authority, branch_ecommerce_clerk: 4500 },
      });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      try {
        const q = await newQuote(bjClerk, bj, [{ slotId: tShared, startsOn: day(1), endsOn: day(2) }], 4500);
        assert.equal((await act(bjClerk, q, 'submit')).body.status, 'approved');
      } finally {
        const back = await admin.put('/api/ad-discount-authority').send({ version: changed.body.version, floorBp: 3000, authority: current.authority });
        assert.equal(back.status, 200);
      }
    });
  });

  it('goes to the branch GM at 4.5折; approved in the inbox; an edit returns it to draft and it is submitted anew', async () => {
    const q = await newQuote(bjClerk, bj, [{ slotId: tShared, startsOn: day(3), endsOn: day(4), shareBp: 4500 }]);
    const submitted = (await act(bjClerk, q, 'submit')).body;
    assert.equal(submitted.status, 'pending_approval');
    // Read-only while it waits.
    const blocked = await bjClerk.put(`/api/ad-quotes/${q.id}`).send({ version: submitted.version, unitId: bj, customerId: customer, validUntil, lines: [{ slotId: tShared, startsOn: day(3), endsOn: day(5) }] });
    assert.equal(blocked.status, 409);
    const inbox = (await bjGm.get('/api/approvals/inbox?documentType=ad_quote')).body;
    const request = inbox.items.find((r: { documentId: number }) => r.documentId === q.id);
    assert.ok(request, 'the 北京 GM has it in the inbox');
    assert.equal(request.paidShareBp, 4500);
    assert.equal((await bjGm.post(`/api/approvals/requests/${request.id}/approve`).send({ version: request.version })).status, 200);
    const approved = (await bjClerk.get(`/api/ad-quotes/${q.id}`)).body;
    assert.equal(approved.status, 'approved');
    assert.equal(approved.approval.status, 'approved');
    assert.deepEqual(approved.actions, ['edit', 'send', 'cancel']);
    // The quote says who may open its approval request, so a marketer's page never asks for one it gets a 404 on.
    assert.equal(approved.approval.readable, true);
    const marketersCopy = (await bjMarketer.get(`/api/ad-quotes/${q.id}`)).body;
    assert.equal(marketersCopy.approval.readable, false);
    assert.equal((await bjMarketer.get(`/api/approvals/requests/${marketersCopy.approval.requestId}`)).status, 404);

    const edited = await bjClerk.put(`/api/ad-quotes/${q.id}`).send({ version: approved.version, unitId: bj, customerId: customer, validUntil, lines: [{ slotId: tShared, startsOn: day(3), endsOn: day(6), shareBp: 4500 }] });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body.status, 'draft');
    const stale = await bjClerk.put(`/api/ad-quotes/${q.id}`).send({ version: approved.version, unitId: bj, customerId: customer, validUntil, lines: [{ slotId: tShared, startsOn: day(3), endsOn: day(6) }] });
    assert.equal(stale.status, 409);
    const again = await act(bjClerk, edited.body, 'submit');
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.equal(again.body.status, 'pending_approval');
    const request2 = (await bjClerk.get(`/api/approvals/requests/${again.body.approval.requestId}`)).body;
    assert.equal(request2.round, 2);
    // Returned for changes: back to draft.
    assert.equal((await bjGm.post(`/api/approvals/requests/${request2.id}/return`).send({ version: request2.version, comment: '请补充投放计划' })).status, 200);
    assert.equal((await bjClerk.get(`/api/ad-quotes/${q.id}`)).body.status, 'draft');
  });

  it('computes bundle plus line discounts exactly, the bundle counted once', async () => {
    const lines = [
      { slotId: tDay, startsOn: day(20), endsOn: day(22), shareBp: 8000 },
      { slotId: tWeek, startsOn: day(1), endsOn: day(8), shareBp: 6500 },
    ];
    const q = await newQuote(ecom, hq, lines, 9000);
    // ¥1,234.56 × 3 days = 370,368 fen at 8折 → 296,294; ¥10,000.01 × 2 weeks = 2,000,002 fen at 6.5折 → 1,300,001;
    // their 1,596,295 at the 9折 bundle → 1,436,665.5 → 1,436,666 fen; 1,436,666 / 2,370,370 = 60.60…% → 6.1折 (to the nearest tenth since issue 11).
    assert.deepEqual(q.lines.map((l: { units: number; listFen: number; netFen: number }) => [l.units, l.listFen, l.netFen]), [
      [3, 370368, 296294],
      [2, 2000002, 1300001],
    ]);
    assert.equal(q.listFen, 2370370);
    assert.equal(q.netFen, 1436666);
    assert.equal(q.paidShareBp, 6060);
    assert.equal(q.zhe, '6.1折');
    assert.equal(q.percent, '60.6%');
    const preview = (await ecom.post('/api/ad-quotes/preview').send({ unitId: hq, bundleShareBp: 9000, lines })).body;
    assert.deepEqual([preview.listFen, preview.subtotalFen, preview.netFen, preview.paidShareBp], [2370370, 1596295, 1436666, 6060]);
    assert.match(q.number, new RegExp(`^HQ-${today.slice(0, 7).replace('-', '')}-\\d{4}$`));
  });

  it('prices from the card revision current when saved: a new revision changes new quotes, not old ones', async () => {
    const line = [{ slotId: tShared, startsOn: day(12), endsOn: day(12) }];
    const old = await newQuote(ecom, hq, line);
    assert.deepEqual([old.lines[0].cardId, old.lines[0].cardRevision, old.lines[0].unitPriceFen], [cardR1, 1, 10000]);

    const r2 = await ecom.post('/api/ad-rate-cards').send({ month: M });
    assert.equal(r2.status, 201);
    assert.equal(r2.body.revision, 2);
    assert.equal(r2.body.prices.length, 3, 'the draft starts from the published prices');
    const prices = r2.body.prices.map((p: { slotId: number; priceFen: number }) => ({ slotId: p.slotId, priceFen: p.slotId === tShared ? 12000 : p.priceFen }));
    const saved = await ecom.put(`/api/ad-rate-cards/${r2.body.id}`).send({ version: r2.body.version, note: '更正', prices });
    const before = (await bjClerk.get('/api/notifications')).body.total;
    const published = await ecom.post(`/api/ad-rate-cards/${r2.body.id}/publish`).send({ version: saved.body.version });
    assert.equal(published.status, 200);
    assert.equal(published.body.supersedesId, cardR1);
    assert.equal((await ecom.get(`/api/ad-rate-cards/${cardR1}`)).body.status, 'superseded');
    assert.equal((await ecom.get(`/api/ad-rate-cards/current?month=${M}`)).body.id, r2.body.id);
    // A published card is never edited.
    assert.equal((await ecom.put(`/api/ad-rate-cards/${r2.body.id}`).send({ version: published.body.version, note: 'x' })).status, 409);

    const fresh = await newQuote(ecom, hq, line);
    assert.deepEqual([fresh.lines[0].cardId, fresh.lines[0].cardRevision, fresh.lines[0].unitPriceFen], [r2.body.id, 2, 12000]);
    const kept = (await ecom.get(`/api/ad-quotes/${old.id}`)).body;
    assert.deepEqual([kept.lines[0].cardId, kept.lines[0].cardRevision, kept.lines[0].unitPriceFen, kept.listFen], [cardR1, 1, 10000, 10000]);

    // The branches are told in-app, in the same transaction as the publication.
    const told = (await bjClerk.get('/api/notifications')).body;
    assert.equal(told.total, before + 1);
    assert.match(told.items[0].title, new RegExp(`${M}.*第2版`));
    assert.ok((await bjMarketer.get('/api/notifications')).body.items.some((n: { title: string }) => n.title.includes(M)));
  });

  it('lets exactly one of two overlapping quotes on an exclusive slot be accepted, however the requests race', async () => {
    const ready = async (who: Session, startsOn: string, endsOn: string) => {
      const q = await newQuote(who, hq, [{ slotId: tDay, startsOn, endsOn }]);
      const approved = (await act(who, q, 'submit')).body;
      assert.equal(approved.status, 'approved');
      const sent = (await act(who, approved, 'send')).body;
      assert.equal(sent.status, 'sent');
      return sent;
    };
    const a = await ready(ecom, day(5), day(10));
    const b = await ready(hqGm, day(9), day(15));
    // While they are both open, each warns of the other.
    const preview = (await ecom.post('/api/ad-quotes/preview').send({ unitId: hq, quoteId: a.id, lines: [{ slotId: tDay, startsOn: day(5), endsOn: day(10) }] })).body;
    assert.ok(preview.conflicts.some((c: { quoteId: number; severity: string }) => c.quoteId === b.id && c.severity === 'warn'));

    const [ra, rb] = await Promise.all([act(ecom, a, 'accept'), act(hqGm, b, 'accept')]);
    const statuses = [ra.status, rb.status].sort();
    assert.deepEqual(statuses, [200, 409], `${ra.status} ${JSON.stringify(ra.body)} / ${rb.status} ${JSON.stringify(rb.body)}`);
    const loser = ra.status === 409 ? ra : rb;
    const winner = ra.status === 200 ? ra : rb;
    assert.match(loser.body.detail, /测试位T-DAY/);
    assert.ok(loser.body.detail.includes(winner.body.number));
    assert.equal(winner.body.status, 'accepted');
    const loserId = ra.status === 409 ? a.id : b.id;
    assert.equal((await ecom.get(`/api/ad-quotes/${loserId}`)).body.status, 'sent');
    const bookings = await ctx.db('ad_slot_bookings').where({ slot_id: tDay });
    assert.equal(bookings.length, 1);

    // Now the accepted one blocks: in the preview, and on saving a quote for those days.
    const blocked = (await ecom.post('/api/ad-quotes/preview').send({ unitId: hq, lines: [{ slotId: tDay, startsOn: day(10), endsOn: day(11) }] })).body;
    assert.deepEqual(blocked.conflicts.map((c: { severity: string; quoteNumber: string }) => [c.severity, c.quoteNumber]).filter(([s]: string[]) => s === 'block'), [['block', winner.body.number]]);
    const refused = await ecom.post('/api/ad-quotes').send({ unitId: hq, customerId: customer, validUntil, lines: [{ slotId: tDay, startsOn: day(10), endsOn: day(11) }] });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.errors[0].path, 'lines.0.startsOn');
  });

  it('lets one of two crossing two-line quotes be accepted, never cancelling the other as a deadlock', async () => {
    // Each quote's second line overlaps the other's first: without the slots locked in order,
    // the two accepts wait on each other and PostgreSQL kills one with a deadlock.
    const ready = async (who: Session, lines: { slotId: number; startsOn: string; endsOn: string }[]) => {
      const q = await newQuote(who, hq, lines);
      const approved = (await act(who, q, 'submit')).body;
      return (await act(who, approved, 'send')).body;
    };
    const a = await ready(ecom, [{ slotId: tDay, startsOn: day(20), endsOn: day(21) }, { slotId: tDay, startsOn: day(24), endsOn: day(25) }]);
    const b = await ready(hqGm, [{ slotId: tDay, startsOn: day(24), endsOn: day(25) }, { slotId: tDay, startsOn: day(20), endsOn: day(21) }]);
    const [ra, rb] = await Promise.all([act(ecom, a, 'accept'), act(hqGm, b, 'accept')]);
    assert.deepEqual([ra.status, rb.status].sort(), [200, 409]);
    const loser = ra.status === 409 ? ra : rb;
    assert.match(loser.body.detail, /测试位T-DAY/, loser.body.detail);
  });

  it('shows a branch only its own quotes: another branch’s quote is 404, not 403', async () => {
    const shQuote = await newQuote(shGm, sh, [{ slotId: tShared, startsOn: day(2), endsOn: day(2) }]);
    const bjQuote = await newQuote(bjClerk, bj, [{ slotId: tShared, startsOn: day(2), endsOn: day(2) }]);
    assert.equal((await bjClerk.get(`/api/ad-quotes/${shQuote.id}`)).status, 404);
    assert.equal((await bjMarketer.get(`/api/ad-quotes/${shQuote.id}`)).status, 404);
    assert.equal((await bjGm.post(`/api/ad-quotes/${shQuote.id}/cancel`).send({ version: shQuote.version })).status, 404);
    assert.equal((await shGm.get(`/api/ad-quotes/${bjQuote.id}`)).status, 404);
    const bjList = (await bjMarketer.get('/api/ad-quotes?pageSize=200')).body;
    assert.ok(bjList.total > 0);
    assert.ok(bjList.items.every((q: { unit: { code: string } }) => q.unit.code === 'BJ'));
    // The marketer reads and downloads, and changes nothing.
    const read = await bjMarketer.get(`/api/ad-quotes/${bjQuote.id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body.actions, []);
    assert.equal((await bjMarketer.post(`/api/ad-quotes/${bjQuote.id}/cancel`).send({ version: bjQuote.version })).status, 403);
    // HQ reads every unit's.
    assert.equal((await finance.get(`/api/ad-quotes/${shQuote.id}`)).status, 200);
    assert.equal((await ecom.get(`/api/ad-quotes/${bjQuote.id}`)).status, 200);
    // A branch clerk cannot quote for another branch or for HQ.
    const elsewhere = await bjClerk.post('/api/ad-quotes').send({ unitId: sh, customerId: customer, validUntil, lines: [{ slotId: tShared, startsOn: day(2), endsOn: day(2) }] });
    assert.equal(elsewhere.status, 403);
  });

  it('derives expired from the valid-until day, with no job', async () => {
    const q = await newQuote(ecom, hq, [{ slotId: tShared, startsOn: day(25), endsOn: day(25) }]);
    const sent = (await act(ecom, (await act(ecom, q, 'submit')).body, 'send')).body;
    await ctx.db('ad_quotes').where({ id: q.id }).update({ valid_until: addDays(today, -1) });
    const read = (await ecom.get(`/api/ad-quotes/${q.id}`)).body;
    assert.equal(read.status, 'expired');
    assert.deepEqual(read.actions, ['edit', 'cancel']);
    assert.equal((await act(ecom, sent, 'accept')).status, 409);
    const expired = (await ecom.get('/api/ad-quotes?status=expired&pageSize=200')).body;
    assert.ok(expired.items.some((x: { id: number }) => x.id === q.id));
    assert.ok(!(await ecom.get('/api/ad-quotes?status=sent&pageSize=200')).body.items.some((x: { id: number }) => x.id === q.id));
  });

  it('refuses lines it cannot price, naming the field', async () => {
    const noCard = addMonths(M, 1);
    const res = await ecom.post('/api/ad-quotes').send({
      unitId: hq,
      customerId: customer,
      validUntil,
      lines: [
        { slotId: tShared, startsOn: `${noCard}-01`, endsOn: `${noCard}-02` },
        { slotId: tShared, startsOn: day(3), endsOn: day(2) },
      ],
    });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path), ['lines.1.endsOn']);
    const res2 = await ecom.post('/api/ad-quotes').send({ unitId: hq, customerId: customer, validUntil, lines: [{ slotId: tShared, startsOn: `${noCard}-01`, endsOn: `${noCard}-02` }] });
    assert.equal(res2.status, 400);
    assert.equal(res2.body.errors[0].path, 'lines.0.startsOn');
    assert.match(res2.body.errors[0].message, new RegExp(noCard));
  });

  it('writes every change to the audit log', async () => {
    const actions = await ctx.db('audit_log').where('entity', 'like', 'ad_%').distinct('action').pluck('action');
    for (const a of ['ad_quote.create', 'ad_quote.submit', 'ad_quote.approved', 'ad_quote.reopen', 'ad_quote.send', 'ad_quote.accept', 'ad_rate_card.publish', 'ad_slot.create']) {
      assert.ok(actions.includes(a), a);
    }
  });
});

describeSignedIn('ad quotes: malformed input is a 400 naming the field, never a 500', 'bj_clerk', (as) => {
  it('a NUL search, ids beyond PostgreSQL integers, and the year 0000', async () => {
    const clerk = as.session;
    refused(await clerk.get('/api/ad-quotes?q=%00'), 'q');
    refused(await clerk.get('/api/ad-quotes?unitId=2147483648'), 'unitId');
    refused(await clerk.get('/api/ad-quotes/2147483648'), 'id');
    const line = { slotId: 2147483648, startsOn: '2031-01-05', endsOn: '2031-01-06' };
    refused(await clerk.post('/api/ad-quotes/preview').send({ unitId: 12, lines: [line] }), 'lines.0.slotId');
    const quote = { unitId: 12, customerId: 2147483648, validUntil: '2031-01-01', lines: [{ ...line, slotId: 1 }] };
    refused(await clerk.post('/api/ad-quotes').send(quote), 'customerId');
    refused(await clerk.post('/api/ad-quotes').send({ ...quote, customerId: 1, validUntil: '0000-01-01' }), 'validUntil');
  });
});
