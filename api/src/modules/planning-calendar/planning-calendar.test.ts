import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, calendarDay, defaultCutoff } from '@portal/domain';
import { refused, type Session, signedInSuite } from '../../test/support';

const thisMonth = calendarDay(new Date()).slice(0, 7);
const farMonth = addMonths(thisMonth, 6);

describe('planning calendar (采购计划日历)', () => {
  let clerk: Session, supplyClerk: Session, requester: Session, admin: Session;
  const ctx = signedInSuite(['clerk', 'supply_clerk', 'requester', 'admin'], (s) => ([clerk, supplyClerk, requester, admin] = s));

  it('shows a month nobody set as open, due on the 20th of the month before', async () => {
    const res = await requester.get(`/api/planning-calendar/OFFICE/${farMonth}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(
      { status: res.body.status, cutoffOn: res.body.cutoffOn, isDefault: res.body.isDefault, version: res.body.version, canEdit: res.body.canEdit },
      { status: 'open', cutoffOn: `${addMonths(farMonth, -1)}-20`, isDefault: true, version: 0, canEdit: false },
    );
    assert.equal(res.body.unit.name, '办公室');
  });

  it("lets the unit's own clerk set a month at version 0, then at its version; a stale or second first write is 409", async () => {
    const set = await clerk.put(`/api/planning-calendar/OFFICE/${farMonth}`).send({ cutoffOn: `${addMonths(farMonth, -1)}-25`, status: 'open', version: 0 });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.equal(set.body.isDefault, false);
    assert.equal(set.body.version, 1);
    assert.equal(set.body.updatedBy.name, '王芳');
    assert.equal((await clerk.put(`/api/planning-calendar/OFFICE/${farMonth}`).send({ cutoffOn: `${addMonths(farMonth, -1)}-26`, status: 'open', version: 0 })).status, 409);
    const closed = await clerk.put(`/api/planning-calendar/OFFICE/${farMonth}`).send({ cutoffOn: `${addMonths(farMonth, -1)}-25`, status: 'consolidating', version: 1 });
    assert.equal(closed.body.status, 'consolidating');
    const audit = await ctx.db('audit_log').where({ action: 'planning_calendar.update', entity_id: `OFFICE/${farMonth}` }).count({ n: '*' });
    assert.equal(Number(audit[0].n), 2);
  });

  it("refuses another unit's clerk (403) and non-clerks (403 at the route)", async () => {
    const other = await supplyClerk.put(`/api/planning-calendar/OFFICE/${farMonth}`).send({ cutoffOn: `${farMonth}-01`, status: 'closed', version: 2 });
    assert.equal(other.status, 403);
    assert.match(other.body.detail, /办公室/);
    assert.equal((await requester.put(`/api/planning-calendar/SUPPLY/${farMonth}`).send({ cutoffOn: `${farMonth}-01`, status: 'closed', version: 0 })).status, 403);
    assert.equal((await admin.get(`/api/planning-calendar/SUPPLY/${farMonth}`)).status, 403);
  });

  it('lists the twelve months of a year with the set ones and the defaults', async () => {
    const year = Number(farMonth.slice(0, 4));
    const res = await clerk.get(`/api/planning-calendar/OFFICE?year=${year}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.months.length, 12);
    assert.equal(res.body.canEdit, true);
    const set = res.body.months.find((m: { month: string }) => m.month === farMonth);
    assert.equal(set.status, 'consolidating');
    const jan = res.body.months[0];
    if (jan.month !== farMonth && jan.isDefault) assert.equal(jan.cutoffOn, defaultCutoff(`${year}-01`));
  });

  it('refuses a month like 2026-13, an unknown unit and a cut-off after the month (400 naming the field)', async () => {
    refused(await clerk.get('/api/planning-calendar/OFFICE/2026-13'), 'month');
    refused(await clerk.get('/api/planning-calendar/OFFICE/2026-00'), 'month');
    refused(await clerk.get('/api/planning-calendar/IT/2026-11'), 'unit');
    refused(await clerk.put(`/api/planning-calendar/OFFICE/${farMonth}`).send({ cutoffOn: `${addMonths(farMonth, 1)}-01`, status: 'open', version: 2 }), 'cutoffOn');
    refused(await clerk.put(`/api/planning-calendar/OFFICE/${farMonth}`).send({ cutoffOn: '2026-02-30', status: 'open', version: 2 }), 'cutoffOn');
    refused(await clerk.put(`/api/planning-calendar/OFFICE/${farMonth}`).send({ cutoffOn: `${farMonth}-01`, status: 'paused', version: 2 }), 'status');
  });
});
