import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { registerMessages } from '../../http/messages';
import { createTestContext, signIn, type Session, type TestContext } from '../../test/support';
import { notify } from './notifications.service';

registerMessages({ 'notifications.test.hello': { zh: '{unit}有新消息：{text}', en: 'News from {unit}: {text}' } });

describe('notifications', () => {
  let ctx: TestContext;
  let clerk: Session;
  let finance: Session;
  const hello = (text: string) => ({
    kind: 'test.hello',
    params: { unit: { zh: '办公室', en: 'General Office' }, text },
    link: '/home',
  });

  before(async () => {
    ctx = await createTestContext();
    [clerk, finance] = await Promise.all([signIn(ctx.app, 'clerk'), signIn(ctx.app, 'finance')]);
    // The demo seed's purchasing month already told these two of requests and plans: start from an empty inbox.
    await ctx.db('notifications').whereIn('user_id', [clerk.userId, finance.userId]).delete();
    await ctx.db.transaction((trx) => notify(trx, [clerk.userId, clerk.userId], hello('一')));
    await ctx.db.transaction((trx) => notify(trx, [clerk.userId, finance.userId], hello('二')));
  });
  after(() => ctx.close());

  it("lists only the reader's own, newest first, in the reader's language, with the unread count", async () => {
    const zh = await clerk.get('/api/notifications');
    assert.equal(zh.status, 200);
    assert.equal(zh.body.unread, 2, 'the same person is told once per event');
    assert.deepEqual(zh.body.items.map((n: { title: string }) => n.title), ['办公室有新消息：二', '办公室有新消息：一']);
    assert.equal(zh.body.items[0].link, '/home');
    const en = await clerk.get('/api/notifications').set('Accept-Language', 'en');
    assert.equal(en.body.items[0].title, 'News from General Office: 二');
    assert.notEqual(en.headers.etag, zh.headers.etag);
    assert.equal((await finance.get('/api/notifications')).body.total, 1);
  });

  it('answers a poll with 304 while nothing has changed, and 200 when something has', async () => {
    const first = await clerk.get('/api/notifications');
    assert.match(first.headers['cache-control'], /private/);
    const same = await clerk.get('/api/notifications').set('If-None-Match', first.headers.etag);
    assert.equal(same.status, 304);
    assert.equal(same.text, '');

    await ctx.db.transaction((trx) => notify(trx, [clerk.userId], hello('三')));
    const fresh = await clerk.get('/api/notifications').set('If-None-Match', first.headers.etag);
    assert.equal(fresh.status, 200);
    assert.equal(fresh.body.unread, 3);
    // Another user's tag never matches mine.
    assert.equal((await finance.get('/api/notifications').set('If-None-Match', fresh.headers.etag)).status, 200);
  });

  it('marks chosen ones read, then all; the poll sees the change', async () => {
    const list = await clerk.get('/api/notifications');
    const read = await clerk.post('/api/notifications/read').send({ ids: [list.body.items[0].id] });
    assert.deepEqual(read.body, { marked: 1, unread: 2 });
    assert.equal((await clerk.get('/api/notifications').set('If-None-Match', list.headers.etag)).status, 200);
    assert.equal((await clerk.get('/api/notifications?unreadOnly=true')).body.total, 2);

    const financeOwn = (await finance.get('/api/notifications')).body.items[0].id;
    assert.deepEqual((await clerk.post('/api/notifications/read').send({ ids: [financeOwn] })).body, { marked: 0, unread: 2 });
    assert.deepEqual((await clerk.post('/api/notifications/read').send({})).body, { marked: 2, unread: 0 });
    assert.equal((await finance.get('/api/notifications')).body.unread, 1);
  });

  it('leaves no notification behind when the change it announces rolls back', async () => {
    await assert.rejects(
      ctx.db.transaction(async (trx) => {
        await notify(trx, [finance.userId], hello('回滚'));
        throw new Error('the change failed');
      }),
    );
    assert.equal((await finance.get('/api/notifications')).body.total, 1);
  });
});
