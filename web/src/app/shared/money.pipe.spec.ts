import { TestBed } from '@angular/core/testing';
import { I18n } from '../core/i18n/i18n';
import { FenPipe, SharePercentPipe, ZhePipe } from './money.pipe';

describe('money pipes', () => {
  let zhe: ZhePipe;
  beforeEach(() => {
    localStorage.removeItem('portal.lang');
    TestBed.configureTestingModule({});
    zhe = TestBed.runInInjectionContext(() => new ZhePipe());
  });

  it('shows fen as yuan with the ¥ sign and thousands separators', () => {
    expect(new FenPipe().transform(1234560)).toBe('¥12,345.60');
    expect(new FenPipe().transform(-5, false)).toBe('-0.05');
    expect(new FenPipe().transform(null)).toBe('');
  });
  it('shows the paid share as 折 to the nearest tenth and as a percentage, floored', () => {
    expect(zhe.transform(4599)).toBe('4.6折');
    expect(TestBed.runInInjectionContext(() => new SharePercentPipe()).transform(4599)).toBe('45.9%');
  });
  it('shows 折 to the nearest tenth as every screen does: 63.8% is 6.4折, not 6.3折', () => {
    expect(zhe.transform(6380)).toBe('6.4折');
    expect(zhe.transform(6375)).toBe('6.4折');
    expect(zhe.transform(4500)).toBe('4.5折');
    expect(zhe.transform(3000)).toBe('3.0折');
    expect(zhe.transform(null)).toBe('');
  });
  it('explains 折 in English: what share of list the customer pays', () => {
    TestBed.inject(I18n).lang.set('en');
    expect(zhe.transform(4500)).toBe('4.5折 — pays 45% of list');
    expect(zhe.transform(6380)).toBe('6.4折 — pays 63.8% of list');
    const percent = TestBed.runInInjectionContext(() => new SharePercentPipe());
    expect(percent.transform(6380, 'besideZhe')).toBe('');
    expect(percent.transform(6380)).toBe('63.8%');
  });
});
