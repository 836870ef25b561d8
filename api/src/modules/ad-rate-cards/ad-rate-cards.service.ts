import type { Knex } from 'knex';
import { AD_CARD_KEEPER_ROLES, calendarDay, hasAnyRole, type Role } from '@portal/domain';
import { Conflict, Invalid, NotFound } from '../../http/errors';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { notify } from '../notifications/notifications.service';
import { existingSlotIds } from '../ad-slots/ad-slots.service';
import { holdersOfRoles } from '../users/users.service';
import * as repo from './ad-rate-cards.repo';
import type { BrowseCards, UpdateCard } from './ad-rate-cards.schema';

/** Reads other modules (ad quotes) take from here rather than from the rate card tables. */
export { publishedPrices } from './ad-rate-cards.repo';

/** Branch e-commerce clerks receive the card; the publicity and marketing depts print it (DOMAIN.md §3). */
const TOLD_ON_PUBLISH: readonly Role[] = ['branch_ecommerce_clerk', 'branch_marketer'];

const isKeeper = (viewer: SessionUser) => hasAnyRole(viewer.roles, AD_CARD_KEEPER_ROLES);

export function toCard(r: repo.CardRow) {
  return {
    id: r.id,
    month: r.month,
    revision: r.revision,
    status: r.status,
    note: r.note,
    publishedAt: r.published_at,
    publishedBy: r.published_by === null ? null : { id: r.published_by, name: r.published_by_name ?? '' },
    supersedesId: r.supersedes_id,
    slotCount: r.slot_count,
    version: r.version,
  };
}

function toPrice(p: repo.CardPriceRow) {
  return {
    slotId: p.slot_id,
    code: p.code,
    name: p.name,
    nameEn: p.name_en,
    page: p.page,
    format: p.format,
    size: p.size,
    pricingUnit: p.pricing_unit,
    exclusive: p.exclusive,
    priceFen: p.price_fen,
  };
}

export async function browseCards(db: Knex, viewer: SessionUser, f: BrowseCards) {
  const { items, total } = await repo.listCards(db, { ...f, includeDrafts: isKeeper(viewer) });
  return { items: items.map(toCard), total };
}

async function withPrices(db: Knex, row: repo.CardRow) {
  return { ...toCard(row), prices: (await repo.pricesOf(db, row.id)).map(toPrice) };
}

export type RateCard = Awaited<ReturnType<typeof withPrices>>;

/** A draft is the keepers' work in progress: to anyone else it does not exist. */
export async function readCard(db: Knex, viewer: SessionUser | null, id: number): Promise<RateCard> {
  const row = await repo.findCard(db, id);
  if (!row || (row.status === 'draft' && viewer && !isKeeper(viewer))) throw new NotFound();
  return withPrices(db, row);
}

export async function currentCard(db: Knex, month = calendarDay(new Date()).slice(0, 7)): Promise<RateCard> {
  const row = await repo.publishedCardOf(db, month);
  if (!row) throw new NotFound('adRateCards.noneForMonth', { month });
  return withPrices(db, row);
}

/**
 * A new draft for the month: its first card, or — when the month is already
 * published — the next revision, which supersedes the published one when it is
 * published in turn. Prices start from the card named, else the month's published
 * card, else the last published month, so a keeper only changes what changed.
 */
export async function createCard(db: Knex, actor: Actor, input: { month: string; copyFromId?: number }): Promise<RateCard> {
  return db.transaction(async (trx) => {
    const draft = await repo.draftOf(trx, input.month);
    if (draft) throw new Conflict('adRateCards.draftExists', { month: input.month, revision: draft.revision });
    let from: repo.CardRow | undefined;
    if (input.copyFromId) {
      from = await repo.findCard(trx, input.copyFromId);
      if (!from) throw Invalid.field('copyFromId', 'adRateCards.copyFromNotFound');
    } else {
      from = (await repo.publishedCardOf(trx, input.month)) ?? (await repo.latestPublishedBefore(trx, input.month));
    }
    const revision = (await repo.maxRevision(trx, input.month)) + 1;
    const id = await repo.insertCard(trx, { month: input.month, revision, note: '', created_by: actor.userId });
    if (from) {
      const prices = await repo.pricesOf(trx, from.id);
      await repo.replacePrices(trx, id, prices.map((p) => ({ slotId: p.slot_id, priceFen: p.price_fen })));
    }
    const card = await withPrices(trx, (await repo.findCard(trx, id))!);
    await audit(trx, actor, { action: 'ad_rate_card.create', entity: 'ad_rate_card', entityId: id, after: { ...card, copiedFrom: from?.id ?? null } });
    return card;
  });
}

export async function updateCard(db: Knex, actor: Actor, id: number, input: UpdateCard): Promise<RateCard> {
  return db.transaction(async (trx) => {
    const row = await repo.findCard(trx, id, { lock: true });
    if (!row) throw new NotFound();
    if (row.version !== input.version) throw Conflict.stale();
    if (row.status !== 'draft') throw new Conflict('adRateCards.notDraft');
    const before = await withPrices(trx, row);
    if (input.prices) {
      const ids = input.prices.map((p) => p.slotId);
      const known = await existingSlotIds(trx, ids);
      const errors = input.prices.flatMap((p, i) =>
        !known.has(p.slotId)
          ? [{ path: `prices.${i}.slotId`, message: 'adRateCards.unknownSlot' }]
          : ids.indexOf(p.slotId) !== i
            ? [{ path: `prices.${i}.slotId`, message: 'adRateCards.duplicateSlot' }]
            : [],
      );
      if (errors.length) throw new Invalid(errors);
      await repo.replacePrices(trx, id, input.prices);
    }
    if (!(await repo.updateCard(trx, id, input.version, { note: input.note ?? row.note }))) throw Conflict.stale();
    const after = await withPrices(trx, (await repo.findCard(trx, id))!);
    await audit(trx, actor, { action: 'ad_rate_card.update', entity: 'ad_rate_card', entityId: id, before, after });
    return after;
  });
}

/**
 * Publishes a draft. The month's published card, if any, becomes superseded in the
 * same transaction (a unique index allows one published card per month), and the
 * branches are told in-app, also in this transaction.
 */
export async function publishCard(db: Knex, actor: Actor, id: number, version: number): Promise<RateCard> {
  return db.transaction(async (trx) => {
    const row = await repo.findCard(trx, id, { lock: true });
    if (!row) throw new NotFound();
    if (row.version !== version) throw Conflict.stale();
    if (row.status !== 'draft') throw new Conflict('adRateCards.notDraft');
    if (row.slot_count === 0) throw new Invalid([], 'adRateCards.empty');
    const previous = await repo.publishedCardOf(trx, row.month);
    if (previous) {
      await repo.lockCard(trx, previous.id);
      if (!(await repo.updateCard(trx, previous.id, previous.version, { status: 'superseded' }))) throw Conflict.stale();
    }
    const ok = await repo.updateCard(trx, id, version, {
      status: 'published',
      published_at: trx.fn.now(),
      published_by: actor.userId,
      supersedes_id: previous?.id ?? null,
    });
    if (!ok) throw Conflict.stale();
    const after = await withPrices(trx, (await repo.findCard(trx, id))!);
    await notify(trx, await holdersOfRoles(trx, TOLD_ON_PUBLISH), {
      kind: 'adRateCard.published',
      params: { month: row.month, revision: row.revision },
      link: `/ad-rate-cards/${id}`,
    });
    await audit(trx, actor, {
      action: 'ad_rate_card.publish',
      entity: 'ad_rate_card',
      entityId: id,
      before: { status: row.status, supersedes: previous ? { id: previous.id, revision: previous.revision } : null },
      after: toCard((await repo.findCard(trx, id))!),
    });
    return after;
  });
}
