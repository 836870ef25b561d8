import type { Knex } from 'knex';
import type { Response } from 'express';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';

export async function downloadPlan(db: Knex, res: Response, viewer: SessionUser, lang: Lang, id: number, kind: 'pdf' | 'xlsx'): Promise<void> {
  void [db, res, viewer, lang, id, kind];
  throw new Error('purchase-plans: being built');
}
