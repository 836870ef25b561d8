import type { Knex } from 'knex';
import { calendarDay } from '@portal/domain';
import type { WorkbenchCard } from '@portal/domain/contracts';
import { NotFound } from '../../http/errors';
import { isSupplierContact } from '../../http/mount';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';
import { workbenchCard, workbenchCards, type CardContext, type WorkbenchCardProvider } from './workbench.registry';

const contextFor = (db: Knex, user: SessionUser, lang: Lang): CardContext => ({ db, user, lang, today: calendarDay(new Date()) });

async function gets(card: WorkbenchCardProvider, ctx: CardContext): Promise<boolean> {
  // An external user (issue 15) gets only the cards that name its role, never one for everyone.
  if (isSupplierContact(ctx.user)) return card.roles !== 'signedIn' && card.roles.includes('supplier_contact');
  const byRole = card.roles === 'signedIn' || ctx.user.roles.some((g) => card.roles.includes(g.role));
  return byRole && (card.shows ? await card.shows(ctx) : true);
}

/** The ids of the cards this user gets today; the page then loads each on its own. */
export async function myCards(db: Knex, user: SessionUser, lang: Lang): Promise<{ cards: string[] }> {
  const ctx = contextFor(db, user, lang);
  const all = workbenchCards();
  const shown = await Promise.all(all.map((c) => gets(c, ctx)));
  return { cards: all.filter((_, i) => shown[i]).map((c) => c.id) };
}

/** One card's data; a card this user does not get is not found, like another branch's record. */
export async function loadCard(db: Knex, user: SessionUser, lang: Lang, id: string): Promise<WorkbenchCard> {
  const ctx = contextFor(db, user, lang);
  const card = workbenchCard(id);
  if (!card || !(await gets(card, ctx))) throw new NotFound();
  return { id, ...(await card.load(ctx)) };
}
