import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestContext, type TestContext } from '../../test/support';
import { nextNumber } from './numbering.service';

describe('document numbering', () => {
  let ctx: TestContext;
  let bj: number, sh: number;
  before(async () => {
    ctx = await createTestContext();
    bj = (await ctx.db('units').where({ code: 'BJ' }).first('id')).id;
    sh = (await ctx.db('units').where({ code: 'SH' }).first('id')).id;
  });
  after(() => ctx.close());

  it('hands twenty concurrent documents the numbers 1 to 20, each once', async () => {
    const series = { type: 'test_concurrent', unitId: bj, period: '2026-11' };
    const got = await Promise.all(Array.from({ length: 20 }, () => ctx.db.transaction((trx) => nextNumber(trx, series))));
    assert.deepEqual(
      [...got].sort((a, b) => a - b),
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it('gives a rolled-back number to the next document, leaving no gap', async () => {
    const series = { type: 'test_rollback', unitId: bj, period: '2026-11' };
    assert.equal(await ctx.db.transaction((trx) => nextNumber(trx, series)), 1);
    await assert.rejects(
      ctx.db.transaction(async (trx) => {
        assert.equal(await nextNumber(trx, series), 2);
        throw new Error('the document failed to save');
      }),
      /failed to save/,
    );
    assert.equal(await ctx.db.transaction((trx) => nextNumber(trx, series)), 2);
  });

  it('counts each type, unit and period on its own', async () => {
    const take = (type: string, unitId: number, period: string) => ctx.db.transaction((trx) => nextNumber(trx, { type, unitId, period }));
    assert.equal(await take('test_series', bj, '2026-11'), 1);
    assert.equal(await take('test_series', bj, '2026-11'), 2);
    assert.equal(await take('test_series', bj, '2026-12'), 1);
    assert.equal(await take('test_series', sh, '2026-11'), 1);
    assert.equal(await take('test_other', bj, '2026-11'), 1);
    assert.equal(await take('test_series', bj, ''), 1);
  });
});
