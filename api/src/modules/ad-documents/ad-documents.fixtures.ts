import { AD_PRICING_UNIT_LABELS, AD_PRICING_UNIT_NOUNS, AD_QUOTE_STATUS_LABELS, applyBasisPoints, quoteTotals, type AdPricingUnit } from '@portal/domain';
import type {
  DocumentLang,
  QuoteDocumentLine,
  QuoteDocumentStatus,
  QuoteDocumentView,
  RateCardDocumentRow,
  RateCardDocumentView,
} from './ad-documents.views';

/** Believable views for the renderers' tests and benchmark (no database). */

type Slot = Omit<RateCardDocumentRow, 'priceFen' | 'pricingUnitLabel'> & { unit: AdPricingUnit };

const SLOTS: Slot[] = [
  { code: 'HP-FOCUS-1', name: '首页焦点图第1帧', page: '首页', format: '图片轮播', size: '1920×600', unit: 'day', exclusive: true },
  { code: 'HP-FOCUS-2', name: '首页焦点图第2帧', page: '首页', format: '图片轮播', size: '1920×600', unit: 'day', exclusive: true },
  { code: 'HP-FOCUS-3', name: '首页焦点图第3帧', page: '首页', format: '图片轮播', size: '1920×600', unit: 'day', exclusive: false },
  { code: 'HP-FLOOR-KA', name: '首页楼层 大家电 品牌推荐位', page: '首页', format: '图片', size: '390×260', unit: 'week', exclusive: false },
  { code: 'HP-TOPBAR', name: '首页通栏（顶部）', page: '首页', format: '通栏图片', size: '1200×90', unit: 'week', exclusive: true },
  { code: 'CH-AC-BANNER', name: '空调频道 首屏横幅', page: '空调频道', format: '图片', size: '1200×300', unit: 'week', exclusive: true },
  { code: 'CH-AC-LIST', name: '空调频道 列表页推荐位（前3位）', page: '空调频道', format: '商品推荐', size: '—', unit: 'month', exclusive: false },
  { code: 'CH-TV-BANNER', name: '彩电频道 首屏横幅', page: '彩电频道', format: '图片', size: '1200×300', unit: 'week', exclusive: true },
  { code: 'CH-TV-VIDEO', name: '彩电频道 视频贴片（15秒）', page: '彩电频道', format: '视频', size: '1280×720', unit: 'placement', exclusive: false },
  { code: 'SR-KEYWORD', name: '搜索结果页 关键词置顶', page: '搜索结果页', format: '商品推荐', size: '—', unit: 'month', exclusive: true },
  { code: 'APP-SPLASH', name: 'APP 开屏广告（5秒）', page: 'APP', format: '开屏', size: '1080×1920', unit: 'day', exclusive: true },
  { code: 'APP-PUSH', name: 'APP 消息推送（单次）', page: 'APP', format: '推送', size: '—', unit: 'placement', exclusive: false },
];

const PRICES = [1_200_000, 800_000, 500_000, 600_000, 900_000, 450_000, 1_500_000, 420_000, 30_000, 2_000_000, 1_800_000, 150_000];

export function sampleRateCardView(overrides: Partial<RateCardDocumentView> = {}): RateCardDocumentView {
  return {
    lang: 'zh',
    issuingUnitName: '总部电子商务部',
    month: '2026-12',
    revision: 1,
    status: 'published',
    statusLabel: '已发布',
    publishedAt: '2026-11-20 16:30',
    publishedBy: '王晓燕',
    note: '12月大促档期（12月10日—12月14日）首页焦点图加价20%，以报价单为准。',
    ...overrides,
    rows:
      overrides.rows ??
      SLOTS.map(({ unit, ...s }, i) => ({ ...s, pricingUnitLabel: AD_PRICING_UNIT_LABELS[unit][overrides.lang ?? 'zh'], priceFen: PRICES[i] })),
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A quote of `lineCount` lines whose totals are computed by the domain's quoteTotals, so the
 * document shows what the API would. Customer: 深圳市海润家电科技有限公司.
 */
export function sampleQuoteView(
  options: { lineCount?: number; status?: QuoteDocumentStatus; lang?: DocumentLang; bundleShareBp?: number } = {},
): QuoteDocumentView {
  const { lineCount = 20, status = 'draft', lang = 'zh', bundleShareBp = 9000 } = options;
  const lines: QuoteDocumentLine[] = [];
  for (let i = 0; i < lineCount; i++) {
    const slot = SLOTS[i % SLOTS.length];
    const startsOn = addDays('2026-12-01', (i * 3) % 25);
    const days = 7 + (i % 3) * 7;
    const units = slot.unit === 'day' ? days : slot.unit === 'week' ? Math.ceil(days / 7) : 1;
    const unitPriceFen = PRICES[i % PRICES.length];
    const listFen = unitPriceFen * units;
    const shareBp = [6000, 5500, 5000, 7000][i % 4];
    lines.push({
      slotCode: slot.code,
      slotName: slot.name,
      page: slot.page,
      format: slot.format,
      size: slot.size,
      pricingUnitLabel: AD_PRICING_UNIT_NOUNS[slot.unit][lang],
      startsOn,
      endsOn: addDays(startsOn, days - 1),
      units,
      unitPriceFen,
      listFen,
      shareBp,
      netFen: applyBasisPoints(listFen, shareBp),
    });
  }
  const totals = quoteTotals(lines, bundleShareBp);
  const approved = status === 'approved' || status === 'sent' || status === 'accepted';
  const zh = lang === 'zh';
  return {
    lang,
    // The internal copy: everything the layout can print (the customer's copy is it minus the trail).
    copy: 'internal',
    issuingUnitName: zh ? '北京分公司' : 'Beijing Branch',
    number: 'BJ-202611-0007',
    status,
    statusLabel: AD_QUOTE_STATUS_LABELS[status][lang],
    approvalStatusText: approved
      ? zh
        ? '已审批通过（折扣超出报价人权限，经分公司总经理批准）'
        : 'Approved (discount beyond the quoter’s authority, approved by the branch GM)'
      : zh
        ? '未审批：需北京分公司总经理审批'
        : 'Not approved: needs the Beijing Branch GM',
    approvers: approved ? [{ name: zh ? '赵建国（北京分公司 总经理）' : 'Zhao Jianguo (GM, Beijing Branch)', decidedAt: '2026-11-21 10:42' }] : [],
    customer: {
      name: '深圳市海润家电科技有限公司',
      contact: '陈静',
      phone: '0755-8866 1234',
      address: '广东省深圳市南山区科技园南区高新南七道 18 号 海润大厦 12 层',
      uscc: '91440300MA5F3XK21L',
    },
    validUntil: '2026-11-30',
    createdAt: '2026-11-18',
    createdBy: zh ? '李娜' : 'Li Na',
    note: zh ? '投放素材请于上线前 3 个工作日提交；独占广告位以客户确认先后为准。' : null,
    lines,
    bundleShareBp,
    listFen: totals.listFen,
    subtotalFen: totals.subtotalFen,
    netFen: totals.netFen,
    paidShareBp: totals.paidShareBp,
  };
}
