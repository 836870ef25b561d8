import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { createTestContext, DEMO_PASSWORD, signIn, type TestContext } from '../../test/support';

describe('sign-in', () => {
  let ctx: TestContext;
  before(async () => (ctx = await createTestContext()));
  after(() => ctx.close());

  it('signs in with the demo password and returns roles scoped to units', async () => {
    const res = await request(ctx.app).post('/api/auth/login').send({ username: 'bj_gm', password: DEMO_PASSWORD });
    assert.equal(res.status, 200);
    assert.equal(res.body.user.username, 'bj_gm');
    assert.equal(res.body.user.displayName, '郑伟');
    assert.deepEqual(res.body.user.roles.map((r: { role: string; unitName: string }) => [r.role, r.unitName]), [['branch_gm', '北京分部']]);
    const cookies: string[] = res.headers['set-cookie'] as unknown as string[];
    const sid = cookies.find((c) => c.startsWith('portal_sid='))!;
    assert.match(sid, /HttpOnly/);
    assert.match(sid, /SameSite=Lax/);
    assert.doesNotMatch(sid, /Secure/, 'plain http in tests');
    assert.match(cookies.find((c) => c.startsWith('XSRF-TOKEN='))!, /SameSite=Lax/);
  });

  it('marks the cookies Secure behind an https proxy', async () => {
    const { createApp } = await import('../../app');
    const { loadConfig } = await import('../../config');
    const pino = (await import('pino')).default;
    const app = createApp({ db: ctx.db, config: loadConfig({ TRUST_PROXY: '1' } as never), logger: pino({ level: 'silent' }) });
    const res = await request(app).post('/api/auth/login').set('X-Forwarded-Proto', 'https').send({ username: 'finance', password: DEMO_PASSWORD });
    assert.equal(res.status, 200);
    assert.ok((res.headers['set-cookie'] as unknown as string[]).every((c) => /; Secure/.test(c)));
  });

  it('accepts the username in any letter case', async () => {
    const res = await request(ctx.app).post('/api/auth/login').send({ username: 'Leader', password: DEMO_PASSWORD });
    assert.equal(res.status, 200);
  });

  it('says "用户名或密码错误" for a wrong password, without telling which', async () => {
    const wrong = await request(ctx.app).post('/api/auth/login').send({ username: 'clerk', password: 'nope-nope' });
    const unknown = await request(ctx.app).post('/api/auth/login').send({ username: 'ghost', password: 'nope-nope' });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.body.detail, '用户名或密码错误');
    assert.equal(unknown.status, 401);
    assert.equal(unknown.body.detail, wrong.body.detail);
  });

  it('answers in English when the browser asks for it', async () => {
    const res = await request(ctx.app).post('/api/auth/login').set('Accept-Language', 'en-GB').send({ username: 'clerk', password: 'x' });
    assert.equal(res.body.detail, 'Wrong username or password');
  });

  it('names the missing field', async () => {
    const res = await request(ctx.app).post('/api/auth/login').send({ username: 'clerk' });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path), ['password']);
    assert.equal(res.body.errors[0].message, '请输入密码');
  });

  it('locks the account for 15 minutes after five failures, counted in the database', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await request(ctx.app).post('/api/auth/login').send({ username: 'supply_clerk', password: 'wrong-' + i })).status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 423]);
    // Even the right password is refused while locked.
    const locked = await request(ctx.app).post('/api/auth/login').send({ username: 'supply_clerk', password: DEMO_PASSWORD });
    assert.equal(locked.status, 423);
    assert.match(locked.body.detail, /账户已锁定.*15 分钟/);
    const row = await ctx.db('users').where({ username: 'supply_clerk' }).first('failed_attempts', 'locked_until');
    assert.equal(row.failed_attempts, 5);
    const minutes = (new Date(row.locked_until).getTime() - Date.now()) / 60_000;
    assert.ok(minutes > 14 && minutes <= 15, `locked for ${minutes} min`);
    // When the lock has run out, the right password works and the count starts again.
    await ctx.db('users').where({ username: 'supply_clerk' }).update({ locked_until: ctx.db.raw(`now() - interval '1 second'`) });
    assert.equal((await request(ctx.app).post('/api/auth/login').send({ username: 'supply_clerk', password: DEMO_PASSWORD })).status, 200);
    assert.equal((await ctx.db('users').where({ username: 'supply_clerk' }).first('failed_attempts')).failed_attempts, 0);
  });

  it('warns when only two attempts are left', async () => {
    for (let i = 0; i < 2; i++) await request(ctx.app).post('/api/auth/login').send({ username: 'hq_gm', password: 'bad' });
    const third = await request(ctx.app).post('/api/auth/login').send({ username: 'hq_gm', password: 'bad' });
    assert.match(third.body.detail, /再错 2 次/);
  });

  it('counts parallel failures without losing any', async () => {
    await Promise.all(Array.from({ length: 4 }, () => request(ctx.app).post('/api/auth/login').send({ username: 'sh_gm', password: 'bad' })));
    assert.equal((await ctx.db('users').where({ username: 'sh_gm' }).first('failed_attempts')).failed_attempts, 4);
  });

  it('returns the user from /me and ends the session on logout', async () => {
    const s = await signIn(ctx.app, 'auditor');
    const me = await s.get('/api/auth/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.user.roles[0].role, 'auditor');
    assert.equal((await s.post('/api/auth/logout')).status, 204);
    assert.equal((await s.get('/api/auth/me')).status, 401);
  });

  it('refuses a write without the CSRF header even with a valid session', async () => {
    const s = await signIn(ctx.app, 'admin');
    const res = await s.agent.post('/api/auth/logout');
    assert.equal(res.status, 403);
    assert.match(res.body.detail, /页面已过期/);
    assert.equal((await s.get('/api/auth/me')).status, 200, 'the session survives');
  });

  it('ends a session that has run past its time, and sweeps it at the next sign-in', async () => {
    const s = await signIn(ctx.app, 'bj_marketer');
    await ctx.db('sessions').where({ user_id: s.userId }).update({ expires_at: ctx.db.raw(`now() - interval '1 minute'`) });
    assert.equal((await s.get('/api/auth/me')).status, 401);
    await signIn(ctx.app, 'bj_clerk');
    assert.equal((await ctx.db('sessions').where({ user_id: s.userId }).count({ n: '*' }))[0].n, 0);
  });

  it('does not let a disabled user keep a session', async () => {
    const s = await signIn(ctx.app, 'requester');
    await ctx.db('users').where({ username: 'requester' }).update({ active: false });
    assert.equal((await s.get('/api/auth/me')).status, 401);
    assert.equal((await request(ctx.app).post('/api/auth/login').send({ username: 'requester', password: DEMO_PASSWORD })).status, 401);
  });

  it('audits sign-ins and failures', async () => {
    const actions = await ctx.db('audit_log').pluck('action');
    assert.ok(actions.includes('auth.login'));
    assert.ok(actions.includes('auth.login_failed'));
    assert.ok(actions.includes('auth.locked'));
    assert.ok(actions.includes('auth.logout'));
  });
});
