import { Injectable, effect, inject, type Provider } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, NativeDateAdapter } from '@angular/material/core';
import { APP_DATE_FORMATS } from './app-date-adapter';
import { formatIn, parseDay, type DateStyle } from './dates';
import { I18n } from './i18n';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const INVALID = 'invalid';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toIso(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function toDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/**
 * Material date fields whose value is the API's calendar day (YYYY-MM-DD), as the native
 * `<input type="date">` they replace: forms, [min] and [max] keep their strings, while the
 * field shows 2026-11-26 or 26 Nov 2026 by the app's language rather than the browser's
 * 11/26/2026. The calendar arithmetic is the native adapter's.
 */
@Injectable()
export class AppDayAdapter extends DateAdapter<string> {
  private readonly i18n = inject(I18n);
  private readonly native = new NativeDateAdapter();

  constructor() {
    super();
    effect(() => this.setLocale(this.i18n.lang() === 'zh' ? 'zh-CN' : 'en-GB'));
  }

  override setLocale(locale: string): void {
    this.native.setLocale(locale);
    super.setLocale(locale);
  }

  getYear(day: string): number {
    return toDate(day).getFullYear();
  }
  getMonth(day: string): number {
    return toDate(day).getMonth();
  }
  getDate(day: string): number {
    return toDate(day).getDate();
  }
  getDayOfWeek(day: string): number {
    return toDate(day).getDay();
  }
  getMonthNames(style: 'long' | 'short' | 'narrow'): string[] {
    return this.native.getMonthNames(style);
  }
  getDateNames(): string[] {
    return this.native.getDateNames();
  }
  getDayOfWeekNames(style: 'long' | 'short' | 'narrow'): string[] {
    return this.native.getDayOfWeekNames(style);
  }
  getYearName(day: string): string {
    return this.native.getYearName(toDate(day));
  }
  getFirstDayOfWeek(): number {
    // China and most of Europe start the week on Monday.
    return 1;
  }
  getNumDaysInMonth(day: string): number {
    return this.native.getNumDaysInMonth(toDate(day));
  }
  clone(day: string): string {
    return day;
  }
  createDate(year: number, month: number, date: number): string {
    return toIso(this.native.createDate(year, month, date));
  }
  today(): string {
    return toIso(new Date());
  }
  parse(value: unknown): string | null {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? INVALID : toIso(value);
    if (typeof value !== 'string' || !value.trim()) return null;
    const date = parseDay(value);
    return date ? toIso(date) : INVALID;
  }
  format(day: string, displayFormat: unknown): string {
    if (!this.isValid(day)) throw Error('AppDayAdapter: cannot format an invalid day');
    if (typeof displayFormat === 'string') return formatIn(this.i18n.lang(), day, displayFormat as DateStyle);
    return this.native.format(toDate(day), displayFormat as object);
  }
  addCalendarYears(day: string, years: number): string {
    return toIso(this.native.addCalendarYears(toDate(day), years));
  }
  addCalendarMonths(day: string, months: number): string {
    return toIso(this.native.addCalendarMonths(toDate(day), months));
  }
  addCalendarDays(day: string, days: number): string {
    return toIso(this.native.addCalendarDays(toDate(day), days));
  }
  toIso8601(day: string): string {
    return day;
  }
  override deserialize(value: unknown): string | null {
    if (value === '' || value === null || value === undefined) return null;
    if (typeof value === 'string') return ISO_DAY.test(value) && parseDay(value) ? value : this.invalid();
    return super.deserialize(value);
  }
  isDateInstance(obj: unknown): boolean {
    return typeof obj === 'string';
  }
  isValid(day: string): boolean {
    return ISO_DAY.test(day) && parseDay(day) !== null;
  }
  invalid(): string {
    return INVALID;
  }
}

/** For a component whose date fields hold YYYY-MM-DD strings (the API's days), with Material pickers. */
export function provideAppDayAdapter(): Provider[] {
  return [
    { provide: DateAdapter, useClass: AppDayAdapter },
    { provide: MAT_DATE_FORMATS, useValue: APP_DATE_FORMATS },
  ];
}
