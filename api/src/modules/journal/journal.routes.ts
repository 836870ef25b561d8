import { JournalEntry, JournalEntryList } from '@portal/domain/contracts';
import { JOURNAL_READER_ROLES, LEDGER_WRITER_ROLES } from '@portal/domain';
import { IDEMPOTENCY_HEADER } from '../../http/idempotency';
import { idParam } from '../../http/validate';
import { route } from '../../http/route';
import { journalQuery, manualEntryBody, reverseBody } from './journal.schema';
import * as journal from './journal.service';

// 记账凭证: finance posts and reverses; finance, audit and leadership read all; a branch's users
// read the entries with a line on their branch (404 otherwise). Nothing is ever edited or deleted.
export const journalRoutes = [
  route({
    method: 'get',
    path: '/journal',
    allow: JOURNAL_READER_ROLES,
    response: JournalEntryList,
    summary: 'Entries, newest first, ?period&account&unit&customer&agreement&kind&q; a branch user sees their branch’s',
    query: journalQuery,
    handle: ({ db, user, query }) => journal.browseJournal(db, user, query),
  }),
  route({
    method: 'post',
    path: '/journal',
    allow: LEDGER_WRITER_ROLES,
    response: JournalEntry,
    status: 201,
    idempotent: true,
    summary: 'A manual entry with its reason; balanced, leaf accounts, an open period (Idempotency-Key)',
    body: manualEntryBody,
    handle: ({ req, db, actor, user, lang, body }) => journal.postManual(db, actor, user, lang, body, req.get(IDEMPOTENCY_HEADER)),
  }),
  route({
    method: 'get',
    path: '/journal/:id',
    allow: JOURNAL_READER_ROLES,
    response: JournalEntry,
    summary: 'One voucher with its lines, totals in 大写 and reversal links',
    params: idParam,
    handle: ({ db, user, lang, params }) => journal.readEntry(db, user, lang, params.id),
  }),
  route({
    method: 'get',
    path: '/journal/:id/pdf',
    allow: JOURNAL_READER_ROLES,
    response: 'file',
    summary: 'The voucher (记账凭证) as an A4 PDF in Chinese: lines, totals in figures and 大写, preparer and poster',
    params: idParam,
    handle: ({ db, user, res, params }) => journal.voucherPdf(db, user, res, params.id),
  }),
  route({
    method: 'post',
    path: '/journal/:id/reverse',
    allow: LEDGER_WRITER_ROLES,
    response: JournalEntry,
    status: 201,
    idempotent: true,
    summary: 'Reverses an entry once, mirroring every line, in the open month (Idempotency-Key)',
    params: idParam,
    body: reverseBody,
    handle: ({ db, actor, user, lang, params, body }) => journal.reverse(db, actor, user, lang, params.id, body),
  }),
];
