import type { Knex } from 'knex';
import type { Account, AccountList } from '@portal/domain/contracts';
import { AppError, Conflict, Invalid } from '../../http/errors';
import type { Actor } from '../../http/route';
import { audit } from '../audit/audit.service';
import { postedAccounts } from '../journal/journal.service';
import * as repo from './accounts.repo';
import type { NewAccountInput } from './accounts.schema';

function toAccount(r: repo.AccountRow, posted: ReadonlySet<string>): Account {
  return {
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    parentCode: r.parent_code,
    normalSide: r.normal_side,
    active: r.active,
    leaf: r.leaf,
    posted: posted.has(r.code),
  };
}

/** The chart, in code order (a parent before its children), each with whether it takes postings. */
export async function listAccounts(db: Knex): Promise<AccountList> {
  const rows = await repo.listAccounts(db);
  const posted = await postedAccounts(db, rows.map((r) => r.code));
  return { items: rows.map((r) => toAccount(r, posted)) };
}

/**
 * Finance adds a sub-account (增设明细科目): its code is the parent's plus one two-digit level, it
 * takes the parent's normal side, and a parent that already has postings gets none (its balance
 * would then sit on a non-leaf account; the database's trigger refuses it too).
 */
export async function addAccount(db: Knex, actor: Actor, input: NewAccountInput): Promise<Account> {
  return db.transaction(async (trx) => {
    const parent = await repo.findAccount(trx, input.parentCode);
    if (!parent) throw Invalid.field('parentCode', 'accounts.unknownParent', { code: input.parentCode });
    const prefix = `${input.parentCode}.`;
    if (!input.code.startsWith(prefix) || !/^[0-9]{2}$/.test(input.code.slice(prefix.length))) {
      throw Invalid.field('code', 'accounts.codeUnderParent', { parent: input.parentCode });
    }
    if (await repo.findAccount(trx, input.code)) throw new Conflict('accounts.taken', { code: input.code }, [{ path: 'code', message: 'accounts.taken', params: { code: input.code } }]);
    if ((await postedAccounts(trx, [parent.code])).size > 0) {
      throw new AppError(409, 'conflict', 'accounts.parentPosted', { code: parent.code }, [{ path: 'parentCode', message: 'accounts.parentPosted', params: { code: parent.code } }]);
    }
    await repo.insertAccount(trx, {
      code: input.code,
      name: input.name,
      name_en: input.nameEn ?? null,
      parent_code: parent.code,
      normal_side: parent.normal_side,
      created_by: actor.userId,
    });
    const account = toAccount((await repo.findAccount(trx, input.code))!, new Set());
    await audit(trx, actor, { action: 'account.create', entity: 'account', entityId: input.code, after: account });
    return account;
  });
}
