import { Account, AccountList } from '@portal/domain/contracts';
import { LEDGER_BOOK_READER_ROLES, LEDGER_WRITER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { newAccountBody } from './accounts.schema';
import * as accounts from './accounts.service';

// 会计科目: the seeded chart, extended by finance with sub-accounts; postings go to leaves only.
export const accountsRoutes = [
  route({
    method: 'get',
    path: '/accounts',
    allow: LEDGER_BOOK_READER_ROLES,
    response: AccountList,
    summary: 'The chart of accounts in code order, each with leaf and posted',
    handle: ({ db }) => accounts.listAccounts(db),
  }),
  route({
    method: 'post',
    path: '/accounts',
    allow: LEDGER_WRITER_ROLES,
    response: Account,
    status: 201,
    summary: 'A sub-account under a parent without postings (code = parent + two digits)',
    body: newAccountBody,
    handle: ({ db, actor, body }) => accounts.addAccount(db, actor, body),
  }),
];
