import { formatDate } from '@angular/common';
import type { Lang } from './text';

/**
 * How dates read in each of the app's languages, whatever the browser's own (issue 11):
 * Chinese screens write 2026-11-26 and 2026年11月, English ones 26 Nov 2026 and Nov 2026.
 * Angular's built-in en-US data is enough: the Chinese patterns are digits and literals.
 */
export type DateStyle = 'day' | 'month' | 'dateTime' | 'seconds' | 'shortDateTime';

const PATTERNS: Record<Lang, Record<DateStyle, string>> = {
  zh: { day: 'yyyy-MM-dd', month: "y'年'M'月'", dateTime: 'yyyy-MM-dd HH:mm', seconds: 'yyyy-MM-dd HH:mm:ss', shortDateTime: 'MM-dd HH:mm' },
  en: { day: 'd MMM y', month: 'MMM y', dateTime: 'd MMM y, HH:mm', seconds: 'd MMM y, HH:mm:ss', shortDateTime: 'd MMM, HH:mm' },
};

/** A calendar day as the API writes it (YYYY-MM-DD): read as that local day, never shifted by the time zone. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function toDate(value: Date | string | number): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string') {
    const day = DAY.exec(value);
    if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    const month = MONTH.exec(value);
    if (month) return new Date(Number(month[1]), Number(month[2]) - 1, 1);
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Formats a date, a YYYY-MM-DD day, a YYYY-MM month or an ISO timestamp; '' for nothing or nonsense. */
export function formatIn(lang: Lang, value: Date | string | number | null | undefined, style: DateStyle = 'day'): string {
  if (value === null || value === undefined || value === '') return '';
  const date = toDate(value);
  return date ? formatDate(date, PATTERNS[lang][style], 'en-US') : '';
}

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a day typed in either language's way: 2026-11-26, 2026/11/26, 2026年11月26日, 26 Nov 2026.
 * Day-first or month-first digits (26/11/2026) are ambiguous and not guessed.
 */
export function parseDay(text: string): Date | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  const named = /^(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (named && MONTHS_EN.includes(named[2].slice(0, 3).toLowerCase())) {
    [y, m, d] = [Number(named[3]), MONTHS_EN.indexOf(named[2].slice(0, 3).toLowerCase()) + 1, Number(named[1])];
  } else return null;
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}
