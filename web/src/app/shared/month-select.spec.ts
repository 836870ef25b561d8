import { I18n } from '../core/i18n/i18n';
import { renderComponent, type ComponentSpec } from '../../testing/component-spec';
import { MonthSelect, monthsAround } from './month-select';

describe('MonthSelect', () => {
  let spec: ComponentSpec<MonthSelect>;
  const el = () => spec.fixture.nativeElement as HTMLElement;
  const shown = () => el().querySelector('.mat-mdc-select-value')?.textContent?.trim();
  const open = async () => {
    (el().querySelector('mat-select') as HTMLElement).click();
    spec.fixture.detectChanges();
    await spec.fixture.whenStable();
  };

  beforeEach(async () => {
    spec = await renderComponent(MonthSelect, {
      inputs: { label: { zh: '月份', en: 'Month' }, value: '2026-12', months: monthsAround('2026-11', 2, 1), testId: 'm' },
    });
  });

  it('offers the months around a centre, newest first', () => {
    expect(monthsAround('2026-11', 2, 2)).toEqual(['2027-01', '2026-12', '2026-11', '2026-10', '2026-09']);
  });

  it('shows the month in the app language, not the browser’s, and follows the switch', async () => {
    expect(shown()).toBe('2026年12月');
    spec.fixture.debugElement.injector.get(I18n).lang.set('en');
    spec.fixture.detectChanges();
    await spec.fixture.whenStable();
    expect(shown()).toBe('Dec 2026');
  });

  it('emits the month picked, and keeps showing its value until the owner moves', async () => {
    const picked: string[] = [];
    spec.fixture.componentInstance.picked.subscribe((m) => picked.push(m));
    await open();
    const option = document.querySelector('mat-option[data-month="2026-10"]') as HTMLElement;
    expect(option.textContent?.trim()).toBe('2026年10月');
    option.click();
    spec.fixture.detectChanges();
    await spec.fixture.whenStable();
    expect(picked).toEqual(['2026-10']);
    expect(shown()).toBe('2026年12月');
  });

  it('adds the value when it lies outside the months offered', async () => {
    spec.fixture.componentRef.setInput('value', '2025-01');
    await open();
    const months = Array.from(document.querySelectorAll('mat-option')).map((o) => o.getAttribute('data-month'));
    expect(months).toEqual(['2026-12', '2026-11', '2026-10', '2026-09', '2025-01']);
  });
});
