import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { APP_DATE_FORMATS, type AppDateAdapter, provideAppDateAdapter } from './app-date-adapter';
import { AppDatePipe } from './app-date.pipe';
import { formatIn, parseDay } from './dates';
import { I18n } from './i18n';

describe('dates in the app’s language', () => {
  beforeEach(() => localStorage.removeItem('portal.lang'));
  afterEach(() => localStorage.removeItem('portal.lang'));

  it('writes 2026-11-26 and 2026年11月 in Chinese, 26 Nov 2026 and Nov 2026 in English', () => {
    expect(formatIn('zh', '2026-11-26')).toBe('2026-11-26');
    expect(formatIn('en', '2026-11-26')).toBe('26 Nov 2026');
    expect(formatIn('zh', '2026-11', 'month')).toBe('2026年11月');
    expect(formatIn('en', '2026-11', 'month')).toBe('Nov 2026');
    const at = new Date(2026, 10, 26, 9, 5, 7);
    expect(formatIn('zh', at, 'dateTime')).toBe('2026-11-26 09:05');
    expect(formatIn('en', at, 'dateTime')).toBe('26 Nov 2026, 09:05');
    expect(formatIn('zh', at, 'seconds')).toBe('2026-11-26 09:05:07');
    expect(formatIn('zh', at, 'shortDateTime')).toBe('11-26 09:05');
  });

  it('reads a calendar day as that day in any time zone, and shows nothing for nothing', () => {
    // new Date('2026-01-01') is UTC midnight: west of Greenwich it would print 2025-12-31.
    expect(formatIn('zh', '2026-01-01')).toBe('2026-01-01');
    expect(formatIn('zh', null)).toBe('');
    expect(formatIn('en', '')).toBe('');
    expect(formatIn('en', 'not a date')).toBe('');
  });

  it('re-renders through the pipe when the language switches, without a reload', () => {
    TestBed.configureTestingModule({});
    const pipe = TestBed.runInInjectionContext(() => new AppDatePipe());
    expect(pipe.transform('2026-11-26')).toBe('2026-11-26');
    TestBed.inject(I18n).toggle();
    expect(pipe.transform('2026-11-26')).toBe('26 Nov 2026');
    expect(pipe.transform('2026-11', 'month')).toBe('Nov 2026');
  });

  it('parses what either language types, and refuses impossible or ambiguous days', () => {
    const day = (s: string) => parseDay(s)?.toDateString() ?? null;
    const nov26 = new Date(2026, 10, 26).toDateString();
    expect(day('2026-11-26')).toBe(nov26);
    expect(day('2026/11/26')).toBe(nov26);
    expect(day('2026年11月26日')).toBe(nov26);
    expect(day('26 Nov 2026')).toBe(nov26);
    expect(day('26 November 2026')).toBe(nov26);
    expect(day('2026-02-30')).toBeNull();
    expect(day('11/26/2026')).toBeNull();
  });

  it('gives Material date fields the app language’s format and calendar, following the switch', () => {
    TestBed.configureTestingModule({ providers: [provideAppDateAdapter()] });
    const adapter = TestBed.inject(DateAdapter) as AppDateAdapter;
    const nov26 = new Date(2026, 10, 26);
    TestBed.tick();
    expect(adapter.format(nov26, APP_DATE_FORMATS.display.dateInput)).toBe('2026-11-26');
    expect(adapter.format(nov26, APP_DATE_FORMATS.display.monthYearLabel)).toBe('2026年11月');
    expect(adapter.getFirstDayOfWeek()).toBe(1);
    TestBed.inject(I18n).toggle();
    TestBed.tick();
    expect(adapter.format(nov26, APP_DATE_FORMATS.display.dateInput)).toBe('26 Nov 2026');
    expect(adapter.getMonthNames('short')[10]).toBe('Nov');
    expect(adapter.isValid(adapter.parse('2026-13-01', null)!)).toBeFalse();
    expect(adapter.parse('', null)).toBeNull();
  });
});
