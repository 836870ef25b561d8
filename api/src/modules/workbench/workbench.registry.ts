import type { Knex } from 'knex';
import type { Role } from '@portal/domain';
import type { WorkbenchCard } from '@portal/domain/contracts';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';

/** What a card sees when it decides whether it shows and when it loads. */
export interface CardContext {
  db: Knex;
  user: SessionUser;
  lang: Lang;
  /** The company's calendar day (China time), YYYY-MM-DD. */
  today: string;
}

/**
 * One card of the home page (工作台), declared by the module whose data it shows
 * (<module>.workbench.ts, listed in the module's manifest). The workbench knows
 * cards only through this shape, never by name.
 */
export interface WorkbenchCardProvider {
  /** '<module>.<card>', unique; also the URL segment. */
  id: string;
  /** The roles it concerns; 'signedIn' for everyone. */
  roles: 'signedIn' | readonly Role[];
  /** Whether it shows today for this user beyond the roles (e.g. only from the 20th). */
  shows?: (ctx: CardContext) => boolean | Promise<boolean>;
  load: (ctx: CardContext) => Promise<Omit<WorkbenchCard, 'id'>>;
}

const cards = new Map<string, WorkbenchCardProvider>();

export function registerWorkbenchCard(card: WorkbenchCardProvider): void {
  if (cards.has(card.id)) throw new Error(`workbench card ${card.id} registered twice`);
  cards.set(card.id, card);
}

/** Every registered card, in the order the modules are listed. */
export function workbenchCards(): WorkbenchCardProvider[] {
  return [...cards.values()];
}

export function workbenchCard(id: string): WorkbenchCardProvider | undefined {
  return cards.get(id);
}
