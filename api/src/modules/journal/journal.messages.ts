import type { DatabaseProblem } from '../../http/db-problems';
import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (journal.module.ts). */
export const journalMessages: MessageTable = {
  'journal.twoLines': { zh: '一张凭证至少要有两行分录', en: 'An entry needs at least two lines' },
  'journal.badAmount': { zh: '金额应为不小于 0 的整数（单位：分）', en: 'An amount must be a whole number of fen, 0 or more' },
  'journal.oneSide': { zh: '每行分录只能填借方或贷方其中之一', en: 'Each line takes a debit or a credit: exactly one of the two' },
  'journal.unbalanced': {
    zh: '借贷不平衡：借方合计 ¥{debits}，贷方合计 ¥{credits}，请核对金额',
    en: 'The entry does not balance: debits ¥{debits}, credits ¥{credits}; check the amounts',
  },
  'journal.unknownAccount': { zh: '会计科目 {code} 不存在', en: 'There is no account {code}' },
  'journal.notLeaf': {
    zh: '科目 {code} 不是末级科目或已停用；凭证只能记入启用的末级科目',
    en: 'Account {code} has sub-accounts or is inactive; post only to an active leaf account',
  },
  'journal.periodClosed': {
    zh: '会计期间 {period} 已结账，不能再记账；如需调整请先反结账或在当前期间冲销',
    en: 'The period {period} is closed; nothing can be posted into it (reopen it first, or post the correction in the open month)',
  },
  'journal.periodLocked': { zh: '会计期间 {period} 已锁定，不能再记账；如需调整，请在当前未结账的期间记账', en: 'The period {period} is locked; nothing can be posted into it (post the correction in the open month)' },
  'journal.periodMissing': { zh: '会计期间 {period} 尚未开设，不能记账', en: 'The period {period} has not been opened; nothing can be posted into it' },
  'journal.badPeriod': { zh: '会计期间格式应为 YYYY-MM（如 2026-11）', en: 'A period is a month written YYYY-MM (e.g. 2026-11)' },
  'journal.badAccount': { zh: '科目编码应为 4 位数字，下级每级 2 位（如 6051.01.01）', en: 'An account code is 4 digits, then 2 digits per level, e.g. 6051.01.01' },
  'journal.memoRequired': { zh: '请填写摘要', en: 'Give the entry a memo' },
  'journal.reasonRequired': { zh: '请填写原因', en: 'Give the reason' },
  'journal.reverseThroughReverse': { zh: '冲销凭证请在原凭证页面点击“冲销”', en: 'To reverse an entry, use Reverse on the original entry' },
  'journal.unknownEntry': { zh: '找不到这张凭证', en: 'There is no such entry' },
  'journal.reversalOfReversal': {
    zh: '凭证 {number} 本身是冲销凭证，不能再冲销；请重新录入正确的凭证',
    en: 'Entry {number} is itself a reversal and cannot be reversed; post the correct entry instead',
  },
  'journal.alreadyReversed': { zh: '凭证 {number} 已被 {by} 冲销，不能重复冲销', en: 'Entry {number} was already reversed by {by}; it is reversed once only' },
  // The database's own refusals (db/migrations/20261129_10_ledger_guarantees.ts), when a request reaches them.
  'journal.db.immutable': {
    zh: '凭证一经记账不能修改或删除，请用冲销更正',
    en: 'A posted entry cannot be changed or deleted; correct it with a reversal',
  },
  'journal.db.periodOpen': { zh: '该会计期间未开放（已结账、已锁定或未开设），不能记账', en: 'That period is not open (closed, locked or not yet opened); nothing can be posted into it' },
  'journal.db.leaf': { zh: '只能记入启用的末级科目', en: 'Post only to an active leaf account' },
  'journal.db.linePeriod': { zh: '分录的会计期间必须与所属凭证一致，未记账', en: "Each line must be in its entry's period; nothing was posted" },
  'journal.db.balanced': { zh: '凭证借贷不平衡，未记账', en: 'The entry does not balance; nothing was posted' },
  'journal.db.twoLines': { zh: '一张凭证至少要有两行分录，未记账', en: 'An entry needs at least two lines; nothing was posted' },
  'journal.db.mirror': { zh: '冲销凭证必须与原凭证逐行相反，未记账', en: 'A reversal must mirror every line of its original; nothing was posted' },
  'journal.db.reversalOfReversal': { zh: '冲销凭证不能再冲销', en: 'A reversal cannot be reversed' },
  'journal.db.reversedOnce': { zh: '该凭证已被冲销，不能重复冲销', en: 'That entry was already reversed' },
};

/** The ledger triggers' refusals as problems (http/db-problems.ts), by the constraint each names. */
export const journalDatabaseProblems: Record<string, DatabaseProblem> = {
  journal_immutable: { status: 409, key: 'journal.db.immutable' },
  journal_period_open: { status: 409, key: 'journal.db.periodOpen', path: 'period' },
  journal_lines_account_leaf: { status: 422, key: 'journal.db.leaf', path: 'lines' },
  journal_lines_account_code_foreign: { status: 422, key: 'journal.db.leaf', path: 'lines' },
  journal_lines_period_of_entry: { status: 422, key: 'journal.db.linePeriod', path: 'lines' },
  journal_entries_balanced: { status: 422, key: 'journal.db.balanced', path: 'lines' },
  journal_entries_two_lines: { status: 422, key: 'journal.db.twoLines', path: 'lines' },
  journal_reversal_mirrors: { status: 422, key: 'journal.db.mirror', path: 'lines' },
  journal_reversal_of_reversal: { status: 409, key: 'journal.db.reversalOfReversal' },
  journal_entries_reverses_id_unique: { status: 409, key: 'journal.db.reversedOnce' },
};
