import { Injectable, effect, inject, type Provider } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, NativeDateAdapter, type MatDateFormats } from '@angular/material/core';
import { formatIn, parseDay, type DateStyle } from './dates';
import { I18n } from './i18n';

/**
 * Material's calendar and date inputs in the app's language: the field shows 2026-11-26 or
 * 26 Nov 2026 and the calendar's names follow the language switch, whatever the browser's locale.
 */
@Injectable()
export class AppDateAdapter extends NativeDateAdapter {
  private readonly i18n = inject(I18n);

  constructor() {
    super();
    // setLocale tells open calendars to re-render, so a switch shows at once.
    effect(() => this.setLocale(this.i18n.lang() === 'zh' ? 'zh-CN' : 'en-GB'));
  }

  override format(date: Date, displayFormat: object | string): string {
    if (typeof displayFormat === 'string') return formatIn(this.i18n.lang(), date, displayFormat as DateStyle);
    return super.format(date, displayFormat);
  }

  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      if (!value.trim()) return null;
      return parseDay(value) ?? this.invalid();
    }
    return super.parse(value, parseFormat);
  }

  override getFirstDayOfWeek(): number {
    // China and most of Europe start the week on Monday.
    return 1;
  }
}

export const APP_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: null },
  display: {
    dateInput: 'day',
    monthLabel: { month: 'short' },
    monthYearLabel: 'month',
    dateA11yLabel: { year: 'numeric', month: 'long', day: 'numeric' },
    monthYearA11yLabel: { year: 'numeric', month: 'long' },
  },
};

/** For a component with Material date pickers, in place of provideNativeDateAdapter(). */
export function provideAppDateAdapter(): Provider[] {
  return [
    { provide: DateAdapter, useClass: AppDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: APP_DATE_FORMATS },
  ];
}
