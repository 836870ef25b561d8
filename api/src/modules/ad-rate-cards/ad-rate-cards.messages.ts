import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (ad-rate-cards.module.ts). */
export const adRateCardsMessages: MessageTable = {
  'adRateCards.badMonth': { zh: '月份格式应为 YYYY-MM', en: 'Give the month as YYYY-MM' },
  'adRateCards.draftExists': {
    zh: '{month} 已有一份草稿（第{revision}版），请继续编辑它',
    en: '{month} already has a draft (revision {revision}); edit that one',
  },
  'adRateCards.notDraft': {
    zh: '已发布的报价表不能修改；如需更正，请为该月新建一版',
    en: 'A published rate card is never edited; create a new revision of the month to correct it',
  },
  'adRateCards.empty': { zh: '报价表还没有任何广告位价格，不能发布', en: 'The rate card has no slot prices yet and cannot be published' },
  'adRateCards.unknownSlot': { zh: '没有这个广告位', en: 'There is no such ad slot' },
  'adRateCards.duplicateSlot': { zh: '同一广告位只能有一个价格', en: 'A slot can have only one price on a card' },
  'adRateCards.copyFromNotFound': { zh: '要复制的报价表不存在', en: 'The rate card to copy from was not found' },
  'notifications.adRateCard.published': {
    zh: '{month} 网上商城广告报价（第{revision}版）已发布',
    en: 'The online mall ad rate card for {month} (revision {revision}) is published',
  },
  'adRateCards.noneForMonth': { zh: '{month} 还没有发布报价表', en: 'No rate card has been published for {month} yet' },
  'adRateCards.doc.issuer': { zh: '总部售后服务中心 电子商务部', en: 'HQ After-sales Service Centre — E-commerce Dept' },
  'adRateCards.status.draft': { zh: '草稿', en: 'Draft' },
  'adRateCards.status.published': { zh: '已发布', en: 'Published' },
  'adRateCards.status.superseded': { zh: '已被新版本取代', en: 'Superseded' },
};
