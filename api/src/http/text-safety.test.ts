import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestContext, signIn, type Session, type TestContext } from '../test/support';

describe('text that would not be stored or printed as sent is a 400 naming the field', () => {
  let ctx: TestContext;
  let clerk: Session;
  before(async () => {
    ctx = await createTestContext();
    clerk = await signIn(ctx.app, 'clerk');
  });
  after(() => ctx.close());

  /** The body as raw JSON, so a lone surrogate travels as the \ud800 escape a client would send. */
  const createItem = (nameJson: string) =>
    clerk
      .post('/api/items')
      .set('Content-Type', 'application/json')
      .send(`{"code":"TS-${Math.random().toString(36).slice(2, 8)}","name":${nameJson},"uom":"个","category":"office_supplies","buyingUnit":"OFFICE"}`);
  const refused = (res: { status: number; body: { errors?: { path: string }[] } }, path: string) => {
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.deepEqual(res.body.errors?.map((e) => e.path), [path]);
  };

  it('refuses a lone UTF-16 surrogate rather than storing U+FFFD', async () => {
    refused(await createItem('"A4\\ud800纸"'), 'name');
    refused(await createItem('"A4\\udfff"'), 'name');
  });

  it('refuses right-to-left overrides and other bidi controls in names that print on documents', async () => {
    for (const c of ['\\u202e', '\\u202a', '\\u2066', '\\u2069', '\\u200f', '\\u061c']) refused(await createItem(`"海尔${c}电器"`), 'name');
    const res = await clerk.post('/api/suppliers').send({ platform: 'jd', shopName: '海尔官方旗舰店\u202E' });
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.ok(res.body.errors.some((e: { path: string }) => e.path === 'shopName'), JSON.stringify(res.body));
  });

  it('still accepts a paired surrogate (an emoji) and plain Chinese', async () => {
    assert.equal((await createItem('"复印纸 \\ud83d\\udcc4"')).status, 201);
  });
});
