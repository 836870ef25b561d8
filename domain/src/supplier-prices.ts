import type { Role } from './roles';
import { parseYuan } from './money';

/**
 * 网络电商数据库: the supplier price database of DOMAIN.md §2. Each buying unit
 * keeps its own items; suppliers (online shops) are shared by both units.
 */

/** Who keeps the database and who may read it. Everybody else sees nothing. */
export const PRICE_EDITOR_ROLES: readonly Role[] = ['purchasing_clerk'];
export const PRICE_READER_ROLES: readonly Role[] = ['purchasing_clerk', 'dept_head', 'company_leader', 'auditor'];

/** The two buying units, by the unit codes of the organisation (units.code). */
export const BUYING_UNITS = ['OFFICE', 'SUPPLY'] as const;
export type BuyingUnit = (typeof BUYING_UNITS)[number];

export const BUYING_UNIT_LABELS: Record<BuyingUnit, { zh: string; en: string }> = {
  OFFICE: { zh: '办公室', en: 'General Office' },
  SUPPLY: { zh: '供应处', en: 'Supply Dept' },
};

export function isBuyingUnit(value: string): value is BuyingUnit {
  return (BUYING_UNITS as readonly string[]).includes(value);
}

/** What each unit buys (DOMAIN.md §2): a category belongs to exactly one unit. */
export const ITEM_CATEGORIES = [
  'office_supplies',
  'consumables',
  'low_value_consumables',
  'logistics_supplies',
  'production_auxiliaries',
  'electrical_hardware',
] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

export const ITEM_CATEGORY_INFO: Record<ItemCategory, { unit: BuyingUnit; zh: string; en: string }> = {
  office_supplies: { unit: 'OFFICE', zh: '办公用品', en: 'Office supplies' },
  consumables: { unit: 'OFFICE', zh: '耗材', en: 'Consumables' },
  low_value_consumables: { unit: 'OFFICE', zh: '低值易耗品', en: 'Low-value consumables' },
  logistics_supplies: { unit: 'OFFICE', zh: '后勤物资', en: 'Logistics supplies' },
  production_auxiliaries: { unit: 'SUPPLY', zh: '生产维修用辅材', en: 'Production & maintenance auxiliaries' },
  electrical_hardware: { unit: 'SUPPLY', zh: '开关、灯具、五金件', en: 'Switches, light fittings & hardware' },
};

export function categoriesOf(unit: BuyingUnit): ItemCategory[] {
  return ITEM_CATEGORIES.filter((c) => ITEM_CATEGORY_INFO[c].unit === unit);
}

export function categoryBelongsTo(category: ItemCategory, unit: BuyingUnit): boolean {
  return ITEM_CATEGORY_INFO[category].unit === unit;
}

/** The malls of DOMAIN.md §2, plus 其他 for a legitimate shop elsewhere. */
export const PLATFORMS = ['tmall', 'jd', 'amazon', 'suning', 'alibaba', 'taobao', 'yhd', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_LABELS: Record<Platform, { zh: string; en: string; aliases: readonly string[] }> = {
  tmall: { zh: '天猫', en: 'Tmall', aliases: [] },
  jd: { zh: '京东', en: 'JD', aliases: ['jd.com', '京东商城'] },
  amazon: { zh: '亚马逊', en: 'Amazon', aliases: [] },
  suning: { zh: '苏宁易购', en: 'Suning', aliases: ['苏宁'] },
  alibaba: { zh: '阿里巴巴', en: 'Alibaba', aliases: ['1688', '阿里巴巴1688'] },
  taobao: { zh: '淘宝', en: 'Taobao', aliases: [] },
  yhd: { zh: '一号店', en: 'Yihaodian', aliases: ['1号店', 'yhd'] },
  other: { zh: '其他', en: 'Other', aliases: [] },
};

const squash = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');

/** A platform as a clerk types it in a spreadsheet: 京东, JD, jd.com, 1688… */
export function platformFromText(text: string): Platform | null {
  const s = squash(text);
  if (!s) return null;
  for (const p of PLATFORMS) {
    const l = PLATFORM_LABELS[p];
    if ([p, l.zh, l.en, ...l.aliases].some((x) => squash(x) === s)) return p;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Supplier discipline (DOMAIN.md §2, from the malls' rules for service providers)

export const SUSPEND_AT_POINTS = 50;
export const TERMINATE_AT_POINTS = 100;
/** A violation carries 1–100 points; the outcome of a rectification moves the total within these bounds. */
export const VIOLATION_POINTS = { min: 1, max: 100 } as const;
export const RECTIFIED_POINTS = { min: 10, max: 30 } as const;
export const IGNORED_POINTS = { min: 10, max: 20 } as const;
/** Deadline given with a suspension when the clerk names none. The rule is silent; a month is what the malls use. */
export const DEFAULT_RECTIFY_DAYS = 30;

export const PENALTY_KINDS = ['violation', 'rectified', 'rectification_ignored'] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

export const PENALTY_KIND_LABELS: Record<PenaltyKind, { zh: string; en: string }> = {
  violation: { zh: '违规扣分', en: 'Violation' },
  rectified: { zh: '按期整改', en: 'Rectified on time' },
  rectification_ignored: { zh: '逾期未整改', en: 'Rectification ignored' },
};

export const SUPPLIER_STANDINGS = ['active', 'suspended', 'terminated'] as const;
export type SupplierStanding = (typeof SUPPLIER_STANDINGS)[number];

export const SUPPLIER_STANDING_LABELS: Record<SupplierStanding, { zh: string; en: string }> = {
  active: { zh: '正常', en: 'Active' },
  suspended: { zh: '暂停合作', en: 'Suspended' },
  terminated: { zh: '终止合作', en: 'Terminated' },
};

/** Points as recorded: always positive; the kind says whether they add or remove. */
export interface PenaltyEvent {
  id?: number;
  occurredOn: string;
  kind: PenaltyKind;
  points: number;
  /** The rectification deadline set when this event suspended the supplier. */
  rectifyBy?: string | null;
}

export interface Standing {
  /** The calendar year the total belongs to. */
  year: number;
  /** This year's points: the total resets on 1 January. */
  points: number;
  status: SupplierStanding;
  /** While suspended: the deadline of the open rectification, if any. */
  rectifyBy: string | null;
  /** Suspended and no outcome recorded yet for the latest deadline. */
  awaitingRectification: boolean;
  /** Awaiting and the deadline has passed: the clerk should record that it was ignored. */
  rectificationOverdue: boolean;
  terminatedOn: string | null;
}

const signed = (e: PenaltyEvent) => (e.kind === 'rectified' ? -e.points : e.points);

function byDate(a: PenaltyEvent, b: PenaltyEvent): number {
  return a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : (a.id ?? 0) - (b.id ?? 0);
}

/**
 * A supplier's standing on `today` from its dated events alone (no yearly job):
 * each calendar year's total starts at zero; at 50 points the supplier is
 * suspended until rectification brings the year's total back under 50 or the
 * year ends; reaching 100 within one year ends the relationship for good (a new
 * year does not revive a terminated supplier).
 */
export function supplierStanding(events: readonly PenaltyEvent[], today: string): Standing {
  const year = Number(today.slice(0, 4));
  const sorted = events.filter((e) => e.occurredOn <= today).sort(byDate);
  let terminatedOn: string | null = null;
  let runningYear = 0;
  let running = 0;
  let rectifyBy: string | null = null;
  let awaiting = false;
  for (const e of sorted) {
    const y = Number(e.occurredOn.slice(0, 4));
    if (y !== runningYear) {
      runningYear = y;
      running = 0;
      rectifyBy = null;
      awaiting = false;
    }
    // Rectification cannot take a supplier below zero: points are penalties, not credit.
    running = Math.max(0, running + signed(e));
    if (running >= TERMINATE_AT_POINTS && !terminatedOn) terminatedOn = e.occurredOn;
    if (e.kind === 'violation' && e.rectifyBy) {
      rectifyBy = e.rectifyBy;
      awaiting = true;
    } else if (e.kind !== 'violation') {
      awaiting = false;
      if (e.rectifyBy) {
        // Ignoring the deadline may come with a new one.
        rectifyBy = e.rectifyBy;
        awaiting = true;
      }
    }
    if (running < SUSPEND_AT_POINTS) {
      rectifyBy = null;
      awaiting = false;
    }
  }
  const points = runningYear === year ? running : 0;
  const status: SupplierStanding = terminatedOn ? 'terminated' : points >= SUSPEND_AT_POINTS ? 'suspended' : 'active';
  const open = status === 'suspended' && runningYear === year;
  return {
    year,
    points,
    status,
    rectifyBy: open ? rectifyBy : null,
    awaitingRectification: open && awaiting,
    rectificationOverdue: open && awaiting && rectifyBy !== null && today > rectifyBy,
    terminatedOn,
  };
}

/** The year's total if `event` were added: decides whether a new violation suspends. */
export function pointsAfter(events: readonly PenaltyEvent[], event: PenaltyEvent): number {
  const year = event.occurredOn.slice(0, 4);
  const all = [...events.filter((e) => e.occurredOn.slice(0, 4) === year), { ...event, id: Number.MAX_SAFE_INTEGER }].sort(byDate);
  return all.reduce((sum, e) => Math.max(0, sum + signed(e)), 0);
}

/** Why an event may not be recorded, as a message key; null when it may. */
export function penaltyEventProblem(current: Standing, event: PenaltyEvent, today: string): string | null {
  if (event.occurredOn > today) return 'suppliers.eventInFuture';
  if (current.status === 'terminated') return 'suppliers.alreadyTerminated';
  const range = event.kind === 'violation' ? VIOLATION_POINTS : event.kind === 'rectified' ? RECTIFIED_POINTS : IGNORED_POINTS;
  if (!Number.isInteger(event.points) || event.points < range.min || event.points > range.max) {
    return `suppliers.points.${event.kind}`;
  }
  if (event.kind !== 'violation') {
    if (!current.awaitingRectification) return 'suppliers.noOpenRectification';
    if (event.occurredOn.slice(0, 4) !== String(current.year)) return 'suppliers.outcomeOtherYear';
    if (event.kind === 'rectification_ignored' && current.rectifyBy && event.occurredOn <= current.rectifyBy) {
      return 'suppliers.deadlineNotPassed';
    }
  }
  return null;
}

/** A suspended or terminated supplier cannot be chosen for new purchases, nor one the clerk has deactivated. */
export function canBuyFrom(standing: Pick<Standing, 'status'>, active: boolean): boolean {
  return active && standing.status === 'active';
}

// ---------------------------------------------------------------------------
// Calendar days and months. Dates are 'YYYY-MM-DD' strings, months 'YYYY-MM'.

/** The business runs on China time: the year's points reset at midnight in Beijing, not UTC. */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

/** Formatters by time zone: building one costs far more than using it, and "today" is asked on every request. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function calendarDay(at: Date, timeZone = BUSINESS_TIME_ZONE): string {
  let f = dayFormats.get(timeZone);
  if (!f) dayFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f.format(at);
}

export function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function addDays(day: string, n: number): string {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export const monthOf = (day: string) => day.slice(0, 7);

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const idx = y * 12 + (m - 1) + n;
  return `${String(Math.floor(idx / 12)).padStart(4, '0')}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

/** English month names as the English screens abbreviate them (Nov 2026). */
export const MONTH_ABBR_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * A calendar day in text the API writes for a reader (a workbench hint), as the web's appDate
 * shows days: 2026-12-04 in Chinese, 4 Dec 2026 in English (issue 11: dates in the user's language).
 */
export function dayIn(day: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return day;
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTH_ABBR_EN[m - 1]} ${y}`;
}

/** [first day, first day of the next month): the half-open range a month's prices fall in. */
export function monthRange(month: string): { from: string; until: string } {
  return { from: `${month}-01`, until: `${addMonths(month, 1)}-01` };
}

/** Months from `from` to `to` inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

// ---------------------------------------------------------------------------
// Price movement

/** (latest − previous) / previous in basis points, rounded half away from zero: 1250 = +12.5%. */
export function priceChangeBp(previousFen: number, latestFen: number): number {
  if (previousFen <= 0) throw new RangeError('previous price must be positive');
  const num = (latestFen - previousFen) * 10000;
  const q = Math.trunc(num / previousFen);
  const r = Math.abs(num % previousFen);
  return r * 2 >= previousFen ? q + Math.sign(num) : q;
}

/** Did the price move by more than `thresholdBp` either way? Exact: no rounding near the threshold. */
export function movedMoreThan(previousFen: number, latestFen: number, thresholdBp: number): boolean {
  return Math.abs(latestFen - previousFen) * 10000 > thresholdBp * previousFen;
}

/** The spread of a row of prices: highest over lowest, for the comparison matrix. */
export function priceSpread(prices: readonly number[]): { lowestFen: number; highestFen: number; spreadFen: number; spreadBp: number } | null {
  if (prices.length === 0) return null;
  const lowestFen = Math.min(...prices);
  const highestFen = Math.max(...prices);
  return { lowestFen, highestFen, spreadFen: highestFen - lowestFen, spreadBp: priceChangeBp(lowestFen, highestFen) };
}

// ---------------------------------------------------------------------------
// Import of observed prices from CSV or XLSX

export const IMPORT_COLUMNS = ['itemCode', 'platform', 'shop', 'price', 'observedOn', 'url', 'inStock', 'note'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Header names of the template (zh first, as the clerks use them), and what else is accepted. */
export const IMPORT_HEADERS: Record<ImportColumn, ImportHeader> = {
  itemCode: { zh: '物资编码', en: 'Item code', aliases: ['编码', 'code', 'itemcode'], required: true },
  platform: { zh: '平台', en: 'Platform', aliases: ['电商平台'], required: true },
  shop: { zh: '店铺', en: 'Shop', aliases: ['店铺名称', 'shop name', 'supplier'], required: true },
  price: { zh: '单价(元)', en: 'Unit price (yuan)', aliases: ['单价', '价格', 'price', 'unit price'], required: true },
  observedOn: { zh: '日期', en: 'Date', aliases: ['报价日期', '采集日期', 'observed on', 'observed date'], required: true },
  url: { zh: '链接', en: 'Link', aliases: ['网址', 'url'], required: false },
  inStock: { zh: '有货', en: 'In stock', aliases: ['是否有货', 'stock', 'instock'], required: false },
  note: { zh: '备注', en: 'Note', aliases: ['notes', 'remark'], required: false },
};

/** A spreadsheet column as an import names it: zh and en headers, and what else is accepted. */
export interface ImportHeader {
  zh: string;
  en: string;
  aliases: readonly string[];
  required: boolean;
}

/**
 * Which column each header cell names, for any import's columns (prices, budgets): spaces,
 * case and full-width forms are forgiven; unknown headers are ignored.
 */
export function matchHeaders<C extends string>(columns: readonly C[], headers: Record<C, ImportHeader>, cells: readonly string[]): Partial<Record<C, number>> {
  const out: Partial<Record<C, number>> = {};
  cells.forEach((cell, i) => {
    const s = squash(cell);
    if (!s) return;
    for (const col of columns) {
      const h = headers[col];
      if (out[col] === undefined && [col, h.zh, h.en, ...h.aliases].some((x) => squash(x) === s)) out[col] = i;
    }
  });
  return out;
}

/** Which price column each header cell names. */
export function matchImportHeaders(cells: readonly string[]): Partial<Record<ImportColumn, number>> {
  return matchHeaders(IMPORT_COLUMNS, IMPORT_HEADERS, cells);
}

/** The largest single price we accept: a typo guard, ¥1,000,000.00. */
export const MAX_PRICE_FEN = 100_000_000;

/** Yuan with at most two decimals → fen, exactly; null when it is not a positive price. */
export function parseImportPrice(text: string): number | null {
  const fen = parseYuan(text);
  return fen === null || fen <= 0 || fen > MAX_PRICE_FEN ? null : fen;
}

/** 2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日 → '2026-03-05'; null when not a day. */
export function parseImportDate(text: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const day = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isCalendarDay(day) ? day : null;
}

const YES = ['是', '有', '有货', 'y', 'yes', 'true', '1', '√', '✓'];
const NO = ['否', '无', '无货', '缺货', 'n', 'no', 'false', '0', '×', '✗'];

/** Empty means in stock: a clerk records a price because the shop offers the item. */
export function parseInStock(text: string): boolean | null {
  const s = squash(text);
  if (s === '') return true;
  if (YES.includes(s)) return true;
  if (NO.includes(s)) return false;
  return null;
}

export function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
