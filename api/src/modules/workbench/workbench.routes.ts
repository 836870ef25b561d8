import { z } from 'zod';
import { WorkbenchCard, WorkbenchCardIds } from '@portal/domain/contracts';
import { route } from '../../http/route';
import { loadCard, myCards } from './workbench.service';

// Any other text is simply no card of this user's (404), like a record id that is not theirs.
// A card is named, not numbered ('ad-quotes.expiring'): the param is :card, since a path :id must be digits (http/path-ids.ts).
const cardParams = z.object({ card: z.string().max(100) });

// Every signed-in user has a home page; each card decides by role and unit what it shows.
export const workbenchRoutes = [
  route({
    method: 'get',
    path: '/workbench',
    allow: 'signedIn',
    // A supplier contact has a home page too; it gets only the cards made for it (workbench.service).
    openToSupplierContacts: true,
    response: WorkbenchCardIds,
    summary: 'The workbench cards this user gets today, in order; each is loaded on its own',
    handle: ({ db, lang, user }) => myCards(db, user, lang),
  }),
  route({
    method: 'get',
    path: '/workbench/cards/:card',
    allow: 'signedIn',
    openToSupplierContacts: true,
    response: WorkbenchCard,
    summary: "One workbench card's counts, link or chart, scoped like the module's own lists",
    params: cardParams,
    handle: ({ db, lang, user, params }) => loadCard(db, user, lang, params.card),
  }),
];
