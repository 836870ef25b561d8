import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { addDays, calendarDay, type PolicyStep } from '@portal/domain';
import { NotFound } from '../../http/errors';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { allRoutes } from '../../modules';
import { createTestContext, DEMO_PASSWORD, describeSignedIn, refused, type Session, signIn, type TestContext } from '../../test/support';
import { hashPassword } from '../auth/password';
import { registerDocumentType } from './approvals.registry';
import { assertEditable, submit } from './approvals.service';

// A document type of the test's own, in a table the test creates: the engine is
// proven without any real document module, exactly as one would use it.
registerDocumentType({
  type: 'test_doc',
  label: { zh: '测试单据', en: 'test document' },
  facts: ['amount', 'paidShare'],
  async describe(trx, id) {
    const d = await trx('test_docs').where({ id }).first();
    if (!d) throw new NotFound();
    return { unitId: d.unit_id, title: d.title, amountFen: d.amount_fen, paidShareBp: d.paid_share_bp };
  },
  path: (id) => `/test-docs/${id}`,
  onApproved: async (trx, _actor, id) => void (await trx('test_docs').where({ id }).update({ state: 'approved' })),
  onRejected: async (trx, _actor, id) => void (await trx('test_docs').where({ id }).update({ state: 'rejected' })),
  onReturned: async (trx, _actor, id) => void (await trx('test_docs').where({ id }).update({ state: 'draft' })),
  onWithdrawn: async (trx, _actor, id) => void (await trx('test_docs').where({ id }).update({ state: 'draft' })),
});

const testDocRoutes = [
  route({
    method: 'post',
    path: '/test-docs/:id/submit',
    allow: 'signedIn',
    summary: 'Submit a test document, as a document module would',
    response: z.looseObject({ id: z.number().int() }),
    params: idParam,
    handle: ({ db, actor, params }) =>
      db.transaction(async (trx) => {
        await trx('test_docs').where({ id: params.id }).forUpdate().first('id');
        await trx('test_docs').where({ id: params.id }).update({ state: 'submitted' });
        return submit(trx, actor, 'test_doc', params.id);
      }),
  }),
  route({
    method: 'patch',
    path: '/test-docs/:id',
    allow: 'signedIn',
    summary: 'Edit a test document',
    response: z.object({ id: z.number().int() }),
    params: idParam,
    body: z.object({ amountFen: z.number().int() }),
    handle: ({ db, params, body }) =>
      db.transaction(async (trx) => {
        await trx('test_docs').where({ id: params.id }).forUpdate().first('id');
        await assertEditable(trx, 'test_doc', params.id);
        await trx('test_docs').where({ id: params.id }).update({ amount_fen: body.amountFen });
        return { id: params.id };
      }),
  }),
];

// 1: the department head of HQ-side documents; 2: the branch GM below 5折 for branch documents;
// 3: the HQ centre GM below 4折; 4: a company leader from ¥10,000.
const POLICY: PolicyStep[] = [
  { role: 'dept_head', unit: 'own', origin: 'hq', condition: { kind: 'always' } },
  { role: 'branch_gm', unit: 'branch', origin: 'branch', condition: { kind: 'paidShareBelow', paidShareBp: 5000 } },
  { role: 'hq_center_gm', unit: 'hq', origin: 'any', condition: { kind: 'paidShareBelow', paidShareBp: 4000 } },
  { role: 'company_leader', unit: 'hq', origin: 'any', condition: { kind: 'amountAtLeast', amountFen: 1_000_000 } },
];

const applied = (req: { steps: { position: number; skipped: boolean }[] }) => req.steps.filter((s) => !s.skipped).map((s) => s.position);

describe('approvals engine', () => {
  let ctx: TestContext;
  const units: Record<string, number> = {};
  let requester: Session, deptHead: Session, leader: Session, bjGm: Session, hqGm: Session, admin: Session;
  let finance: Session, auditor: Session, ecom: Session;
  let docNo = 0;

  async function addUser(username: string, name: string, unit: string, role: string, grantUnit: string): Promise<Session> {
    const [u] = await ctx.db('users')
      .insert({ username, display_name: name, unit_id: units[unit], password_hash: await hashPassword(DEMO_PASSWORD) })
      .returning('id');
    await ctx.db('role_grants').insert({ user_id: u.id, role, unit_id: units[grantUnit] });
    return signIn(ctx.app, username);
  }

  async function newDoc(unit: string, amountFen: number, paidShareBp = 10000): Promise<number> {
    const [d] = await ctx.db('test_docs')
      .insert({ title: `TD-${++docNo}`, unit_id: units[unit], amount_fen: amountFen, paid_share_bp: paidShareBp })
      .returning('id');
    return d.id;
  }

  /** Submits as `who` and returns the request as the submitter sees it. */
  async function submitted(who: Session, docId: number) {
    const res = await who.post(`/api/test-docs/${docId}/submit`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return (await who.get(`/api/approvals/requests/${res.body.id}`)).body;
  }

  const act = (who: Session, id: number, action: string, body: Record<string, unknown>) =>
    who.post(`/api/approvals/requests/${id}/${action}`).send(body);

  const docState = async (id: number) => (await ctx.db('test_docs').where({ id }).first('state')).state;
  const inboxIds = async (who: Session) => (await who.get('/api/approvals/inbox?pageSize=200')).body.items.map((r: { id: number }) => r.id);
  const titles = async (who: Session) =>
    (await who.get('/api/notifications?pageSize=200')).body.items.map((n: { title: string }) => n.title) as string[];

  before(async () => {
    ctx = await createTestContext({ routes: [...allRoutes, ...testDocRoutes] });
    for (const u of await ctx.db('units').select('id', 'code')) units[u.code] = u.id;
    await ctx.db.schema.createTable('test_docs', (t) => {
      t.increments('id');
      t.text('title').notNullable();
      t.integer('unit_id').notNullable();
      t.bigInteger('amount_fen').notNullable();
      t.integer('paid_share_bp').notNullable();
      t.text('state').notNullable().defaultTo('draft');
    });
    [requester, deptHead, leader, bjGm, hqGm, admin, finance, auditor, ecom] = await Promise.all(
      ['requester', 'dept_head', 'leader', 'bj_gm', 'hq_gm', 'admin', 'finance', 'auditor', 'ecom'].map((u) => signIn(ctx.app, u)),
    );
    const res = await admin.put('/api/approvals/policies/test_doc').send({ version: 0, steps: POLICY });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  });
  after(() => ctx.close());

  it('chooses the chain by the document: conditions, origin, and skipped steps kept in view', async () => {
    const small = await submitted(requester, await newDoc('IT', 50_000));
    assert.deepEqual(applied(small), [1]);
    assert.deepEqual(small.steps.map((s: { state: string }) => s.state), ['current', 'skipped', 'skipped', 'skipped']);
    assert.equal(small.steps[0].unitName, '信息技术部');

    const branch45 = await submitted(requester, await newDoc('BJ-PUR', 50_000, 4500));
    assert.deepEqual(applied(branch45), [2]);
    assert.equal(branch45.currentStep, 2);
    assert.equal(branch45.steps[1].unitName, '北京分部', "the branch GM is taken from the document's branch");

    const branch35big = await submitted(requester, await newDoc('BJ-PUR', 2_000_000, 3500));
    assert.deepEqual(applied(branch35big), [2, 3, 4]);
    assert.equal(branch35big.status, 'pending');
  });

  it('approves at once a document no step applies to', async () => {
    const doc = await newDoc('BJ-PUR', 50_000, 6000);
    const req = await submitted(requester, doc);
    assert.equal(req.status, 'approved');
    assert.deepEqual(applied(req), []);
    assert.equal(await docState(doc), 'approved');
  });

  it('enforces the order: step 4 cannot act before step 1, and only the last step approves', async () => {
    const doc = await newDoc('IT', 2_000_000);
    const req = await submitted(requester, doc);
    assert.deepEqual(applied(req), [1, 4]);

    const early = await act(leader, req.id, 'approve', { version: req.version });
    assert.equal(early.status, 403);
    assert.equal(early.body.detail, '还没轮到您：该审批正在等待第 1 步（信息技术部的“部门负责人”）');

    const first = await act(deptHead, req.id, 'approve', { version: req.version, comment: '同意' });
    assert.equal(first.status, 200);
    assert.equal(first.body.status, 'pending');
    assert.equal(first.body.currentStep, 4);
    assert.deepEqual(first.body.allowedActions, []);
    assert.equal(await docState(doc), 'submitted', 'not approved until the last step');

    const again = await act(deptHead, req.id, 'approve', { version: first.body.version });
    assert.equal(again.status, 403);
    assert.equal(again.body.detail, '当前这一步不由您审批');

    const last = await act(leader, req.id, 'approve', { version: first.body.version });
    assert.equal(last.status, 200);
    assert.equal(last.body.status, 'approved');
    assert.equal(await docState(doc), 'approved');
    assert.deepEqual(
      last.body.timeline.map((a: { action: string; stepPosition: number | null; actor: { name: string } }) => [a.action, a.stepPosition, a.actor.name]),
      [['submit', null, '李娜'], ['approve', 1, '刘洋'], ['approve', 4, '陈建国']],
    );
    assert.ok((await titles(requester)).includes('您提交的测试单据“' + req.title + '”已审批通过'));
    assert.ok((await titles(leader)).some((t) => t.startsWith('李娜 提交的测试单据“' + req.title + '”等待您审批（第 4 步：公司领导）')));
  });

  it('keeps a document read-only while it is being approved and once approved', async () => {
    const doc = await newDoc('IT', 50_000);
    const req = await submitted(requester, doc);
    const pending = await requester.patch(`/api/test-docs/${doc}`).send({ amountFen: 1 });
    assert.equal(pending.status, 409);
    assert.equal(pending.body.detail, '该单据正在审批中，不能修改；如需修改，请先撤回');
    await act(deptHead, req.id, 'approve', { version: req.version });
    assert.equal((await requester.patch(`/api/test-docs/${doc}`).send({ amountFen: 1 })).body.detail, '该单据已审批通过，不能再修改');
  });

  it('refuses self-approval: the submitter is told at submit time, and nothing is half-submitted', async () => {
    const doc = await newDoc('IT', 50_000);
    const auditBefore = await ctx.db('audit_log').where({ action: 'approval.submit' }).count<{ n: number }[]>({ n: '*' });
    const res = await deptHead.post(`/api/test-docs/${doc}/submit`);
    assert.equal(res.status, 400);
    assert.equal(
      res.body.detail,
      '无法提交：第 1 步需要信息技术部的“部门负责人”审批，但除您本人外没有人担任该角色（不能审批自己提交的单据）。请联系系统管理员指定审批人',
    );
    const en = await deptHead.post(`/api/test-docs/${doc}/submit`).set('Accept-Language', 'en');
    assert.match(en.body.detail, /^Cannot submit: step 1 needs the Department head of IT Dept, but nobody other than you holds that role/);
    assert.equal(await docState(doc), 'draft', "the caller's own change rolled back too");
    assert.equal(await ctx.db('approval_requests').where({ document_type: 'test_doc', document_id: doc }).first(), undefined);
    assert.deepEqual(await ctx.db('audit_log').where({ action: 'approval.submit' }).count<{ n: number }[]>({ n: '*' }), auditBefore);

    // With a second department head the step goes to them, never back to the submitter.
    const deptHead2 = await addUser('dept_head2', '马超', 'IT', 'dept_head', 'IT');
    const req = await submitted(deptHead, doc);
    assert.deepEqual(req.allowedActions, ['withdraw']);
    assert.ok(!(await inboxIds(deptHead)).includes(req.id));
    assert.ok((await inboxIds(deptHead2)).includes(req.id));
    const own = await act(deptHead, req.id, 'approve', { version: req.version });
    assert.equal(own.status, 403);
    assert.equal(own.body.detail, '不能审批自己提交的单据');
    assert.equal((await act(deptHead2, req.id, 'approve', { version: req.version })).body.status, 'approved');
  });

  it('needs a reason to reject; a rejection ends the request for good', async () => {
    const doc = await newDoc('BJ-PUR', 50_000, 4500);
    const req = await submitted(requester, doc);
    const bare = await act(bjGm, req.id, 'reject', { version: req.version, comment: '  ' });
    assert.equal(bare.status, 400);
    assert.deepEqual(bare.body.errors.map((e: { path: string; message: string }) => [e.path, e.message]), [['comment', '请填写意见，说明原因']]);

    const rejected = await act(bjGm, req.id, 'reject', { version: req.version, comment: '折扣过低' });
    assert.equal(rejected.status, 200);
    assert.equal(rejected.body.status, 'rejected');
    assert.equal(rejected.body.steps[1].state, 'rejected');
    assert.equal(await docState(doc), 'rejected');
    assert.ok((await titles(requester)).includes(`您提交的测试单据“${req.title}”被 郑伟 驳回：折扣过低`));

    assert.equal((await requester.patch(`/api/test-docs/${doc}`).send({ amountFen: 1 })).body.detail, '该单据已被驳回，不能再修改');
    const resubmit = await requester.post(`/api/test-docs/${doc}/submit`);
    assert.equal(resubmit.status, 409);
    assert.equal(resubmit.body.detail, '该单据的审批已结束（已驳回），不能再次提交');
    const late = await act(bjGm, req.id, 'approve', { version: rejected.body.version });
    assert.equal(late.status, 409);
  });

  it('returns to the submitter, who edits and resubmits: the chain starts again from step 1', async () => {
    const doc = await newDoc('IT', 2_000_000);
    const req = await submitted(requester, doc);
    const first = await act(deptHead, req.id, 'approve', { version: req.version });
    const returned = await act(leader, req.id, 'return', { version: first.body.version, comment: '请补充说明' });
    assert.equal(returned.status, 200);
    assert.equal(returned.body.status, 'returned');
    assert.equal(await docState(doc), 'draft');
    assert.ok((await titles(requester)).includes(`您提交的测试单据“${req.title}”被 陈建国 退回修改：请补充说明`));

    // Edited down below ¥10,000, the new round no longer needs the company leader.
    assert.equal((await requester.patch(`/api/test-docs/${doc}`).send({ amountFen: 500_000 })).status, 200);
    const again = await submitted(requester, doc);
    assert.equal(again.id, req.id, 'one request per document, in rounds');
    assert.equal(again.round, 2);
    assert.equal(again.currentStep, 1);
    assert.deepEqual(applied(again), [1]);
    assert.ok((await inboxIds(deptHead)).includes(req.id), 'step 1 acts again');
    const done = await act(deptHead, req.id, 'approve', { version: again.version });
    assert.equal(done.body.status, 'approved');
    assert.deepEqual(
      done.body.timeline.map((a: { round: number; action: string; comment: string | null }) => [a.round, a.action, a.comment]),
      [[1, 'submit', null], [1, 'approve', null], [1, 'return', '请补充说明'], [2, 'submit', null], [2, 'approve', null]],
    );
  });

  it('lets only the submitter withdraw, and only while pending', async () => {
    const doc = await newDoc('BJ-PUR', 50_000, 4500);
    const req = await submitted(requester, doc);
    const notTheirs = await act(bjGm, req.id, 'withdraw', { version: req.version });
    assert.equal(notTheirs.status, 403);
    assert.equal(notTheirs.body.detail, '只有提交人可以撤回');
    const withdrawn = await act(requester, req.id, 'withdraw', { version: req.version });
    assert.equal(withdrawn.body.status, 'withdrawn');
    assert.equal(await docState(doc), 'draft');
    assert.ok(!(await inboxIds(bjGm)).includes(req.id));
    const twice = await act(requester, req.id, 'withdraw', { version: withdrawn.body.version });
    assert.equal(twice.status, 409);
    assert.equal((await submitted(requester, doc)).status, 'pending');
  });

  it('lets anyone find a colleague to stand in by name, never themselves, with only name and unit shown', async () => {
    const found = await bjGm.get('/api/approvals/delegates?q=' + encodeURIComponent('钱'));
    assert.equal(found.status, 200);
    assert.deepEqual(found.body.items.map((p: { id: number }) => p.id), [finance.userId]);
    assert.deepEqual(Object.keys(found.body.items[0]).sort(), ['id', 'name', 'unitName']);
    assert.equal(found.body.items[0].unitName, '财务中心');
    const all = await bjGm.get('/api/approvals/delegates?pageSize=200');
    assert.ok(!all.body.items.some((p: { id: number }) => p.id === bjGm.userId), 'not oneself');
    assert.equal(all.body.total, all.body.items.length);
    assert.equal((await bjGm.get('/api/approvals/delegates?pageSize=0')).status, 400);
  });

  it('lets a delegate see and act on the items during the dates given, shown as on behalf of', async () => {
    const today = calendarDay(new Date());
    const given = await bjGm.post('/api/approvals/delegations').send({ toUserId: finance.userId, startsOn: today, endsOn: addDays(today, 2) });
    assert.equal(given.status, 201);
    assert.equal(given.body.active, true);
    assert.ok((await titles(finance)).includes(`郑伟 委托您在 ${today} 至 ${addDays(today, 2)} 期间代为审批`));
    const overlap = await bjGm.post('/api/approvals/delegations').send({ toUserId: hqGm.userId, startsOn: addDays(today, 1), endsOn: addDays(today, 5) });
    assert.equal(overlap.status, 409);
    assert.equal((await bjGm.post('/api/approvals/delegations').send({ toUserId: bjGm.userId, startsOn: today, endsOn: today })).status, 400);

    const req = await submitted(requester, await newDoc('BJ-PUR', 50_000, 4500));
    const inbox = (await finance.get('/api/approvals/inbox?pageSize=200')).body.items;
    const item = inbox.find((r: { id: number }) => r.id === req.id);
    assert.deepEqual(item.onBehalfOf, { id: bjGm.userId, name: '郑伟' });
    const view = (await finance.get(`/api/approvals/requests/${req.id}`)).body;
    assert.deepEqual(view.allowedActions, ['approve', 'reject', 'return']);
    assert.equal(view.actingOnBehalfOf.name, '郑伟');

    const done = await act(finance, req.id, 'approve', { version: req.version });
    assert.equal(done.body.status, 'approved');
    const last = done.body.timeline.at(-1);
    assert.deepEqual([last.actor.name, last.onBehalfOf.name, last.roleLabel], ['钱进', '郑伟', '分部总经理']);

    // Once the dates have passed the delegate neither sees nor acts.
    await ctx.db('approval_delegations').where({ id: given.body.id }).update({ starts_on: addDays(today, -3), ends_on: addDays(today, -1) });
    const later = await submitted(requester, await newDoc('BJ-PUR', 50_000, 4500));
    assert.ok(!(await inboxIds(finance)).includes(later.id));
    assert.equal((await act(finance, later.id, 'approve', { version: later.version })).status, 404);

    assert.equal((await finance.delete(`/api/approvals/delegations/${given.body.id}`)).status, 404, 'only the one who gave it ends it');
    assert.equal((await bjGm.delete(`/api/approvals/delegations/${given.body.id}`)).status, 204);
  });

  it('counts exactly one of two approvals of the same step fired at the same moment; the other gets 409', async () => {
    const bjGm2 = await addUser('bj_gm2', '郭明', 'BJ', 'branch_gm', 'BJ');
    for (let i = 0; i < 3; i++) {
      const doc = await newDoc('BJ-PUR', 50_000, 4500);
      const req = await submitted(requester, doc);
      const results = await Promise.all([bjGm, bjGm2].map((s) => act(s, req.id, 'approve', { version: req.version })));
      assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
      assert.equal(results.find((r) => r.status === 409)!.body.detail, '该审批已被他人处理，请刷新后查看');
      const approvals = await ctx.db('approval_actions').where({ request_id: req.id, action: 'approve' }).count<{ n: number }[]>({ n: '*' });
      assert.equal(Number(approvals[0].n), 1);
      const audited = await ctx.db('audit_log').where({ action: 'approval.approve', entity_id: String(req.id) }).count<{ n: number }[]>({ n: '*' });
      assert.equal(Number(audited[0].n), 1);
      assert.equal(await docState(doc), 'approved');
    }
  });

  it('lists what waits for me with filters and a count, polled with ETag', async () => {
    const first = await hqGm.get('/api/approvals/inbox/count');
    assert.equal(first.status, 200);
    const all = (await hqGm.get('/api/approvals/inbox?pageSize=200')).body;
    assert.equal(first.body.count, all.total);
    assert.ok(all.items.every((r: { currentStep: { role: string } }) => r.currentStep.role === 'hq_center_gm'));

    const unchanged = await hqGm.get('/api/approvals/inbox/count').set('If-None-Match', first.headers.etag);
    assert.equal(unchanged.status, 304);

    const req = await submitted(requester, await newDoc('IT', 50_000, 3000));
    await act(deptHead, req.id, 'approve', { version: req.version });
    const changed = await hqGm.get('/api/approvals/inbox/count').set('If-None-Match', first.headers.etag);
    assert.equal(changed.status, 200);
    assert.equal(changed.body.count, first.body.count + 1);

    const byTitle = (await hqGm.get(`/api/approvals/inbox?q=${req.title}`)).body;
    assert.deepEqual(byTitle.items.map((r: { id: number }) => r.id), [req.id]);
    assert.equal(byTitle.items[0].currentStep.roleLabel, '总部售后服务中心总经理');
    assert.equal((await hqGm.get('/api/approvals/inbox?documentType=ad_quote')).body.total, 0);
    assert.deepEqual((await hqGm.get('/api/approvals/inbox?sort=title')).status, 400);
  });

  it('lists what I submitted, with status', async () => {
    const mine = (await requester.get('/api/approvals/submitted?pageSize=200')).body;
    assert.ok(mine.total >= 10);
    assert.ok(mine.items.every((r: { submitter: { id: number } }) => r.submitter.id === requester.userId));
    const rejected = (await requester.get('/api/approvals/submitted?status=rejected')).body;
    assert.equal(rejected.total, 1);
    assert.equal(rejected.items[0].currentStep, null);
    assert.equal((await deptHead.get('/api/approvals/submitted')).body.items.every((r: { status: string }) => r.status === 'approved'), true);
  });

  it('shows a request only to those involved, and to admin and audit', async () => {
    const req = await submitted(requester, await newDoc('BJ-PUR', 50_000, 4500));
    assert.equal((await ecom.get(`/api/approvals/requests/${req.id}`)).status, 404);
    assert.equal((await hqGm.get(`/api/approvals/requests/${req.id}`)).status, 404);
    assert.equal((await bjGm.get(`/api/approvals/requests/${req.id}`)).status, 200);
    const audit = await auditor.get(`/api/approvals/requests/${req.id}`);
    assert.equal(audit.status, 200);
    assert.deepEqual(audit.body.allowedActions, []);
    assert.equal(audit.body.documentPath, `/test-docs/${req.documentId}`);
  });

  it('keeps policies as data: listed with the seeded ones, checked, versioned', async () => {
    const list = (await admin.get('/api/approvals/policies')).body.items;
    // ad_quote is registered but has no policy: its chain comes from the discount authority.
    assert.deepEqual(list.map((p: { documentType: string; registered: boolean }) => [p.documentType, p.registered]), [
      ['b2b_contract', true],
      ['payment_request', true],
      ['purchase_plan', true],
      ['purchase_request', true],
      ['test_doc', true],
      ['virtual_contract', true],
    ]);
    const testDoc = list.find((p: { documentType: string }) => p.documentType === 'test_doc');
    assert.equal(testDoc.version, 1);
    assert.equal((await auditor.get('/api/approvals/policies')).status, 200);

    const wrongOrigin = await admin.put('/api/approvals/policies/test_doc').send({
      version: 1,
      steps: [{ role: 'branch_gm', unit: 'branch', origin: 'any', condition: { kind: 'always' } }],
    });
    assert.equal(wrongOrigin.status, 400);
    assert.deepEqual(wrongOrigin.body.errors.map((e: { path: string }) => e.path), ['steps.0.origin']);
    assert.equal((await admin.put('/api/approvals/policies/test_doc').send({ version: 0, steps: POLICY })).status, 409);
    assert.equal((await admin.put('/api/approvals/policies/ad_quote').send({ version: 1, steps: [] })).status, 404);
    const saved = await admin.put('/api/approvals/policies/test_doc').send({ version: 1, steps: POLICY.slice(0, 2) });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.version, 2);
    // A request already under way keeps the chain it was submitted with.
    const pendingBig = await ctx.db('approval_requests').where({ status: 'pending', paid_share_bp: 3500 }).first('id');
    assert.deepEqual(applied((await requester.get(`/api/approvals/requests/${pendingBig.id}`)).body), [2, 3, 4]);
  });

  it('writes every action to the audit log', async () => {
    const actions = await ctx.db('audit_log').whereIn('entity', ['approval_request', 'approval_policy', 'approval_delegation']).distinct('action').pluck('action');
    for (const a of ['submit', 'approve', 'reject', 'return', 'withdraw']) assert.ok(actions.includes(`approval.${a}`), a);
    for (const a of ['approval_policy.update', 'approval_delegation.create', 'approval_delegation.delete']) assert.ok(actions.includes(a), a);
  });
});

describeSignedIn('approvals: malformed input is a 400 naming the field, never a 500', 'bj_gm', (as) => {
  it('a NUL search, a stand-in id beyond PostgreSQL integers, and the year 0000', async () => {
    const gm = as.session;
    refused(await gm.get('/api/approvals/inbox?q=%00'), 'q');
    refused(await gm.get('/api/approvals/submitted?q=%00'), 'q');
    refused(await gm.get('/api/approvals/requests/2147483648'), 'id');
    refused(await gm.post('/api/approvals/delegations').send({ toUserId: 2147483648, startsOn: '2031-01-01', endsOn: '2031-01-02' }), 'toUserId');
    refused(await gm.post('/api/approvals/delegations').send({ toUserId: 10, startsOn: '0000-01-01', endsOn: '2031-01-02' }), 'startsOn');
  });
});
