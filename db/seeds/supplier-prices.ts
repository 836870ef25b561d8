import type { Knex } from 'knex';
import { addDays, addMonths, calendarDay, monthOf, type BuyingUnit, type ItemCategory, type Platform } from '@portal/domain';

/**
 * A believable slice of the supplier price database (网络电商数据库): 40 items of
 * both buying units, 10 online shops, six months of monthly prices ending this
 * month (this month only partly collected), one shop close to suspension.
 */

type ItemSeed = [code: string, name: string, spec: string, uom: string, category: ItemCategory, priceYuan: number, stock: number, reorder: number];

const ITEMS: ItemSeed[] = [
  ['BG-0001', '复印纸', '得力 A4 70g 500张/包', '包', 'office_supplies', 24.9, 60, 40],
  ['BG-0002', '中性笔', '晨光 K35 0.5mm 黑色 12支/盒', '盒', 'office_supplies', 16.8, 30, 20],
  ['BG-0003', '订书机', '得力 0414 12#', '个', 'office_supplies', 18.5, 12, 5],
  ['BG-0004', '便利贴', '3M 654 76×76mm 100张', '本', 'office_supplies', 6.9, 80, 50],
  ['BG-0005', '文件夹', '齐心 A4 双强力夹', '个', 'office_supplies', 9.8, 25, 30],
  ['BG-0006', '长尾夹', '得力 32mm 24只/盒', '盒', 'office_supplies', 7.5, 18, 10],
  ['BG-0007', '档案盒', '得力 A4 背宽55mm 蓝色', '个', 'office_supplies', 5.6, 100, 60],
  ['HC-0001', '硒鼓', '惠普 CC388A（88A）', '个', 'consumables', 389.0, 6, 4],
  ['HC-0002', '粉盒', '兄弟 TN-2325', '个', 'consumables', 229.0, 3, 4],
  ['HC-0003', '墨水', '爱普生 T6641 黑色 70ml', '瓶', 'consumables', 45.0, 10, 6],
  ['HC-0004', '墨盒', '佳能 PG-845 黑色', '个', 'consumables', 119.0, 4, 3],
  ['HC-0005', '色带', '映美 FP-630K 色带架', '个', 'consumables', 22.0, 15, 10],
  ['DZ-0001', '无线鼠标', '罗技 M185', '个', 'low_value_consumables', 69.0, 8, 5],
  ['DZ-0002', 'U盘', '金士顿 DTX 32GB USB3.2', '个', 'low_value_consumables', 29.9, 10, 6],
  ['DZ-0003', '计算器', '得力 1654 12位', '个', 'low_value_consumables', 35.0, 6, 3],
  ['DZ-0004', '插线板', '公牛 GN-B3050 5位 3米', '个', 'low_value_consumables', 59.0, 9, 6],
  ['DZ-0005', '键盘', '罗技 K120 有线', '个', 'low_value_consumables', 59.9, 5, 3],
  ['HQ-0001', '抽纸', '维达 超韧 3层130抽 24包/箱', '箱', 'logistics_supplies', 69.9, 20, 15],
  ['HQ-0002', '洗手液', '蓝月亮 芦荟 500g', '瓶', 'logistics_supplies', 19.9, 24, 12],
  ['HQ-0003', '垃圾袋', '加厚 60×80cm 50只/卷', '卷', 'logistics_supplies', 12.8, 40, 30],
  ['HQ-0004', '消毒液', '84 消毒液 1.2kg', '瓶', 'logistics_supplies', 9.9, 30, 20],
  ['HQ-0005', '一次性纸杯', '9盎司 100只/包', '包', 'logistics_supplies', 15.0, 35, 20],
  ['FC-0001', '电工胶带', '3M 1500# 18mm×10m 黑色', '卷', 'production_auxiliaries', 4.5, 200, 100],
  ['FC-0002', '除锈润滑剂', 'WD-40 350ml', '瓶', 'production_auxiliaries', 32.0, 24, 12],
  ['FC-0003', '尼龙扎带', '4×200mm 100根/包', '包', 'production_auxiliaries', 6.8, 50, 30],
  ['FC-0004', '焊锡丝', '0.8mm 500g 含松香', '卷', 'production_auxiliaries', 86.0, 8, 5],
  ['FC-0005', '螺纹胶', '乐泰 243 50ml', '支', 'production_auxiliaries', 118.0, 6, 4],
  ['FC-0006', '砂纸', '180目 230×280mm 10张', '包', 'production_auxiliaries', 11.5, 40, 20],
  ['FC-0007', '劳保手套', '浸胶耐磨 12双/包', '包', 'production_auxiliaries', 36.0, 15, 20],
  ['WJ-0001', '五孔插座', '公牛 G07 86型 白色', '个', 'electrical_hardware', 12.9, 60, 40],
  ['WJ-0002', '空气开关', '正泰 NXB-63 C16 1P', '个', 'electrical_hardware', 16.5, 30, 20],
  ['WJ-0003', 'LED球泡', '飞利浦 9W E27 冷白光', '个', 'electrical_hardware', 14.9, 80, 50],
  ['WJ-0004', 'LED平板灯', '欧普 600×600 36W', '套', 'electrical_hardware', 129.0, 10, 6],
  ['WJ-0005', 'LED灯管', '雷士 T8 1.2米 18W', '支', 'electrical_hardware', 19.8, 50, 40],
  ['WJ-0006', '膨胀螺丝', '304不锈钢 M8×80 10套/包', '包', 'electrical_hardware', 15.6, 30, 20],
  ['WJ-0007', '内六角扳手', '世达 09101 9件套', '套', 'electrical_hardware', 45.0, 4, 2],
  ['WJ-0008', '电线', '正泰 BV2.5平方 100米', '卷', 'electrical_hardware', 219.0, 5, 3],
  ['WJ-0009', '开关面板', '公牛 G07 单开单控', '个', 'electrical_hardware', 8.9, 45, 30],
  ['WJ-0010', '防水接线盒', '100×100×70mm', '个', 'electrical_hardware', 6.5, 40, 20],
  ['WJ-0011', '应急照明灯', '雷士 双头 LED 消防', '个', 'electrical_hardware', 68.0, 7, 5],
];

/** The items' English names, shown when the app is in English (issue 11). */
const ITEM_NAMES_EN: Record<string, string> = {
  'BG-0001': 'Copy paper',
  'BG-0002': 'Gel pens',
  'BG-0003': 'Stapler',
  'BG-0004': 'Sticky notes',
  'BG-0005': 'File folder',
  'BG-0006': 'Binder clips',
  'BG-0007': 'Archive box',
  'HC-0001': 'Toner cartridge',
  'HC-0002': 'Toner',
  'HC-0003': 'Ink',
  'HC-0004': 'Ink cartridge',
  'HC-0005': 'Printer ribbon',
  'DZ-0001': 'Wireless mouse',
  'DZ-0002': 'USB flash drive',
  'DZ-0003': 'Calculator',
  'DZ-0004': 'Power strip',
  'DZ-0005': 'Keyboard',
  'HQ-0001': 'Facial tissues',
  'HQ-0002': 'Hand soap',
  'HQ-0003': 'Rubbish bags',
  'HQ-0004': 'Disinfectant',
  'HQ-0005': 'Paper cups',
  'FC-0001': 'Electrical tape',
  'FC-0002': 'Rust-remover lubricant',
  'FC-0003': 'Nylon cable ties',
  'FC-0004': 'Solder wire',
  'FC-0005': 'Threadlocker',
  'FC-0006': 'Sandpaper',
  'FC-0007': 'Work gloves',
  'WJ-0001': 'Five-hole socket',
  'WJ-0002': 'Circuit breaker',
  'WJ-0003': 'LED bulb',
  'WJ-0004': 'LED panel light',
  'WJ-0005': 'LED tube',
  'WJ-0006': 'Expansion bolts',
  'WJ-0007': 'Hex key set',
  'WJ-0008': 'Electrical wire',
  'WJ-0009': 'Switch plate',
  'WJ-0010': 'Waterproof junction box',
  'WJ-0011': 'Emergency light',
};

type SupplierSeed = [platform: Platform, shop: string, url: string, contact: string, serves: BuyingUnit[]];

const SUPPLIERS: SupplierSeed[] = [
  ['jd', '京东自营办公用品旗舰店', 'https://mall.jd.com/index-1000001.html', '在线客服', ['OFFICE']],
  ['tmall', '得力官方旗舰店', 'https://deli.tmall.com', '旺旺：得力官方旗舰店', ['OFFICE']],
  ['tmall', '晨光文具官方旗舰店', 'https://chenguang.tmall.com', '旺旺：晨光文具官方旗舰店', ['OFFICE']],
  ['suning', '苏宁易购自营办公', 'https://shop.suning.com/30000001.html', '400-836-5365', ['OFFICE']],
  ['alibaba', '义乌市恒信办公耗材批发部', 'https://hengxin.1688.com', '王经理 138-5790-1234', ['OFFICE', 'SUPPLY']],
  ['taobao', '华强北电子配件店', 'https://shop100200300.taobao.com', '旺旺：华强北电子配件', ['OFFICE', 'SUPPLY']],
  ['jd', '正泰电器京东自营旗舰店', 'https://mall.jd.com/index-1000002.html', '在线客服', ['SUPPLY']],
  ['tmall', '公牛官方旗舰店', 'https://gongniu.tmall.com', '旺旺：公牛官方旗舰店', ['SUPPLY', 'OFFICE']],
  ['alibaba', '永康市鼎盛五金工具厂', 'https://dingsheng.1688.com', '陈厂长 135-7588-6677', ['SUPPLY']],
  ['yhd', '一号店自营日用百货', 'https://www.yhd.com/shop/10001', '在线客服', ['OFFICE']],
];

const unitOf = (c: ItemCategory): BuyingUnit =>
  c === 'production_auxiliaries' || c === 'electrical_hardware' ? 'SUPPLY' : 'OFFICE';

/** A small deterministic generator: the demo looks the same on every machine. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function seedSupplierPrices(trx: Knex, users: { clerk: number; supplyClerk: number }, now = new Date()): Promise<{ items: number; suppliers: number; prices: number }> {
  const today = calendarDay(now);
  const thisMonth = monthOf(today);
  const rnd = random(2026);

  const items = await trx('items')
    .insert(
      ITEMS.map(([code, name, spec, uom, category, , stock, reorder]) => ({
        code,
        name,
        name_en: ITEM_NAMES_EN[code] ?? null,
        spec,
        uom,
        category,
        buying_unit: unitOf(category),
        stock_on_hand: stock,
        reorder_level: reorder,
      })),
    )
    .returning(['id', 'code']);
  const itemId = new Map(items.map((r: { id: number; code: string }) => [r.code, r.id]));

  const suppliers = await trx('suppliers')
    .insert(SUPPLIERS.map(([platform, shop_name, shop_url, contact]) => ({ platform, shop_name, shop_url, contact })))
    .returning(['id', 'shop_name']);
  const supplierId = new Map(suppliers.map((r: { id: number; shop_name: string }) => [r.shop_name, r.id]));

  const prices: Record<string, unknown>[] = [];
  for (const [code, , , , category, base] of ITEMS) {
    const unit = unitOf(category);
    const clerk = unit === 'OFFICE' ? users.clerk : users.supplyClerk;
    const shops = SUPPLIERS.filter((s) => s[4].includes(unit));
    // Each item is sold by three to five of its unit's shops, each a little dearer or cheaper.
    const sellers = shops.filter(() => rnd() < 0.6).slice(0, 5);
    if (sellers.length < 3) sellers.push(...shops.filter((s) => !sellers.includes(s)).slice(0, 3 - sellers.length));
    const factor = new Map(sellers.map((s) => [s[1], 0.9 + rnd() * 0.25]));
    // This month's collection is under way: about a third of the items still have no price.
    const collectedThisMonth = rnd() < 0.65 || code === 'HC-0002';
    for (let k = 5; k >= 0; k--) {
      const month = addMonths(thisMonth, -k);
      if (k === 0 && !collectedThisMonth) continue;
      const drift = 1 + (5 - k) * 0.006;
      for (const [, shop, url] of sellers) {
        const day = Math.min(3 + Math.floor(rnd() * 20), k === 0 ? Number(today.slice(8)) : 28);
        // One shop raises its toner price sharply this month: the price-alert screen has something to show.
        const jump = k === 0 && code === 'HC-0002' && shop === sellers[0][1] ? 1.18 : 1;
        const yuan = base * factor.get(shop)! * drift * (0.97 + rnd() * 0.06) * jump;
        prices.push({
          item_id: itemId.get(code),
          supplier_id: supplierId.get(shop),
          price_fen: Math.max(1, Math.round(yuan * 100)),
          observed_on: `${month}-${String(day).padStart(2, '0')}`,
          url,
          in_stock: rnd() > 0.05,
          note: '',
          recorded_by: clerk,
        });
      }
    }
  }
  // A typo corrected: the wrong price stays in the history, superseded, with the reason.
  const typo = prices.findIndex((p) => p.item_id === itemId.get('BG-0001'));
  const right = prices[typo].price_fen as number;
  prices[typo].price_fen = right * 10;
  const ids: number[] = [];
  for (let i = 0; i < prices.length; i += 500) {
    ids.push(...(await trx('price_observations').insert(prices.slice(i, i + 500)).returning('id')).map((r: { id: number }) => Number(r.id)));
  }
  await trx('price_observations').insert({
    ...prices[typo],
    price_fen: right,
    supersedes_id: ids[typo],
    correction_reason: '录入时小数点错位，按商品页面截图更正',
  });

  // Discipline: one shop is five points short of suspension this year; another was suspended last year and is clean again.
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const thisYear = (daysAgo: number) => {
    const d = addDays(today, -daysAgo);
    return d < yearStart ? yearStart : d;
  };
  const lastYear = `${Number(today.slice(0, 4)) - 1}`;
  await trx('supplier_violations').insert([
    { supplier_id: supplierId.get('一号店自营日用百货'), kind: 'violation', points: 20, reason: '承诺48小时发货，实际延迟6天', occurred_on: thisYear(60), recorded_by: users.clerk },
    { supplier_id: supplierId.get('一号店自营日用百货'), kind: 'violation', points: 25, reason: '到货抽纸规格与商品描述不符（2层非3层）', occurred_on: thisYear(20), recorded_by: users.clerk },
    { supplier_id: supplierId.get('华强北电子配件店'), kind: 'violation', points: 55, reason: '发票迟迟不开，多次催促未果', occurred_on: `${lastYear}-10-15`, rectify_by: `${lastYear}-11-14`, recorded_by: users.supplyClerk },
    { supplier_id: supplierId.get('华强北电子配件店'), kind: 'rectified', points: 15, reason: '已补开全部发票并承诺按单开票', occurred_on: `${lastYear}-11-10`, recorded_by: users.supplyClerk },
  ]);
  return { items: items.length, suppliers: suppliers.length, prices: prices.length + 1 };
}
