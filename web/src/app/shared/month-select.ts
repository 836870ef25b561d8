import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule, type MatSelect } from '@angular/material/select';
import { addMonths } from '@portal/domain';
import { AppDatePipe } from '../core/i18n/app-date.pipe';
import type { Text } from '../core/i18n/text';
import { TrPipe } from '../core/i18n/tr.pipe';

/** The months around `center`, newest first: `ahead` months after it down to `back` before it. */
export function monthsAround(center: string, back: number, ahead: number): string[] {
  return Array.from({ length: back + ahead + 1 }, (_, i) => addMonths(center, ahead - i));
}

/**
 * A month picker in the app's language (2026年11月 / Nov 2026), not the browser's: a native
 * `<input type=month>` follows the browser's locale and reads "November 2026" on a Chinese
 * screen (issue 11). It emits the picked YYYY-MM; the owner decides whether the move happens,
 * and the picker always shows `value`, so a cancelled move leaves the month on screen.
 */
@Component({
  selector: 'app-month-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormFieldModule, MatSelectModule, AppDatePipe, TrPipe],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() | tr }}</mat-label>
      <mat-select
        #select
        [value]="value()"
        (selectionChange)="pick($event.value, select)"
        [attr.data-testid]="testId()"
        [attr.data-value]="value()"
      >
        @for (m of choices(); track m) {
          <mat-option [value]="m" [attr.data-month]="m">{{ m | appDate: 'month' }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host { display: block; }
    mat-form-field { width: 100%; }
  `,
})
export class MonthSelect {
  readonly label = input.required<Text>();
  readonly value = input.required<string>();
  /** The months offered, newest first; `value` is added where it falls outside them. */
  readonly months = input.required<readonly string[]>();
  readonly testId = input('month');
  readonly picked = output<string>();

  protected readonly choices = computed(() => {
    const months = this.months();
    const v = this.value();
    return !v || months.includes(v) ? months : [...months, v].sort((a, b) => b.localeCompare(a));
  });

  protected pick(month: string, select: MatSelect): void {
    this.picked.emit(month);
    // Shown again from `value`: if the owner moves, `value` follows; if not, the old month stays.
    select.value = this.value();
  }
}
