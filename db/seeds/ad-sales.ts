import type { Knex } from 'knex';
import {
  addDays,
  addMonths,
  calendarDay,
  flightUnits,
  formatQuoteNumber,
  quoteTotals,
  usccCheckCharacter,
  type AdPricingUnit,
  type StoredAdQuoteStatus,
} from '@portal/domain';

/**
 * Online-mall advertising (DOMAIN.md §3): 12 slots, a published rate card for last
 * month and this month (next month left without one, for E-commerce to publish),
 * six appliance makers, and quotes of HQ, 北京 and 上海 in several states.
 */

type SlotSeed = [code: string, name: string, page: string, format: string, size: string, unit: AdPricingUnit, exclusive: boolean, yuan: number];

const SLOTS: SlotSeed[] = [
  ['HOME-FOCUS-1', '首页焦点图第1帧', '商城首页', '轮播图 JPG/PNG', '1920×500', 'day', true, 8000],
  ['HOME-FOCUS-2', '首页焦点图第2帧', '商城首页', '轮播图 JPG/PNG', '1920×500', 'day', true, 6000],
  ['HOME-FOCUS-3', '首页焦点图第3帧', '商城首页', '轮播图 JPG/PNG', '1920×500', 'day', true, 4500],
  ['HOME-BANNER', '首页通栏', '商城首页', '横幅 JPG', '1200×120', 'week', true, 15000],
  ['HOME-FLOOR-AC', '首页空调楼层品牌位', '商城首页', 'Logo+图', '390×240', 'month', true, 30000],
  ['HOME-FLOOR-TV', '首页彩电楼层品牌位', '商城首页', 'Logo+图', '390×240', 'month', true, 28000],
  ['CAT-FRIDGE-TOP', '冰箱频道顶部横幅', '冰箱频道', '横幅 JPG', '1200×300', 'week', true, 12000],
  ['CAT-WASHER-TOP', '洗衣机频道顶部横幅', '洗衣机频道', '横幅 JPG', '1200×300', 'week', true, 10000],
  ['SEARCH-TOP', '搜索结果页首位推荐', '搜索结果页', '商品卡片', '—', 'day', false, 1500],
  ['APP-SPLASH', 'APP开屏广告', '手机APP', '全屏图/5秒视频', '1080×1920', 'day', true, 20000],
  ['PUSH-SMS', '会员短信推送', '会员营销', '短信 70字内', '—', 'placement', false, 5000],
  ['LIVE-PROMO', '直播间品牌专场', '直播频道', '2小时专场', '—', 'placement', true, 25000],
];

/** The slots' English names, shown when the app is in English (issue 11). */
const SLOT_NAMES_EN: Record<string, string> = {
  'HOME-FOCUS-1': 'Home carousel, frame 1',
  'HOME-FOCUS-2': 'Home carousel, frame 2',
  'HOME-FOCUS-3': 'Home carousel, frame 3',
  'HOME-BANNER': 'Home page banner',
  'HOME-FLOOR-AC': 'Home air-conditioner floor brand spot',
  'HOME-FLOOR-TV': 'Home TV floor brand spot',
  'CAT-FRIDGE-TOP': 'Fridge channel top banner',
  'CAT-WASHER-TOP': 'Washer channel top banner',
  'SEARCH-TOP': 'Top search result',
  'APP-SPLASH': 'App splash screen',
  'PUSH-SMS': 'Member SMS push',
  'LIVE-PROMO': 'Brand live-stream special',
};

/** Real-looking makers; the credit codes carry a correct GB 32100-2015 check character. */
const CUSTOMERS: [name: string, contact: string, phone: string, address: string, uscc17: string][] = [
  ['青岛海尔电器销售有限公司', '王磊', '0532-88930000', '山东省青岛市崂山区海尔路1号', '91370212MA3C4H2K8'],
  ['珠海格力电器股份有限公司', '陈晓', '0756-8669999', '广东省珠海市前山金鸡西路', '91440400192548256'],
  ['美的集团电器销售有限公司', '李俊', '0757-26338888', '广东省佛山市顺德区北滘镇美的大道6号', '91440606MA4UJ7L21'],
  ['海信视像科技股份有限公司', '赵敏', '0532-83878888', '山东省青岛市经济技术开发区前湾港路218号', '91370200264574251'],
  ['TCL实业控股（广州）有限公司', '刘芳', '020-33338888', '广东省广州市黄埔区科学城', '91440101MA59PR8X5'],
  ['方太厨具有限公司', '孙浩', '0574-63361111', '浙江省宁波市杭州湾新区滨海二路218号', '91330282144937528'],
];

const uscc = (first17: string) => first17 + usccCheckCharacter(first17);

/** The accepted quotes the agreements seed (db/seeds/ad-agreements.ts) makes agreements from, and the one it leaves for the e2e. */
export interface SeededAdSales {
  /** HQ 美的 and 北京 方太: flights from last month into this one, each signed into an agreement. */
  agreementQuotes: { hq: number; bj: number };
  /** 北京 TCL: accepted, left without an agreement for bj_clerk to make one (e2e). */
  openBjQuote: number;
}

export async function seedAdSales(trx: Knex, users: { ecom: number; bjClerk: number; hqGm: number }, day = calendarDay(new Date())): Promise<SeededAdSales> {
  const month = day.slice(0, 7);
  const slotIds: number[] = [];
  for (const [code, name, page, format, size, pricing_unit, exclusive] of SLOTS) {
    const [row] = await trx('ad_slots').insert({ code, name, name_en: SLOT_NAMES_EN[code] ?? null, page, format, size, pricing_unit, exclusive }).returning('id');
    slotIds.push(row.id);
  }

  // Last month's card, then this month's: r1 with one correction published as r2.
  const cards = new Map<string, { id: number; revision: number; prices: number[] }>();
  const publish = async (m: string, revision: number, prices: number[], note: string, supersedes: number | null) => {
    const publishedAt = `${m}-01T09:00:00+08:00`;
    const [row] = await trx('ad_rate_cards')
      .insert({ month: m, revision, status: 'published', note, supersedes_id: supersedes, published_at: publishedAt, published_by: users.ecom, created_by: users.ecom })
      .returning('id');
    await trx('ad_rate_card_prices').insert(prices.map((fen, i) => ({ card_id: row.id, slot_id: slotIds[i], price_fen: fen })));
    return row.id as number;
  };
  const lastMonth = addMonths(month, -1);
  const base = SLOTS.map((s) => s[7] * 100);
  cards.set(lastMonth, { id: await publish(lastMonth, 1, base, '', null), revision: 1, prices: base });
  // This month's prices rise for the holiday season; r1 had the APP splash too low, r2 corrects it.
  const season = base.map((fen) => Math.round((fen * 11) / 1000) * 100);
  const r1 = await publish(month, 1, season.map((fen, i) => (SLOTS[i][0] === 'APP-SPLASH' ? fen - 200_000 : fen)), '', null);
  await trx('ad_rate_cards').where({ id: r1 }).update({ status: 'superseded' });
  cards.set(month, { id: await publish(month, 2, season, '更正：APP开屏广告价格', r1), revision: 2, prices: season });

  const customerIds: number[] = [];
  for (const [name, contact, phone, address, code] of CUSTOMERS) {
    const [row] = await trx('customers').insert({ name, contact, phone, address, uscc: uscc(code) }).returning('id');
    customerIds.push(row.id);
  }

  const unitId = async (code: string) => (await trx('units').where({ code }).first('id')).id as number;
  const seq = new Map<number, number>();
  const quote = async (q: {
    unit: string;
    customer: number;
    status: StoredAdQuoteStatus;
    by: number;
    bundleBp: number;
    lines: [slot: number, startOffset: number, days: number, shareBp: number][];
  }) => {
    const uid = await unitId(q.unit);
    const n = (seq.get(uid) ?? 0) + 1;
    seq.set(uid, n);
    const lines = q.lines.map(([slot, offset, days, shareBp]) => {
      const startsOn = addDays(`${month}-01`, offset);
      const endsOn = addDays(startsOn, days - 1);
      const card = cards.get(startsOn.slice(0, 7))!;
      const units = flightUnits(startsOn, endsOn, SLOTS[slot][5]);
      return { slot_id: slotIds[slot], starts_on: startsOn, ends_on: endsOn, units, card_id: card.id, card_revision: card.revision, unit_price_fen: card.prices[slot], list_fen: card.prices[slot] * units, share_bp: shareBp, exclusive: SLOTS[slot][6] };
    });
    const totals = quoteTotals(lines.map((l) => ({ listFen: l.list_fen, shareBp: l.share_bp })), q.bundleBp);
    const [row] = await trx('ad_quotes')
      .insert({
        number: formatQuoteNumber(q.unit, month, n),
        unit_id: uid,
        customer_id: customerIds[q.customer],
        status: q.status,
        valid_until: addDays(`${month}-01`, 40),
        bundle_share_bp: q.bundleBp,
        list_fen: totals.listFen,
        net_fen: totals.netFen,
        paid_share_bp: totals.paidShareBp,
        created_by: q.by,
        updated_by: q.by,
        submitted_by: q.status === 'draft' ? null : q.by,
      })
      .returning('id');
    for (const [i, { exclusive, ...l }] of lines.entries()) {
      const [line] = await trx('ad_quote_lines')
        .insert({ ...l, quote_id: row.id, position: i + 1, net_fen: totals.lineNetFen[i] })
        .returning('id');
      if (q.status === 'accepted' && exclusive) {
        await trx.raw(`insert into ad_slot_bookings (slot_id, quote_id, line_id, during) values (?, ?, ?, daterange(?::date, ?::date, '[]'))`, [
          l.slot_id,
          row.id,
          line.id,
          l.starts_on,
          l.ends_on,
        ]);
      }
    }
    return row.id as number;
  };
  // HQ: 海尔 accepted the holiday focus frame; 格力 has it sent; 美的 a draft.
  await quote({ unit: 'HQ', customer: 0, status: 'accepted', by: users.ecom, bundleBp: 9000, lines: [[0, 0, 10, 6000], [3, 0, 14, 10000]] });
  await quote({ unit: 'HQ', customer: 1, status: 'sent', by: users.ecom, bundleBp: 10000, lines: [[1, 4, 7, 5500], [9, 10, 3, 10000]] });
  await quote({ unit: 'HQ', customer: 2, status: 'draft', by: users.ecom, bundleBp: 9500, lines: [[4, 0, 30, 8000], [10, 12, 1, 10000]] });
  // 北京: 海信 approved by the clerk's own 5折 authority; 方太 declined; TCL a draft.
  await quote({ unit: 'BJ', customer: 3, status: 'approved', by: users.bjClerk, bundleBp: 10000, lines: [[6, 7, 14, 5000], [8, 7, 14, 8000]] });
  await quote({ unit: 'BJ', customer: 5, status: 'declined', by: users.bjClerk, bundleBp: 8000, lines: [[7, 0, 7, 7000]] });
  await quote({ unit: 'BJ', customer: 4, status: 'draft', by: users.bjClerk, bundleBp: 10000, lines: [[5, 14, 16, 6000]] });
  // 上海: quoted by the HQ centre GM for the branch, approved within his authority.
  await quote({ unit: 'SH', customer: 1, status: 'approved', by: users.hqGm, bundleBp: 10000, lines: [[11, 20, 1, 4500]] });
  // Issue 14: accepted quotes whose flights run from last month through this one into the next
  // (running on any day of the month; non-exclusive slots, so they book nothing another quote
  // wants), for the seeded agreements and their income; and one accepted 北京 quote running this
  // month and the next with no agreement yet, for bj_clerk to make one from.
  const hqAgreed = await quote({ unit: 'HQ', customer: 2, status: 'accepted', by: users.ecom, bundleBp: 9500, lines: [[8, -15, 60, 7000], [10, -10, 1, 10000]] });
  const bjAgreed = await quote({ unit: 'BJ', customer: 5, status: 'accepted', by: users.bjClerk, bundleBp: 10000, lines: [[8, -12, 50, 8000], [10, 3, 1, 10000]] });
  const openBjQuote = await quote({ unit: 'BJ', customer: 4, status: 'accepted', by: users.bjClerk, bundleBp: 10000, lines: [[10, 0, 1, 9000], [8, 0, 60, 9000]] });
  for (const [uid, n] of seq) await trx('document_counters').insert({ document_type: 'ad_quote', unit_id: uid, period: month, last_seq: n });
  return { agreementQuotes: { hq: hqAgreed, bj: bjAgreed }, openBjQuote };
}
