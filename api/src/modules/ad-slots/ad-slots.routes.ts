import { AdSlot, AdSlotList } from '@portal/domain/contracts';
import { AD_CARD_KEEPER_ROLES, AD_READER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { browseSlotsQuery, createSlotBody, updateSlotBody } from './ad-slots.schema';
import * as slots from './ad-slots.service';

// Ad slots are kept centrally by HQ E-commerce Dept; everyone in ad sales reads them.
export const adSlotsRoutes = [
  route({
    method: 'get',
    path: '/ad-slots',
    allow: AD_READER_ROLES,
    response: AdSlotList,
    summary: 'Ad slots (广告位), ?q&active',
    query: browseSlotsQuery,
    handle: ({ db, query }) => slots.browseSlots(db, query),
  }),
  route({
    method: 'get',
    path: '/ad-slots/:id',
    allow: AD_READER_ROLES,
    response: AdSlot,
    summary: 'One ad slot',
    params: idParam,
    handle: ({ db, params }) => slots.readSlot(db, params.id),
  }),
  route({
    method: 'post',
    path: '/ad-slots',
    allow: AD_CARD_KEEPER_ROLES,
    response: AdSlot,
    status: 201,
    summary: 'Add an ad slot',
    body: createSlotBody,
    handle: ({ db, actor, body }) => slots.createSlot(db, actor, body),
  }),
  route({
    method: 'put',
    path: '/ad-slots/:id',
    allow: AD_CARD_KEEPER_ROLES,
    response: AdSlot,
    summary: 'Edit or deactivate an ad slot (with its version)',
    params: idParam,
    body: updateSlotBody,
    handle: ({ db, actor, params, body }) => slots.updateSlot(db, actor, params.id, body),
  }),
];
