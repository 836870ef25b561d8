import type { Text } from '../../core/i18n/text';
import type { RateCardStatus } from './ad-rate-cards.api';

export const CARD_STATUS_LABELS: Record<RateCardStatus, Text> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '现行', en: 'Current' },
  superseded: { zh: '已被取代', en: 'Superseded' },
};

export const RATE_CARDS_TEXT = {
  title: { zh: '网上商城广告报价表', en: 'Online mall ad rate card' },
  month: { zh: '月份', en: 'Month' },
  prevMonth: { zh: '上个月', en: 'Previous month' },
  nextMonth: { zh: '下个月', en: 'Next month' },
  thisMonth: { zh: '本月', en: 'This month' },
  newCard: { zh: '新建报价表', en: 'New rate card' },
  revision: { zh: '第 {revision} 版', en: 'Revision {revision}' },
  revisionShort: { zh: 'r{revision}', en: 'r{revision}' },
  cardTitle: { zh: '{month} 广告报价表', en: 'Rate card {month}' },
  publishedBy: { zh: '{name} 于 {at} 发布', en: 'Published by {name} on {at}' },
  slotCount: { zh: '{count} 个广告位', en: '{count|slot|slots}' },
  slotCountOne: { zh: '1 个广告位', en: '1 slot' },
  noCard: { zh: '{month} 还没有发布报价表', en: 'No rate card has been published for {month}' },
  noCardKeeper: {
    zh: '新建一份草稿，可复制上月价格，填好后发布。发布后分部电子商务员和广宣/市场部会收到通知。',
    en: 'Create a draft (prices can be copied from another card), fill it in and publish it. Branch e-commerce clerks and marketers are notified.',
  },
  noCardReader: { zh: '总部电子商务部发布后会通知您。', en: 'You will be notified when HQ E-commerce publishes it.' },
  draftPending: { zh: '草稿 r{revision} 尚未发布', en: 'Draft r{revision} is not published yet' },
  openDraft: { zh: '继续编辑草稿', en: 'Continue the draft' },
  viewingOld: {
    zh: '您正在查看已被取代的 r{revision}，现行版本是 r{current}。',
    en: 'You are reading r{revision}, which was superseded; the current card is r{current}.',
  },
  showCurrent: { zh: '查看现行版本', en: 'Show the current card' },
  readOnlyNote: {
    zh: '已发布的报价表不能修改；如需更正，请新建修订版。',
    en: 'A published card is never edited; make a correction as a new revision.',
  },
  newRevision: { zh: '新建修订版', en: 'New revision' },

  // table
  code: { zh: '编号', en: 'Code' },
  slot: { zh: '广告位', en: 'Ad slot' },
  formatSize: { zh: '形式/尺寸', en: 'Format / size' },
  pricingUnit: { zh: '计价单位', en: 'Pricing unit' },
  price: { zh: '刊例价', en: 'List price' },
  priceYuan: { zh: '刊例价（元）', en: 'List price (¥)' },
  exclusive: { zh: '独占', en: 'Exclusive' },
  exclusiveHint: { zh: '独占：同一时段只售给一家', en: 'Exclusive: sold to one customer at a time' },
  exclusiveCount: { zh: '其中 {count} 个独占', en: '{count} exclusive' },
  noPrice: { zh: '未定价', en: 'No price' },

  // history
  history: { zh: '修订记录', en: 'Revisions' },
  supersededBy: { zh: '被 r{revision} 取代', en: 'superseded by r{revision}' },
  supersedes: { zh: '取代 r{revision}', en: 'supersedes r{revision}' },
  noHistory: { zh: '本月暂无报价表', en: 'No cards this month' },

  // downloads
  downloadPdf: { zh: '下载 PDF', en: 'Download PDF' },
  downloadXlsx: { zh: '下载 Excel', en: 'Download Excel' },
  downloading: { zh: '正在下载… {percent}', en: 'Downloading… {percent}' },
  downloaded: { zh: '已下载 {filename}', en: 'Downloaded {filename}' },

  // editor
  editing: { zh: '编辑草稿 r{revision}', en: 'Editing draft r{revision}' },
  editorHelp: {
    zh: '按元输入价格；Enter/↓ 下一行，Shift+Enter/↑ 上一行，Ctrl+S 保存。留空的广告位不列入本月报价表。',
    en: 'Prices in yuan; Enter/↓ next row, Shift+Enter/↑ previous, Ctrl+S saves. Slots left empty are left off this month\'s card.',
  },
  note: { zh: '说明（印在报价表上）', en: 'Note (printed on the card)' },
  save: { zh: '保存草稿', en: 'Save draft' },
  publish: { zh: '发布', en: 'Publish' },
  unsaved: { zh: '{count} 处未保存的修改', en: '{count|unsaved change|unsaved changes}' },
  allSaved: { zh: '已保存', en: 'All saved' },
  invalidCount: { zh: '{count} 个价格有误，请先改正', en: '{count|price needs|prices need} fixing first' },
  blankCount: { zh: '{count} 个广告位未定价', en: '{count|slot|slots} without a price' },
  priceFormat: { zh: '请输入金额，如 12800 或 12800.50', en: 'Enter an amount, e.g. 12800 or 12800.50' },
  priceNegative: { zh: '价格不能为负数', en: 'A price cannot be negative' },
  priceTooLarge: { zh: '价格过大', en: 'Price too large' },
  priceOf: { zh: '{name}的刊例价（元）', en: 'List price of {name} (¥)' },
  saved: { zh: '已保存草稿 r{revision}', en: 'Saved draft r{revision}' },
  stale: {
    zh: '报价表刚被他人修改或发布，已为您重新加载，请核对后再操作',
    en: 'Someone else just changed or published this card; it has been reloaded, please check and try again',
  },
  nothingToPublish: { zh: '报价表上还没有任何价格', en: 'The card has no prices yet' },

  publishTitle: { zh: '发布 {month} 报价表 r{revision}', en: 'Publish rate card {month} r{revision}' },
  publishMessage: {
    zh: '发布后这份报价表不能再修改；如需更正，请新建修订版，修订版发布后取代本版，本版仍可查阅。\n\n发布后，各分部电子商务员和广宣/市场部人员会收到通知。',
    en: 'Once published, this card is never edited again. A correction is made as a new revision, which supersedes this one when published; this one stays readable.\n\nBranch e-commerce clerks and marketers are notified.',
  },
  publishReplaces: {
    zh: '{month} 现行的 r{current} 将被本版取代。',
    en: 'The current {month} card r{current} will be superseded by this one.',
  },
  publishBlanks: {
    zh: '{count} 个未定价的广告位不会出现在报价表上。',
    en: '{count|slot|slots} without a price will not appear on the card.',
  },
  published: { zh: '已发布 {month} 报价表 r{revision}', en: 'Published rate card {month} r{revision}' },

  discardTitle: { zh: '放弃未保存的修改？', en: 'Discard unsaved changes?' },
  discardMessage: {
    zh: '草稿 r{revision} 有 {count} 处修改还没有保存，离开后将丢失。',
    en: 'Draft r{revision} has {count|unsaved change; it is|unsaved changes; they are} lost if you leave.',
  },
  discard: { zh: '放弃修改', en: 'Discard' },

  // new card dialog
  newTitle: { zh: '新建报价表草稿', en: 'New rate card draft' },
  copyFrom: { zh: '复制价格自', en: 'Copy prices from' },
  copyAuto: { zh: '自动：本月现行版，否则最近一期', en: 'Automatic: this month\'s current card, else the latest' },
  copyNothing: { zh: '还没有已发布的报价表，价格从空白开始', en: 'No card has been published yet; prices start blank' },
  copyOption: { zh: '{month} r{revision}（{count} 个广告位）', en: '{month} r{revision} ({count|slot|slots})' },
  newFirst: { zh: '这将是 {month} 的第一份报价表（r1）。', en: 'This will be the first card for {month} (r1).' },
  newRevisionOf: {
    zh: '{month} 已有发布的 r{current}；新草稿是它的修订版，发布后取代它。',
    en: '{month} already has a published r{current}; the draft is its next revision and supersedes it when published.',
  },
  draftExists: {
    zh: '{month} 已有未发布的草稿 r{revision}，请直接编辑它。',
    en: '{month} already has an unpublished draft r{revision}; edit that one.',
  },
  createDraft: { zh: '创建草稿', en: 'Create draft' },
  created: { zh: '已创建 {month} 草稿 r{revision}', en: 'Created draft {month} r{revision}' },
} satisfies Record<string, Text>;
