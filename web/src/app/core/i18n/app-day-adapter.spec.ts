import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatInputModule } from '@angular/material/input';
import { renderComponent } from '../../../testing/component-spec';
import { provideAppDayAdapter } from './app-day-adapter';
import { I18n } from './i18n';

@Component({
  imports: [ReactiveFormsModule, MatInputModule, MatDatepickerModule],
  providers: [provideAppDayAdapter()],
  template: `<mat-form-field><input matInput [matDatepicker]="p" [formControl]="day" [max]="max" /><mat-datepicker #p /></mat-form-field>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class DayField {
  readonly day = new FormControl<string | null>('2026-11-26');
  readonly max = '2026-11-30';
}

describe('AppDayAdapter (date fields holding YYYY-MM-DD)', () => {
  afterEach(() => localStorage.removeItem('portal.lang'));

  it('shows the day in the app’s language, re-rendered on the switch, and keeps the string value', async () => {
    const { fixture } = await renderComponent(DayField);
    const input = (fixture.nativeElement as HTMLElement).querySelector('input')!;
    expect(input.value).toBe('2026-11-26');
    TestBed.inject(I18n).toggle();
    await fixture.whenStable();
    expect(input.value).toBe('26 Nov 2026');
    expect(fixture.componentInstance.day.value).toBe('2026-11-26');
  });

  it('reads what the user types in either language’s way into YYYY-MM-DD, and refuses the rest', async () => {
    const { fixture } = await renderComponent(DayField);
    const input = (fixture.nativeElement as HTMLElement).querySelector('input')!;
    const type = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
      return fixture.componentInstance.day;
    };
    expect((await type('2026年11月20日')).value).toBe('2026-11-20');
    expect((await type('21 Nov 2026')).value).toBe('2026-11-21');
    const bad = await type('11/26/2026');
    expect(bad.value).toBeNull();
    expect(bad.hasError('matDatepickerParse')).toBeTrue();
    expect((await type('2026-12-01')).hasError('matDatepickerMax')).toBeTrue();
  });
});
