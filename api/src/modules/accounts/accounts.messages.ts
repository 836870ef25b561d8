import type { DatabaseProblem } from '../../http/db-problems';
import type { MessageTable } from '../../http/messages';

export const accountsMessages: MessageTable = {
  'accounts.badCode': { zh: '科目编码应为 4 位数字，下级每级 2 位（如 6051.01.01）', en: 'An account code is 4 digits, then 2 digits per level, e.g. 6051.01.01' },
  'accounts.nameRequired': { zh: '请填写科目名称', en: 'Give the account a name' },
  'accounts.unknownParent': { zh: '上级科目 {code} 不存在', en: 'There is no parent account {code}' },
  'accounts.codeUnderParent': { zh: '编码应为上级科目 {parent} 加两位数字，如 {parent}.01', en: 'The code is the parent {parent} plus two digits, e.g. {parent}.01' },
  'accounts.taken': { zh: '科目编码 {code} 已存在', en: 'Account code {code} is already taken' },
  'accounts.parentPosted': {
    zh: '科目 {code} 已有记账，不能再增设下级科目',
    en: 'Account {code} already has postings and cannot get sub-accounts',
  },
  'accounts.db.parentPosted': { zh: '上级科目已有记账，不能再增设下级科目', en: 'The parent account has postings and cannot get sub-accounts' },
};

export const accountsDatabaseProblems: Record<string, DatabaseProblem> = {
  accounts_parent_has_postings: { status: 409, key: 'accounts.db.parentPosted', path: 'parentCode' },
};
