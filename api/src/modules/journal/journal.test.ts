import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Knex } from 'knex';
import { pdfPages } from '../../documents/read-back';
import { downloaded, type Session, signedInSuite } from '../../test/support';
import { postEntry, reverseEntry } from './journal.service';

/** A posting on the raw tables, bypassing the service: only the database's own triggers stand in the way. */
async function rawEntry(
  trx: Knex,
  entry: { number: string; period: string; kind?: string; reverses_id?: number | null },
  lines: { account: string; dr?: number; cr?: number; unit_id?: number | null; customer_id?: number | null }[],
): Promise<number> {
  const [row] = await trx('journal_entries')
    .insert({ kind: 'manual', memo: 'raw', entry_date: entry.period, reverses_id: null, ...entry })
    .returning('id');
  const id = Number(row.id);
  for (const [i, l] of lines.entries()) {
    await trx('journal_lines').insert({
      entry_id: id,
      line_no: i + 1,
      account_code: l.account,
      debit_fen: l.dr ?? 0,
      credit_fen: l.cr ?? 0,
      unit_id: l.unit_id ?? null,
      customer_id: l.customer_id ?? null,
    });
  }
  return id;
}

const actor = { userId: null, name: 'test', requestId: 'test', ip: null };

describe('journal (记账凭证): the database guarantees, tested with raw SQL', () => {
  const ctx = signedInSuite([], () => undefined);
  const P = '2030-01-01';
  let posted: number;
  let n = 0;
  const num = () => `RAW-${++n}`;

  it('accepts a balanced entry of two lines and copies the period onto its lines', async () => {
    await ctx.db('accounting_periods').insert({ period: P, status: 'open' });
    posted = await ctx.db.transaction((trx) => rawEntry(trx, { number: num(), period: P }, [{ account: '1002', dr: 500 }, { account: '1122', cr: 500 }]));
    const lines = await ctx.db('journal_lines').where({ entry_id: posted }).select('period');
    assert.deepEqual(lines.map((l) => l.period), [P, P]);
  });

  it('refuses, at commit, an entry whose debits differ from its credits, and one with a single line', async () => {
    await assert.rejects(
      ctx.db.transaction((trx) => rawEntry(trx, { number: num(), period: P }, [{ account: '1002', dr: 500 }, { account: '1122', cr: 499 }])),
      (e: { constraint?: string }) => e.constraint === 'journal_entries_balanced',
    );
    await assert.rejects(
      ctx.db.transaction((trx) => rawEntry(trx, { number: num(), period: P }, [{ account: '1002', dr: 0, cr: 0 }])),
      /journal_lines_side_check|at least two/,
    );
    await assert.rejects(
      ctx.db.transaction((trx) => rawEntry(trx, { number: num(), period: P }, [{ account: '1002', dr: 5 }])),
      (e: { constraint?: string }) => e.constraint === 'journal_entries_two_lines',
    );
    // Nothing of either stayed.
    assert.equal((await ctx.db('journal_entries').where({ period: P }).count<{ n: number }[]>({ n: '*' }))[0].n, 1);
  });

  it('refuses to UPDATE, DELETE or TRUNCATE entries and lines, and to add a line to a posted entry', async () => {
    const refused = (e: { constraint?: string }) => e.constraint === 'journal_immutable';
    await assert.rejects(ctx.db('journal_entries').where({ id: posted }).update({ memo: 'changed' }), refused);
    await assert.rejects(ctx.db('journal_lines').where({ entry_id: posted }).update({ debit_fen: 900 }), refused);
    await assert.rejects(ctx.db('journal_lines').where({ entry_id: posted }).del(), refused);
    await assert.rejects(ctx.db('journal_entries').where({ id: posted }).del(), refused);
    await assert.rejects(ctx.db.raw('truncate journal_entries cascade'), refused);
    await assert.rejects(ctx.db.raw('truncate journal_lines cascade'), refused);
    await assert.rejects(
      ctx.db('journal_lines').insert({ entry_id: posted, line_no: 3, account_code: '1002', debit_fen: 1 }),
      refused,
    );
    const lines = await ctx.db('journal_lines').where({ entry_id: posted }).orderBy('line_no').select('debit_fen', 'credit_fen');
    assert.deepEqual(lines, [{ debit_fen: 500, credit_fen: 0 }, { debit_fen: 0, credit_fen: 500 }]);
  });

  it('refuses a posting into a closed, a locked or a missing period', async () => {
    await ctx.db('accounting_periods').insert({ period: '2030-02-01', status: 'open' });
    await ctx.db('accounting_periods').where({ period: '2030-02-01' }).update({ status: 'closed' });
    const closed = (e: { constraint?: string; message: string }) => e.constraint === 'journal_period_open' && /closed/.test(e.message);
    await assert.rejects(ctx.db.transaction((trx) => rawEntry(trx, { number: num(), period: '2030-02-01' }, [{ account: '1002', dr: 1 }, { account: '1122', cr: 1 }])), closed);
    await ctx.db('accounting_periods').where({ period: '2030-02-01' }).update({ status: 'locked' });
    await assert.rejects(
      ctx.db.transaction((trx) => rawEntry(trx, { number: num(), period: '2030-02-01' }, [{ account: '1002', dr: 1 }, { account: '1122', cr: 1 }])),
      /locked/,
    );
    await assert.rejects(
      ctx.db.transaction((trx) => rawEntry(trx, { number: num(), period: '2031-05-01' }, [{ account: '1002', dr: 1 }, { account: '1122', cr: 1 }])),
      /journal_period_open|foreign key|does not exist/,
    );
  });

  it('moves a period open → closed → locked or closed → open only; locked is final', async () => {
    await ctx.db('accounting_periods').insert({ period: '2030-03-01', status: 'open' });
    const move = (status: string) => ctx.db('accounting_periods').where({ period: '2030-03-01' }).update({ status });
    const refused = (e: { constraint?: string }) => e.constraint === 'accounting_periods_transition';
    await assert.rejects(move('locked'), refused);
    await move('closed');
    await move('open');
    await move('closed');
    await move('locked');
    await assert.rejects(move('open'), refused);
    await assert.rejects(move('closed'), refused);
    await assert.rejects(ctx.db('accounting_periods').where({ period: '2030-03-01' }).del(), refused);
  });

  it('posts only to active leaf accounts, and gives no sub-account to an account with postings', async () => {
    await assert.rejects(
      ctx.db.transaction((trx) => rawEntry(trx, { number: num(), period: P }, [{ account: '6051.01', cr: 1 }, { account: '1122', dr: 1 }])),
      (e: { constraint?: string }) => e.constraint === 'journal_lines_account_leaf',
    );
    await assert.rejects(
      ctx.db('accounts').insert({ code: '1002.01', name: '工商银行', parent_code: '1002', normal_side: 'debit' }),
      (e: { constraint?: string }) => e.constraint === 'accounts_parent_has_postings',
    );
  });

  it('takes a reversal only if it mirrors every line, once, and never a reversal of a reversal', async () => {
    const bj = (await ctx.db('units').where({ code: 'BJ' }).first('id')).id;
    const original = await ctx.db.transaction((trx) =>
      rawEntry(trx, { number: num(), period: P }, [{ account: '1122', dr: 1060, unit_id: bj }, { account: '6051.01.01', cr: 1000, unit_id: bj }, { account: '2221.01', cr: 60, unit_id: bj }]),
    );
    const mirror = [{ account: '1122', cr: 1060, unit_id: bj }, { account: '6051.01.01', dr: 1000, unit_id: bj }, { account: '2221.01', dr: 60, unit_id: bj }];
    const notMirror = (e: { constraint?: string }) => e.constraint === 'journal_reversal_mirrors';
    // Same amounts, another unit: not a mirror.
    await assert.rejects(
      ctx.db.transaction((trx) => rawEntry(trx, { number: num(), period: P, kind: 'reversal', reverses_id: original }, mirror.map((l, i) => (i === 0 ? { ...l, unit_id: null } : l)))),
      notMirror,
    );
    // A line left out (balanced still): not a mirror.
    await assert.rejects(
      ctx.db.transaction((trx) =>
        rawEntry(trx, { number: num(), period: P, kind: 'reversal', reverses_id: original }, [{ account: '1122', cr: 1000, unit_id: bj }, { account: '6051.01.01', dr: 1000, unit_id: bj }]),
      ),
      notMirror,
    );
    // A reversal must say what it reverses.
    await assert.rejects(ctx.db.transaction((trx) => rawEntry(trx, { number: num(), period: P, kind: 'reversal' }, mirror)), /journal_entries_reversal_check/);
    const reversal = await ctx.db.transaction((trx) => rawEntry(trx, { number: num(), period: P, kind: 'reversal', reverses_id: original }, mirror));
    await assert.rejects(
      ctx.db.transaction((trx) => rawEntry(trx, { number: num(), period: P, kind: 'reversal', reverses_id: original }, mirror)),
      (e: { code?: string; constraint?: string }) => e.code === '23505',
    );
    await assert.rejects(
      ctx.db.transaction((trx) =>
        rawEntry(trx, { number: num(), period: P, kind: 'reversal', reverses_id: reversal }, mirror.map((l) => ({ ...l, dr: l.cr, cr: l.dr })))),
      (e: { constraint?: string }) => e.constraint === 'journal_reversal_of_reversal',
    );
  });

  it('postEntry numbers per period in the caller’s transaction, and reverseEntry mirrors into the open month', async () => {
    const first = await ctx.db.transaction((trx) =>
      postEntry(trx, { entryDate: '2030-01-15', kind: 'manual', memo: '测试', reason: '测试', lines: [{ accountCode: '1002', debitFen: 100 }, { accountCode: '1122', creditFen: 100 }] }, actor),
    );
    const second = await ctx.db.transaction((trx) =>
      postEntry(trx, { entryDate: '2030-01-16', kind: 'collection', memo: '收款', lines: [{ accountCode: '1002', debitFen: 7 }, { accountCode: '1122', creditFen: 7 }] }, actor),
    );
    assert.equal(first.number, '记-2030-01-0001');
    assert.equal(second.number, '记-2030-01-0002');
    assert.equal(first.period, P);
    // A caller's rollback takes the entry and its number with it.
    await assert.rejects(
      ctx.db.transaction(async (trx) => {
        await postEntry(trx, { entryDate: '2030-01-17', kind: 'collection', memo: 'x', lines: [{ accountCode: '1002', debitFen: 7 }, { accountCode: '1122', creditFen: 7 }] }, actor);
        throw new Error('caller failed');
      }),
      /caller failed/,
    );
    const third = await ctx.db.transaction((trx) =>
      postEntry(trx, { entryDate: '2030-01-18', kind: 'collection', memo: 'y', lines: [{ accountCode: '1002', debitFen: 7 }, { accountCode: '1122', creditFen: 7 }] }, actor),
    );
    assert.equal(third.number, '记-2030-01-0003');
    const rev = await ctx.db.transaction((trx) => reverseEntry(trx, first.id, '录错', actor, { entryDate: '2030-01-20' }));
    assert.equal(rev.kind, 'reversal');
    const lines = await ctx.db('journal_lines').where({ entry_id: rev.id }).orderBy('line_no').select('account_code', 'debit_fen', 'credit_fen');
    assert.deepEqual(lines, [
      { account_code: '1002', debit_fen: 0, credit_fen: 100 },
      { account_code: '1122', debit_fen: 100, credit_fen: 0 },
    ]);
    await assert.rejects(ctx.db.transaction((trx) => reverseEntry(trx, first.id, '再冲', actor, { entryDate: '2030-01-20' })), /journal.alreadyReversed/);
    await assert.rejects(ctx.db.transaction((trx) => reverseEntry(trx, rev.id, '再冲', actor, { entryDate: '2030-01-20' })), /journal.reversalOfReversal/);
  });
});

describe('journal (记账凭证) through the API', () => {
  let finance: Session, auditor: Session, bjGm: Session, shGm: Session, clerk: Session;
  const ctx = signedInSuite(['finance', 'auditor', 'bj_gm', 'sh_gm', 'clerk'], (s) => ([finance, auditor, bjGm, shGm, clerk] = s));
  const unitId = async (code: string): Promise<number> => (await ctx.db('units').where({ code }).first('id')).id;
  const periods = async () => (await finance.get('/api/periods')).body.items as { period: string; status: string }[];

  const manual = (entryDate: string, unit: number | null, fen = 10_000) => ({
    entryDate,
    memo: '手工调整',
    reason: '补录上月收款',
    lines: [
      { accountCode: '1002', debitFen: fen, unitId: unit },
      { accountCode: '1122', creditFen: fen, unitId: unit },
    ],
  });

  it('posts a manual entry once for one Idempotency-Key, and answers 409 to the same key with another body', async () => {
    const [thisMonth] = await periods();
    assert.equal(thisMonth.status, 'open');
    const day = thisMonth.period.slice(0, 8) + '02';
    const body = manual(day, await unitId('BJ'));
    const first = await finance.post('/api/journal').set('Idempotency-Key', 'je-1').send(body);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.match(first.body.number, /^记-\d{4}-\d{2}-\d{4}$/);
    assert.equal(first.body.totalFen, 10_000);
    assert.equal(first.body.totalInWords, '壹佰元整');
    const again = await finance.post('/api/journal').set('Idempotency-Key', 'je-1').send(body);
    assert.equal(again.status, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal(again.body.id, first.body.id);
    const other = await finance.post('/api/journal').set('Idempotency-Key', 'je-1').send({ ...body, memo: '另一张' });
    assert.equal(other.status, 409);
    const count = await ctx.db('journal_entries').where({ memo: '手工调整' }).count<{ n: number }[]>({ n: '*' });
    assert.equal(Number(count[0].n), 1);
    // The kit's record of the key gone (a claim of a server that died, lapsed and purged): the journal still knows the request.
    await ctx.db('idempotency_keys').where({ key: 'je-1' }).del();
    const lapsed = await finance.post('/api/journal').set('Idempotency-Key', 'je-1').send(body);
    assert.equal(lapsed.status, 201);
    assert.equal(lapsed.body.id, first.body.id);
    const after = await ctx.db('journal_entries').where({ memo: '手工调整' }).count<{ n: number }[]>({ n: '*' });
    assert.equal(Number(after[0].n), 1);
  });

  it('refuses an unbalanced entry, a parent account and a missing reason, naming the field', async () => {
    const [p] = await periods();
    const day = p.period.slice(0, 8) + '03';
    const unbalanced = await finance.post('/api/journal').send({ ...manual(day, null), lines: [{ accountCode: '1002', debitFen: 123_450 }, { accountCode: '1122', creditFen: 123_400 }] });
    assert.equal(unbalanced.status, 422);
    // Money in the message reads as everywhere else: ¥ and thousands, two decimals.
    assert.equal(unbalanced.body.detail, '借贷不平衡：借方合计 ¥1,234.50，贷方合计 ¥1,234.00，请核对金额');
    const parent = await finance.post('/api/journal').send({ ...manual(day, null), lines: [{ accountCode: '6051', creditFen: 100 }, { accountCode: '1122', debitFen: 100 }] });
    assert.equal(parent.status, 422);
    assert.deepEqual(parent.body.errors.map((e: { path: string }) => e.path), ['lines.0.accountCode']);
    const noReason = await finance.post('/api/journal').send({ ...manual(day, null), reason: ' ' });
    assert.equal(noReason.status, 400);
    assert.deepEqual(noReason.body.errors.map((e: { path: string }) => e.path), ['reason']);
    assert.equal((await clerk.post('/api/journal').send(manual(day, null))).status, 403);
  });

  it('reverses an entry once, linking both ways; the reversal cannot be reversed', async () => {
    const [p] = await periods();
    const posted = (await finance.post('/api/journal').send(manual(p.period.slice(0, 8) + '04', null, 2_345))).body;
    const rev = await finance.post(`/api/journal/${posted.id}/reverse`).set('Idempotency-Key', 'rev-1').send({ reason: '金额录错' });
    assert.equal(rev.status, 201, JSON.stringify(rev.body));
    assert.equal(rev.body.kind, 'reversal');
    assert.deepEqual(rev.body.reverses, { id: posted.id, number: posted.number });
    assert.deepEqual(rev.body.lines.map((l: { accountCode: string; debitFen: number; creditFen: number }) => [l.accountCode, l.debitFen, l.creditFen]), [
      ['1002', 0, 2_345],
      ['1122', 2_345, 0],
    ]);
    const replay = await finance.post(`/api/journal/${posted.id}/reverse`).set('Idempotency-Key', 'rev-1').send({ reason: '金额录错' });
    assert.equal(replay.body.id, rev.body.id);
    const twice = await finance.post(`/api/journal/${posted.id}/reverse`).send({ reason: '再冲一次' });
    assert.equal(twice.status, 409);
    assert.match(twice.body.detail, /已被 .* 冲销/);
    const original = (await auditor.get(`/api/journal/${posted.id}`)).body;
    assert.deepEqual(original.reversedBy, { id: rev.body.id, number: rev.body.number });
    assert.equal((await finance.post(`/api/journal/${rev.body.id}/reverse`).send({ reason: 'x' })).status, 409);
    const audit = await ctx.db('audit_log').where({ entity: 'journal_entry', entity_id: String(rev.body.id) }).first('action');
    assert.equal(audit.action, 'journal_entry.reverse');
  });

  it('refuses a posting into a closed month with a clear message; reopen needs a reason; locked is final', async () => {
    const list = await periods();
    const last = list[1];
    const month = last.period.slice(0, 7);
    // The demo closes last month after posting its income (db/seeds/ad-revenue.ts): reopen it to close it here.
    if (last.status === 'closed') assert.equal((await finance.post(`/api/periods/${month}/reopen`).send({ reason: '重新结账' })).status, 200);
    // Last month open: finance's home page says so.
    const card = (await finance.get('/api/workbench/cards/periods.to-close')).body;
    assert.equal(card.count, 1);
    assert.match(card.hint, new RegExp(month));
    const closed = await finance.post(`/api/periods/${month}/close`).send({});
    assert.equal(closed.status, 200, JSON.stringify(closed.body));
    assert.equal(closed.body.status, 'closed');
    const refused = await finance.post('/api/journal').send(manual(`${month}-10`, null));
    assert.equal(refused.status, 409);
    assert.equal(refused.body.detail, `会计期间 ${month} 已结账，不能再记账；如需调整请先反结账或在当前期间冲销`);
    const en = await finance.post('/api/journal').set('Accept-Language', 'en').send(manual(`${month}-10`, null));
    assert.match(en.body.detail, /is closed; nothing can be posted/);
    assert.equal((await finance.post(`/api/periods/${month}/reopen`).send({})).status, 400);
    const reopened = await finance.post(`/api/periods/${month}/reopen`).send({ reason: '补记漏记收入' });
    assert.equal(reopened.body.status, 'open');
    const audit = await ctx.db('audit_log').where({ entity: 'accounting_period', entity_id: last.period, action: 'accounting_period.reopen' }).orderBy('id', 'desc').first('after');
    assert.equal((typeof audit.after === 'string' ? JSON.parse(audit.after) : audit.after).reason, '补记漏记收入');
    assert.equal((await finance.post(`/api/periods/${month}/lock`).send({})).status, 409);
    await finance.post(`/api/periods/${month}/close`).send({});
    assert.equal((await finance.post(`/api/periods/${month}/lock`).send({})).body.status, 'locked');
    const reopen = await finance.post(`/api/periods/${month}/reopen`).send({ reason: '再试' });
    assert.equal(reopen.status, 409);
    assert.equal((await finance.post(`/api/periods/${month}/close`).send({})).status, 409);
    assert.equal((await finance.post('/api/journal').send(manual(`${month}-11`, null))).status, 409);
    assert.equal((await auditor.post(`/api/periods/${month}/close`).send({})).status, 403);
    assert.equal((await finance.get('/api/workbench/cards/periods.to-close')).body.count, 0);
  });

  it('shows a branch’s users only the entries on their branch: 404 on another branch’s', async () => {
    const [p] = await periods();
    const day = p.period.slice(0, 8) + '05';
    const sh = (await finance.post('/api/journal').send(manual(day, await unitId('SH-ECOM'), 777))).body;
    const bj = (await finance.post('/api/journal').send(manual(day, await unitId('BJ'), 888))).body;
    assert.equal((await bjGm.get(`/api/journal/${sh.id}`)).status, 404);
    assert.equal((await bjGm.get(`/api/journal/${bj.id}`)).status, 200);
    assert.equal((await shGm.get(`/api/journal/${sh.id}`)).status, 200);
    const bjList = (await bjGm.get('/api/journal?pageSize=200')).body;
    assert.ok(bjList.items.some((e: { id: number }) => e.id === bj.id));
    assert.ok(!bjList.items.some((e: { id: number }) => e.id === sh.id));
    const all = (await auditor.get(`/api/journal?pageSize=200&unit=${await unitId('SH-ECOM')}`)).body;
    assert.deepEqual(all.items.map((e: { id: number }) => e.id), [sh.id]);
    assert.equal((await clerk.get('/api/journal')).status, 403);
    // The voucher PDF is scoped the same way.
    assert.equal((await bjGm.get(`/api/journal/${sh.id}/pdf`)).status, 404);
  });

  it('prints the voucher as an A4 PDF in Chinese with its lines, totals in figures and 大写, preparer and poster', async () => {
    const [p] = await periods();
    const posted = (await finance.post('/api/journal').send(manual(p.period.slice(0, 8) + '06', await unitId('BJ'), 1_234_56))).body;
    const pdf = await downloaded(bjGm.get(`/api/journal/${posted.id}/pdf`));
    assert.equal(pdf.status, 200);
    assert.equal(pdf.type, 'application/pdf');
    const text = (await pdfPages(pdf.body)).join('\n');
    for (const expected of ['记账凭证', posted.number, '1002 银行存款', '1122 应收账款', '¥1,234.56', '壹仟贰佰叁拾肆元伍角陆分', '制单', '记账', '钱进', '北京分部']) {
      assert.ok(text.includes(expected), `${expected} in ${text}`);
    }
  });

  it('lets finance add a sub-account under a parent without postings, never under one with postings', async () => {
    const added = await finance.post('/api/accounts').send({ parentCode: '6051.01', code: '6051.01.03', name: '直播推广收入', nameEn: 'Live-stream income' });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.equal(added.body.normalSide, 'credit');
    assert.equal(added.body.leaf, true);
    const posted = await finance.post('/api/accounts').send({ parentCode: '1002', code: '1002.01', name: '工商银行' });
    assert.equal(posted.status, 409);
    assert.deepEqual(posted.body.errors.map((e: { path: string }) => e.path), ['parentCode']);
    const badCode = await finance.post('/api/accounts').send({ parentCode: '6051.01', code: '6051.02', name: 'x' });
    assert.equal(badCode.status, 400);
    const chart = (await auditor.get('/api/accounts')).body.items as { code: string; leaf: boolean; posted: boolean }[];
    assert.equal(chart.find((a) => a.code === '6051.01')!.leaf, false);
    assert.equal(chart.find((a) => a.code === '1002')!.posted, true);
    assert.ok(chart.some((a) => a.code === '6051.01.03'));
  });
});
