import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeSignedIn, refused, type Session, signedInSuite } from '../../test/support';
import { postReceipt } from './stock.service';

interface Row {
  itemId: number;
  code: string;
  onHand: number;
  buyingUnit: string;
  reorderLevel: number;
  belowReorder: boolean;
}

describe('stock (库存)', () => {
  let clerk: Session, supply: Session, finance: Session, leader: Session, requester: Session;
  const ctx = signedInSuite(['clerk', 'supply_clerk', 'finance', 'leader', 'requester'], (s) => ([clerk, supply, finance, leader, requester] = s));

  const row = async (who: Session, code: string): Promise<Row> => {
    const list = (await who.get(`/api/stock?q=${encodeURIComponent(code)}`)).body;
    assert.equal(list.total, 1, code);
    return list.items[0];
  };
  const unitId = async (code: string): Promise<number> => (await ctx.db('units').where({ code }).first('id')).id;

  it('keeps the ledger append-only: the database refuses to change or delete a move', async () => {
    const move = await ctx.db('stock_moves').first('id');
    await assert.rejects(ctx.db('stock_moves').where({ id: move.id }).update({ quantity: 999 }), /cannot be changed or deleted/);
    await assert.rejects(ctx.db('stock_moves').where({ id: move.id }).del(), /cannot be changed or deleted/);
  });

  it('holds on hand equal to the sum of the moves for every item, and refuses a move into another unit’s store', async () => {
    const sums = await ctx.db('stock_moves').groupBy('unit_id', 'item_id').select('unit_id', 'item_id', ctx.db.raw('sum(quantity)::float8 as total'));
    const balances = await ctx.db('stock_balances').select('unit_id', 'item_id', ctx.db.raw('on_hand::float8 as on_hand'));
    assert.ok(sums.length >= 40);
    assert.deepEqual(
      balances.map((b) => `${b.unit_id}/${b.item_id}=${b.on_hand}`).sort(),
      sums.map((s) => `${s.unit_id}/${s.item_id}=${s.total}`).sort(),
    );
    const paper = await ctx.db('items').where({ code: 'BG-0001' }).first('id');
    await assert.rejects(
      ctx.db('stock_moves').insert({ item_id: paper.id, unit_id: await unitId('SUPPLY'), kind: 'receipt', quantity: 1, reason: 'x', moved_on: '2026-01-05' }),
      /not kept by unit/,
    );
  });

  it('shows a clerk their own unit’s store; leaders, finance and audit both; a requester nothing', async () => {
    const own = (await clerk.get('/api/stock?pageSize=100')).body;
    assert.ok(own.total > 0 && own.items.every((r: Row & { editable: boolean }) => r.buyingUnit === 'OFFICE' && r.editable));
    const all = (await finance.get('/api/stock?pageSize=100')).body;
    assert.ok(all.items.some((r: Row) => r.buyingUnit === 'SUPPLY') && all.items.some((r: Row) => r.buyingUnit === 'OFFICE'));
    assert.ok(all.items.every((r: Row & { editable: boolean }) => !r.editable));
    assert.equal((await leader.get('/api/stock?unit=SUPPLY')).body.items[0].buyingUnit, 'SUPPLY');
    assert.equal((await requester.get('/api/stock')).status, 403);
    const low = (await clerk.get('/api/stock?belowReorder=true&pageSize=100')).body;
    assert.ok(low.total > 0 && low.items.every((r: Row) => r.belowReorder && r.onHand <= r.reorderLevel));
    const card = (await clerk.get('/api/workbench/cards/stock.below-reorder')).body;
    assert.equal(card.count, low.total);
    assert.deepEqual(card.link, { path: '/stock', query: { belowReorder: 'true' } });
  });

  it('hides another unit’s item: 404 to read, its moves, and every write', async () => {
    const wire = await row(supply, 'WJ-0008');
    assert.equal((await clerk.get(`/api/stock/${wire.itemId}`)).status, 404);
    assert.equal((await clerk.get(`/api/stock/${wire.itemId}/moves`)).status, 404);
    const it = await unitId('IT');
    assert.equal((await clerk.post('/api/stock/issue').send({ itemId: wire.itemId, quantity: 1, departmentId: it, purpose: '维修' })).status, 404);
    assert.equal((await clerk.post('/api/stock/count').send({ itemId: wire.itemId, counted: 1, reason: '盘点' })).status, 404);
    assert.equal((await clerk.post('/api/stock/moves').send({ itemId: wire.itemId, quantity: 1, reason: '补录' })).status, 404);
    assert.equal((await finance.post('/api/stock/moves').send({ itemId: wire.itemId, quantity: 1, reason: '补录' })).status, 403);
  });

  it('issues to a department: on hand falls, the history shows who took it and the balance it left', async () => {
    const before = await row(clerk, 'BG-0001');
    const hr = await unitId('HR');
    const res = await clerk.post('/api/stock/issue').send({ itemId: before.itemId, quantity: 2, departmentId: hr, purpose: '新员工入职' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.stock.onHand, before.onHand - 2);
    assert.equal(res.body.move.quantity, -2);
    assert.equal(res.body.move.department.name, '人力资源部');
    const moves = (await finance.get(`/api/stock/${before.itemId}/moves`).set('Accept-Language', 'en')).body;
    assert.equal(moves.items[0].id, res.body.move.id);
    assert.equal(moves.items[0].department.name, 'Human Resources');
    assert.equal(moves.items[0].balanceAfter, before.onHand - 2);
    assert.equal(moves.items[0].recordedBy.name, '王芳');
    assert.equal(moves.items.at(-1).kind, 'opening');
    const audit = await ctx.db('audit_log').where({ entity: 'stock_move', entity_id: String(res.body.move.id) }).first('action');
    assert.equal(audit.action, 'stock_move.issue');
  });

  it('refuses an issue beyond what is on hand, saying how many there are', async () => {
    const toner = await row(clerk, 'HC-0002');
    const res = await clerk.post('/api/stock/issue').send({ itemId: toner.itemId, quantity: toner.onHand + 1, departmentId: await unitId('IT'), purpose: '打印机' });
    assert.equal(res.status, 409);
    assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path), ['quantity']);
    assert.match(res.body.errors[0].message, new RegExp(`现有 ${toner.onHand}个`));
    assert.equal((await row(clerk, 'HC-0002')).onHand, toner.onHand);
  });

  it('lets exactly one of two clerks issue the last unit at the same moment', async () => {
    const stapler = await row(clerk, 'BG-0003');
    const counted = await clerk.post('/api/stock/count').send({ itemId: stapler.itemId, counted: 1, reason: '盘点' });
    assert.equal(counted.status, 201);
    assert.equal(counted.body.stock.onHand, 1);
    const second = await signedInClerk();
    const it = await unitId('IT');
    const results = await Promise.all(
      [clerk, second].map((s) => s.post('/api/stock/issue').send({ itemId: stapler.itemId, quantity: 1, departmentId: it, purpose: '装订' })),
    );
    assert.deepEqual(results.map((r) => r.status).sort(), [201, 409]);
    assert.equal((await row(clerk, 'BG-0003')).onHand, 0);
  });

  async function signedInClerk(): Promise<Session> {
    const { signIn } = await import('../../test/support');
    return signIn(ctx.app, 'clerk');
  }

  it('records a stock take as one move of the difference; a count that matches records nothing and says so', async () => {
    const ink = await row(clerk, 'HC-0003');
    const moves = async () => (await clerk.get(`/api/stock/${ink.itemId}/moves`)).body.total;
    const n = await moves();
    const same = await clerk.post('/api/stock/count').send({ itemId: ink.itemId, counted: ink.onHand, reason: '月度盘点' });
    assert.equal(same.status, 201);
    assert.equal(same.body.move, null);
    assert.match(same.body.message, /一致/);
    assert.equal(await moves(), n);
    const less = await clerk.post('/api/stock/count').send({ itemId: ink.itemId, counted: ink.onHand - 3, reason: '月度盘点：漏液 3 瓶' });
    assert.equal(less.body.move.kind, 'count');
    assert.equal(less.body.move.quantity, -3);
    assert.equal(less.body.stock.onHand, ink.onHand - 3);
    assert.equal(await moves(), n + 1);
  });

  it('takes manual receipts with a reason, once per Idempotency-Key', async () => {
    const mouse = await row(clerk, 'DZ-0001');
    const send = () => clerk.post('/api/stock/moves').set('Idempotency-Key', 'receipt-dz-1').send({ itemId: mouse.itemId, quantity: 5, reason: '供应商补发' });
    const first = await send();
    const again = await send();
    assert.equal(first.status, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal(again.body.move.id, first.body.move.id);
    assert.equal((await row(clerk, 'DZ-0001')).onHand, mouse.onHand + 5);
  });

  it('posts a receipt from a document for the orders module, marked with its source', async () => {
    const glove = await row(supply, 'FC-0007');
    const store = await unitId('SUPPLY');
    const id = await ctx.db.transaction((trx) =>
      postReceipt(trx, { unitId: store, itemId: glove.itemId, quantity: 12, sourceType: 'acceptance', sourceId: 77, movedOn: '2026-01-10', userId: null }),
    );
    const moves = (await supply.get(`/api/stock/${glove.itemId}/moves`)).body.items;
    const posted = moves.find((m: { id: number }) => m.id === id);
    assert.equal(posted.sourceType, 'acceptance');
    assert.equal(posted.sourceId, 77);
    assert.equal((await row(supply, 'FC-0007')).onHand, glove.onHand + 12);
  });

  it('measures cable to three decimals but counts staplers whole', async () => {
    const cable = await supply.post('/api/items').send({ code: 'WJ-0100', name: '网线', uom: '米', category: 'electrical_hardware', buyingUnit: 'SUPPLY' });
    assert.equal(cable.status, 201);
    const ok = await supply.post('/api/stock/moves').send({ itemId: cable.body.id, quantity: 12.5, reason: '工程余料退库' });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.equal(ok.body.stock.onHand, 12.5);
    refused(await supply.post('/api/stock/moves').send({ itemId: cable.body.id, quantity: 0.0005, reason: 'x' }), 'quantity');
  });
});

describeSignedIn('stock: bad input is a 400 naming the field, never a 500', 'clerk', (as) => {
  it('negative, fractional for 个, unknown item or department, no reason, a day to come, a NUL', async () => {
    const clerk = as.session;
    const stapler = (await clerk.get('/api/stock?q=BG-0003')).body.items[0];
    const it = (await as.ctx.db('units').where({ code: 'IT' }).first('id')).id;
    const issue = (body: object) => clerk.post('/api/stock/issue').send({ itemId: stapler.itemId, quantity: 1, departmentId: it, purpose: '装订', ...body });
    refused(await issue({ quantity: -1 }), 'quantity');
    refused(await issue({ quantity: 1.5 }), 'quantity');
    refused(await issue({ itemId: 999999 }), 'itemId');
    refused(await issue({ departmentId: 999999 }), 'departmentId');
    refused(await issue({ purpose: '  ' }), 'purpose');
    refused(await issue({ movedOn: '2999-01-01' }), 'movedOn');
    refused(await issue({ movedOn: '2026-13-01' }), 'movedOn');
    refused(await clerk.post('/api/stock/moves').send({ itemId: stapler.itemId, quantity: 2 }), 'reason');
    refused(await clerk.post('/api/stock/count').send({ itemId: stapler.itemId, counted: -1, reason: '盘点' }), 'counted');
    refused(await clerk.post('/api/stock/count').send({ itemId: stapler.itemId, counted: 0.5, reason: '盘点' }), 'counted');
    refused(await clerk.get('/api/stock?q=%00'), 'q');
    refused(await clerk.get('/api/stock?unit=NOPE'), 'unit');
    refused(await clerk.get('/api/stock/2147483648'), 'itemId');
  });
});
