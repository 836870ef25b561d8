import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestContext, signIn, type Session, type TestContext } from '../../test/support';

describe('inquiries and sealed quotes (issue 15)', () => {
  let ctx: TestContext;
  let clerk: Session;
  let hardware: Session;
  let lighting: Session;
  let hardwareId: number;
  let lightingId: number;
  let itemId: number;
  const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
  const send = (body: Record<string, unknown> = {}) =>
    clerk.post('/api/inquiries').send({
      title: '办公楼照明改造灯具及五金',
      deliveryPlace: '总部大楼 B1 仓库',
      quoteDeadline: inHours(2),
      lines: [
        { itemId, quantity: 200, requiredOn: '2026-12-20' },
        { description: '不锈钢线槽', spec: '100×50mm 1.0厚', quantity: 120, uom: '米', requiredOn: '2026-12-20' },
      ],
      supplierIds: [hardwareId, lightingId],
      ...body,
    });
  const quote = (who: Session, inquiry: { id: number; lines: { id: number }[] }, prices: number[]) =>
    who.post(`/api/inquiries/${inquiry.id}/quotes`).send({
      validUntil: '2027-01-31',
      notes: '含运费',
      lines: inquiry.lines.map((l, i) => ({ inquiryLineId: l.id, unitPriceFen: prices[i], taxRateBp: 1300, deliveryDays: 7 })),
    });
  /** The deadline passes, by the database's clock. */
  const pastDeadline = (id: number) => ctx.db('inquiries').where({ id }).update({ quote_deadline: ctx.db.raw(`now() - interval '1 second'`) });

  before(async () => {
    ctx = await createTestContext();
    clerk = await signIn(ctx.app, 'supply_clerk');
    hardware = await signIn(ctx.app, 'sup_hardware');
    lighting = await signIn(ctx.app, 'sup_lighting');
    hardwareId = (await ctx.db('suppliers').where({ shop_name: '深圳市恒通五金机电有限公司' }).first('id')).id;
    lightingId = (await ctx.db('suppliers').where({ shop_name: '宁波明辉照明电器有限公司' }).first('id')).id;
    itemId = (await ctx.db('items').where({ code: 'WJ-0003' }).first('id')).id;
  });
  after(() => ctx.close());

  it('seeds, through the services, one inquiry still taking quotes (one of two quoted) and three whose quotes have opened', async () => {
    // The sourcing seed's two (one taking quotes, one to compare) and the negotiations seed's two, all numbered by the service.
    const list = (await clerk.get('/api/inquiries')).body.items as { id: number; number: string; quotesOpen: boolean; status: string }[];
    assert.ok(list.every((i) => /^XJ-SUPPLY-\d{4}-\d{4}$/.test(i.number)), JSON.stringify(list.map((i) => i.number)));
    const open = list.filter((i) => !i.quotesOpen);
    const opened = list.filter((i) => i.quotesOpen);
    assert.equal(open.length, 1);
    assert.equal(opened.length, 3);
    const first = await clerk.get(`/api/inquiries/${open[0].id}`);
    assert.deepEqual(first.body.suppliers.map((s: { quoted: boolean }) => s.quoted), [true, false]);
    for (const i of opened) {
      const cmp = await clerk.get(`/api/inquiries/${i.id}/comparison`);
      assert.equal(cmp.status, 200);
      assert.ok(cmp.body.suppliers.every((s: { quote: unknown }) => s.quote !== null), i.number);
    }
  });

  it('sends an inquiry for the clerk’s unit to both suppliers and tells their contacts in-app', async () => {
    const res = await send();
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.match(res.body.number, /^XJ-SUPPLY-\d{4}-\d{4}$/);
    assert.equal(res.body.status, 'inquiring');
    assert.equal(res.body.lines[0].description, 'LED球泡');
    assert.equal(res.body.lines[0].uom, '个');
    assert.deepEqual(res.body.suppliers.map((s: { quoted: boolean }) => s.quoted), [false, false]);
    const note = await hardware.get('/api/notifications');
    assert.ok(note.body.items.some((n: { link: string }) => n.link === `/inquiries/${res.body.id}`), JSON.stringify(note.body));
  });

  it('refuses a deadline under ten minutes away, a catalogue item that does not exist, and a supplier without contacts', async () => {
    const soon = await send({ quoteDeadline: new Date(Date.now() + 60_000).toISOString() });
    assert.equal(soon.status, 400);
    assert.equal(soon.body.errors[0].path, 'quoteDeadline');
    const item = await send({ lines: [{ itemId: 999999, quantity: 1, requiredOn: '2026-12-20' }] });
    assert.equal(item.status, 400);
    assert.equal(item.body.errors[0].path, 'lines.0.itemId');
    const shop = (await ctx.db('suppliers').where({ platform: 'jd' }).first('id')).id;
    const noContact = await send({ supplierIds: [hardwareId, shop] });
    assert.equal(noContact.status, 400);
    assert.equal(noContact.body.errors[0].path, 'supplierIds.1');
  });

  it('keeps every revision, shows the buyer who quoted but no price before the deadline, and refuses comparison', async () => {
    const inquiry = (await send()).body;
    assert.equal((await quote(hardware, inquiry, [1_450, 3_800])).status, 201);
    const revised = await quote(hardware, inquiry, [1_390, 3_800]);
    assert.equal(revised.status, 201, JSON.stringify(revised.body));
    assert.equal(revised.body.revision, 2);
    assert.equal(revised.body.totalFen, 200 * 1_390 + 120 * 3_800);

    const own = await hardware.get(`/api/inquiries/${inquiry.id}/quotes`);
    assert.deepEqual(own.body.items.map((q: { revision: number }) => q.revision), [2, 1]);

    const read = await clerk.get(`/api/inquiries/${inquiry.id}`);
    assert.equal(read.body.status, 'quoting');
    const mark = read.body.suppliers.find((s: { supplierId: number }) => s.supplierId === hardwareId);
    assert.equal(mark.quoted, true);
    assert.equal(mark.revisions, 2);
    const sealed = await clerk.get(`/api/inquiries/${inquiry.id}/quotes`);
    assert.equal(sealed.body.sealed, true);
    assert.equal(sealed.body.items.length, 0);
    assert.equal(sealed.body.receipts.length, 2);
    for (const body of [read.body, sealed.body]) {
      const text = JSON.stringify(body);
      assert.ok(!/Fen|1390|1450|3800|含运费/.test(text), text);
    }
    const leader = await signIn(ctx.app, 'leader');
    assert.equal((await leader.get(`/api/inquiries/${inquiry.id}/quotes`)).body.items.length, 0);
    const early = await clerk.get(`/api/inquiries/${inquiry.id}/comparison`);
    assert.equal(early.status, 409);
  });

  it('refuses any change after the deadline by the database’s clock, and opens all quotes at once', async () => {
    const inquiry = (await send()).body;
    assert.equal((await quote(hardware, inquiry, [1_500, 3_600])).status, 201);
    assert.equal((await quote(lighting, inquiry, [1_280, 3_900])).status, 201);
    await pastDeadline(inquiry.id);

    const late = await quote(hardware, inquiry, [1_000, 3_000]);
    assert.equal(late.status, 409);
    assert.match(late.body.detail, /截止|deadline/);
    // Any other writer meets the trigger: no quote row after the deadline, and none changed.
    await assert.rejects(
      ctx.db('inquiry_quotes').insert({ inquiry_id: inquiry.id, supplier_id: hardwareId, revision: 9, valid_until: '2027-01-31' }),
      /takes no more quotes/,
    );
    await assert.rejects(ctx.db('inquiry_quote_lines').update({ unit_price_fen: 1 }), /kept as submitted/);

    const open = await clerk.get(`/api/inquiries/${inquiry.id}/quotes`);
    assert.equal(open.body.sealed, false);
    assert.equal(open.body.items.length, 2);
    const cmp = await clerk.get(`/api/inquiries/${inquiry.id}/comparison`);
    assert.equal(cmp.status, 200, JSON.stringify(cmp.body));
    assert.equal(cmp.body.suppliers.length, 2);
    const [bulb, tray] = cmp.body.lines;
    assert.deepEqual(bulb.offers.filter((o: { lowest: boolean }) => o.lowest).map((o: { supplierId: number }) => o.supplierId), [lightingId]);
    assert.deepEqual(tray.offers.filter((o: { lowest: boolean }) => o.lowest).map((o: { supplierId: number }) => o.supplierId), [hardwareId]);
    assert.ok(bulb.mallLowest && bulb.mallLowest.unitPriceFen > 0, JSON.stringify(bulb));
    assert.equal(tray.mallLowest, null);
    assert.equal(cmp.body.suppliers[0].standing.status, 'active');
  });

  it('lets a supplier contact see only what its company was invited to, and only its own part: 404 for another’s', async () => {
    const onlyHardware = (await send({ supplierIds: [hardwareId] })).body;
    assert.equal((await quote(hardware, onlyHardware, [1_400, 3_700])).status, 201);
    assert.equal((await lighting.get(`/api/inquiries/${onlyHardware.id}`)).status, 404);
    assert.equal((await lighting.get(`/api/inquiries/${onlyHardware.id}/quotes`)).status, 404);
    assert.equal((await quote(lighting, onlyHardware, [1, 1])).status, 404);
    const list = await lighting.get('/api/inquiries?pageSize=200');
    assert.ok(!list.body.items.some((i: { id: number }) => i.id === onlyHardware.id));

    const both = (await send()).body;
    assert.equal((await quote(hardware, both, [1_400, 3_700])).status, 201);
    const mine = await lighting.get(`/api/inquiries/${both.id}`);
    assert.deepEqual(mine.body.suppliers.map((s: { supplierId: number }) => s.supplierId), [lightingId]);
    const theirs = await lighting.get(`/api/inquiries/${both.id}/quotes`);
    assert.equal(theirs.body.items.length, 0);
    assert.equal(theirs.body.receipts.length, 0);
    await pastDeadline(both.id);
    assert.equal((await lighting.get(`/api/inquiries/${both.id}/quotes`)).body.items.length, 0);
    assert.equal((await lighting.get(`/api/inquiries/${both.id}/comparison`)).status, 403);
    assert.equal((await hardware.get('/api/purchase-orders')).status, 403);
  });

  it('keeps another unit’s clerk out (404) and lets leaders read every unit’s', async () => {
    const inquiry = (await send()).body;
    const office = await signIn(ctx.app, 'clerk');
    assert.equal((await office.get(`/api/inquiries/${inquiry.id}`)).status, 404);
    assert.ok(!(await office.get('/api/inquiries')).body.items.some((i: { id: number }) => i.id === inquiry.id));
    const auditor = await signIn(ctx.app, 'auditor');
    assert.equal((await auditor.get(`/api/inquiries/${inquiry.id}`)).status, 200);
    const head = await signIn(ctx.app, 'supply_head');
    assert.equal((await head.get(`/api/inquiries/${inquiry.id}`)).status, 200);
  });

  it('closes an inquiry with its version; a closed one takes no quote', async () => {
    const inquiry = (await send()).body;
    const stale = await clerk.post(`/api/inquiries/${inquiry.id}/close`).send({ version: inquiry.version + 1 });
    assert.equal(stale.status, 409);
    const closed = await clerk.post(`/api/inquiries/${inquiry.id}/close`).send({ version: inquiry.version });
    assert.equal(closed.status, 200);
    assert.equal(closed.body.status, 'closed');
    assert.equal((await quote(hardware, inquiry, [1_000, 1_000])).status, 409);
  });

  it('refuses to invite a suspended supplier', async () => {
    const v = await clerk.post(`/api/suppliers/${lightingId}/violations`).send({ reason: '质量不合格', points: 60 });
    assert.equal(v.status, 201);
    const res = await send();
    assert.equal(res.status, 409);
    assert.equal(res.body.errors[0].path, 'supplierIds.1');
  });
});
