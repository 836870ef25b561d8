import { Item, ItemList } from '@portal/domain/contracts';
import { PRICE_EDITOR_ROLES, PRICE_READER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { browseItemsQuery, createItemBody, updateItemBody } from './items.schema';
import * as items from './items.service';

export const itemsRoutes = [
  route({
    method: 'get',
    path: '/items',
    allow: PRICE_READER_ROLES,
    response: ItemList,
    summary: 'Items (物资) of both buying units, searched, filtered and paged',
    query: browseItemsQuery,
    handle: ({ db, user, query }) => items.browseItems(db, user, query),
  }),
  route({
    method: 'get',
    path: '/items/:id',
    allow: PRICE_READER_ROLES,
    response: Item,
    summary: 'One item',
    params: idParam,
    handle: async ({ db, user, params }) => items.readItem(db, params.id, await items.editableUnits(db, user)),
  }),
  route({
    method: 'post',
    path: '/items',
    allow: PRICE_EDITOR_ROLES,
    response: Item,
    status: 201,
    summary: "Create an item in the clerk's own buying unit",
    body: createItemBody,
    handle: ({ db, actor, user, lang, body }) => items.createItem(db, actor, user, lang, body),
  }),
  route({
    method: 'patch',
    path: '/items/:id',
    allow: PRICE_EDITOR_ROLES,
    response: Item,
    summary: 'Edit, deactivate or reactivate an item (with its version)',
    params: idParam,
    body: updateItemBody,
    handle: ({ db, actor, user, lang, params, body }) => items.updateItem(db, actor, user, lang, params.id, body),
  }),
];
