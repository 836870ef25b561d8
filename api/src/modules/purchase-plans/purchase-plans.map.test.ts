import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Session, signedInSuite } from '../../test/support';
import { insertRequest, itemIds, setStock, unitIds } from '../../test/purchasing-fixture';

type Source = { id: number; item: { code: string } | null; newItem: { name: string } | null };
type Plan = { id: number; version: number; status: string; unmappedCount: number; submitProblems: string[]; sources: Source[]; lines: { item: { code: string }; requestedQty: number; stockQty: number; proposedQty: number }[] };

// The clerk maps a line a department wrote in words (白板笔) to a catalogue item; the plan then
// counts it with that item's stock, and may be submitted once nothing else is missing.
describe('company plan: mapping a new item to the catalogue', () => {
  let clerk: Session, supplyClerk: Session;
  let items: Record<string, number>;
  const ctx = signedInSuite(['clerk', 'supply_clerk'], async (s) => {
    [clerk, supplyClerk] = s;
    const u = await unitIds(ctx.db);
    items = await itemIds(ctx.db);
    await insertRequest(ctx.db, { department: u.IT, buyingUnit: u.OFFICE, month: '2030-07', lines: [
      { item: 'BG-0002', qty: 3, priceFen: 1680 },
      { newItem: { name: '白板笔', spec: '晨光 黑色', uom: '盒' }, qty: 5 },
    ] }, items);
    await setStock(ctx.db, u.OFFICE, items['BG-0002'], 1);
  });

  let plan: Plan;
  const newItem = () => plan.sources.find((s) => s.newItem?.name === '白板笔')!;

  it('lists the free-text line as unmapped and will not submit the plan', async () => {
    const res = await clerk.post('/api/purchase-plans').send({ unit: 'OFFICE', month: '2030-07' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    plan = res.body;
    assert.equal(plan.unmappedCount, 1);
    assert.deepEqual(plan.submitProblems, ['unmapped']);
    assert.equal(newItem().item, null);
  });

  it('refuses an item of the other buying unit, naming the field, and another unit’s clerk gets 404', async () => {
    const other = await clerk.post(`/api/purchase-plans/${plan.id}/sources/${newItem().id}/map`).send({ version: plan.version, itemId: items['WJ-0001'] });
    assert.equal(other.status, 400, JSON.stringify(other.body));
    assert.equal(other.body.errors[0].path, 'itemId');
    const missing = await clerk.post(`/api/purchase-plans/${plan.id}/sources/${newItem().id}/map`).send({ version: plan.version });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.errors[0].path, 'itemId');
    assert.equal((await supplyClerk.post(`/api/purchase-plans/${plan.id}/sources/${newItem().id}/map`).send({ version: plan.version, itemId: items['BG-0002'] })).status, 404);
  });

  it('maps it to 中性笔: the line joins that item, netted against its stock, and the plan may go', async () => {
    const res = await clerk.post(`/api/purchase-plans/${plan.id}/sources/${newItem().id}/map`).send({ version: plan.version, itemId: items['BG-0002'] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    plan = res.body;
    assert.equal(plan.unmappedCount, 0);
    assert.deepEqual(plan.submitProblems, []);
    assert.equal(newItem().item!.code, 'BG-0002');
    const pens = plan.lines.find((l) => l.item.code === 'BG-0002')!;
    // 3 + 5 asked, 1 on the shelf: 7 to buy.
    assert.deepEqual([pens.requestedQty, pens.stockQty, pens.proposedQty], [8, 1, 7]);
  });

  it('refuses a stale version', async () => {
    const res = await clerk.post(`/api/purchase-plans/${plan.id}/sources/${newItem().id}/map`).send({ version: plan.version - 1, itemId: items['BG-0002'] });
    assert.equal(res.status, 409);
  });
});
