import { AccountingPeriod, AccountingPeriodList } from '@portal/domain/contracts';
import { LEDGER_BOOK_READER_ROLES, LEDGER_WRITER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { moveBody, periodParam, reopenBody } from './periods.schema';
import * as periods from './periods.service';

// 会计期间: open → closed (结账) → locked (锁定, final); closed → open (反结账) with a reason. Audited.
export const periodsRoutes = [
  route({
    method: 'get',
    path: '/periods',
    allow: LEDGER_BOOK_READER_ROLES,
    response: AccountingPeriodList,
    summary: 'The months on the books, newest first, with status and entry count',
    handle: ({ db }) => periods.listPeriods(db),
  }),
  route({
    method: 'post',
    path: '/periods/:period/close',
    allow: LEDGER_WRITER_ROLES,
    response: AccountingPeriod,
    summary: 'Closes an open month (结账): nothing posts into it until reopened; waits for postings in flight',
    params: periodParam,
    body: moveBody,
    handle: ({ db, actor, params, body }) => periods.movePeriod(db, actor, params.period, 'closed', body.reason || null),
  }),
  route({
    method: 'post',
    path: '/periods/:period/reopen',
    allow: LEDGER_WRITER_ROLES,
    response: AccountingPeriod,
    summary: 'Reopens a closed month (反结账) with a required reason; a locked month never',
    params: periodParam,
    body: reopenBody,
    handle: ({ db, actor, params, body }) => periods.movePeriod(db, actor, params.period, 'open', body.reason),
  }),
  route({
    method: 'post',
    path: '/periods/:period/lock',
    allow: LEDGER_WRITER_ROLES,
    response: AccountingPeriod,
    summary: 'Locks a closed month for good (锁定)',
    params: periodParam,
    body: moveBody,
    handle: ({ db, actor, params, body }) => periods.movePeriod(db, actor, params.period, 'locked', body.reason || null),
  }),
];
