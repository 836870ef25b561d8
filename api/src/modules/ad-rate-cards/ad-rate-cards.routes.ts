import { RateCard, RateCardList } from '@portal/domain/contracts';
import { AD_CARD_KEEPER_ROLES, AD_READER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { downloadRateCard } from './ad-rate-cards.documents';
import { browseCardsQuery, createCardBody, currentCardQuery, updateCardBody, versionBody } from './ad-rate-cards.schema';
import * as cards from './ad-rate-cards.service';

// 《网上商城广告报价》: drafted and published by HQ E-commerce Dept; every ad role reads published cards.
export const adRateCardsRoutes = [
  route({
    method: 'get',
    path: '/ad-rate-cards',
    allow: AD_READER_ROLES,
    response: RateCardList,
    summary: 'Monthly rate cards, every revision; drafts only for their keepers',
    query: browseCardsQuery,
    handle: ({ db, user, query }) => cards.browseCards(db, user, query),
  }),
  route({
    method: 'get',
    path: '/ad-rate-cards/current',
    allow: AD_READER_ROLES,
    response: RateCard,
    summary: "The month's published card with its prices (this month unless ?month)",
    query: currentCardQuery,
    handle: ({ db, query }) => cards.currentCard(db, query.month),
  }),
  route({
    method: 'get',
    path: '/ad-rate-cards/:id',
    allow: AD_READER_ROLES,
    response: RateCard,
    summary: 'One rate card with its prices',
    params: idParam,
    handle: ({ db, user, params }) => cards.readCard(db, user, params.id),
  }),
  route({
    method: 'post',
    path: '/ad-rate-cards',
    allow: AD_CARD_KEEPER_ROLES,
    response: RateCard,
    status: 201,
    summary: "A new draft for a month (the next revision when it is published); prices copied",
    body: createCardBody,
    handle: ({ db, actor, body }) => cards.createCard(db, actor, body),
  }),
  route({
    method: 'put',
    path: '/ad-rate-cards/:id',
    allow: AD_CARD_KEEPER_ROLES,
    response: RateCard,
    summary: "Edit a draft's note and prices (with its version)",
    params: idParam,
    body: updateCardBody,
    handle: ({ db, actor, params, body }) => cards.updateCard(db, actor, params.id, body),
  }),
  route({
    method: 'post',
    path: '/ad-rate-cards/:id/publish',
    allow: AD_CARD_KEEPER_ROLES,
    response: RateCard,
    summary: "Publish a draft: it supersedes the month's published card; branches are notified",
    params: idParam,
    body: versionBody,
    handle: ({ db, actor, params, body }) => cards.publishCard(db, actor, params.id, body.version),
  }),
  ...(['pdf', 'xlsx'] as const).map((kind) =>
    route({
      method: 'get',
      path: `/ad-rate-cards/:id/${kind}`,
      allow: AD_READER_ROLES,
      response: 'file',
      summary: `The rate card as ${kind === 'pdf' ? 'a colour, print-ready PDF' : 'an XLSX workbook'} (attachment)`,
      params: idParam,
      handle: ({ db, res, user, lang, params }) => downloadRateCard(db, res, user, lang, params.id, kind),
    }),
  ),
];
