import type { Knex } from 'knex';
import type { BuyingUnit } from '@portal/domain';
import type { PlanConsolidation, PurchasePlan, PurchasePlanList } from '@portal/domain/contracts';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import type { BrowsePlans, DecideSource, OpenPlan, UpdateLine } from './purchase-plans.schema';

const notYet = () => new Error('purchase-plans: being built');

export async function browsePlans(db: Knex, viewer: SessionUser, lang: Lang, f: BrowsePlans): Promise<PurchasePlanList> {
  void [db, viewer, lang, f];
  throw notYet();
}
export async function consolidationView(db: Knex, viewer: SessionUser, lang: Lang, unit: BuyingUnit, month: string): Promise<PlanConsolidation> {
  void [db, viewer, lang, unit, month];
  throw notYet();
}
export async function openPlan(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, input: OpenPlan): Promise<PurchasePlan> {
  void [db, viewer, actor, lang, input];
  throw notYet();
}
export async function readPlan(db: Knex, viewer: SessionUser, lang: Lang, id: number): Promise<PurchasePlan> {
  void [db, viewer, lang, id];
  throw notYet();
}
export async function updateLine(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, lineId: number, input: UpdateLine): Promise<PurchasePlan> {
  void [db, viewer, actor, lang, id, lineId, input];
  throw notYet();
}
export async function decideSource(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, sourceId: number, input: DecideSource): Promise<PurchasePlan> {
  void [db, viewer, actor, lang, id, sourceId, input];
  throw notYet();
}
export async function refreshPlan(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, version: number): Promise<PurchasePlan> {
  void [db, viewer, actor, lang, id, version];
  throw notYet();
}
export async function submitPlan(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, version: number): Promise<PurchasePlan> {
  void [db, viewer, actor, lang, id, version];
  throw notYet();
}
