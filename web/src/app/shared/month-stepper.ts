import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { addMonths } from '@portal/domain';
import type { Text } from '../core/i18n/text';
import { TrPipe } from '../core/i18n/tr.pipe';
import { MonthSelect } from './month-select';
import { SHARED_TEXT } from './shared.text';

/**
 * A page's month: ‹ the month picker ›. The arrows step one month back or on; like the picker,
 * they only emit the month asked for and the owner decides whether the move happens.
 */
@Component({
  selector: 'app-month-stepper',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, TrPipe, MonthSelect],
  template: `
    <div class="month-nav" role="group" [attr.aria-label]="label() | tr">
      <button mat-icon-button (click)="picked.emit(step(-1))" [attr.aria-label]="text.prevMonth | tr" [matTooltip]="text.prevMonth | tr" data-testid="month-prev">
        <mat-icon>chevron_left</mat-icon>
      </button>
      <app-month-select class="month" [label]="label()" [value]="value()" [months]="months()" (picked)="picked.emit($event)" [testId]="testId()" />
      <button mat-icon-button (click)="picked.emit(step(1))" [attr.aria-label]="text.nextMonth | tr" [matTooltip]="text.nextMonth | tr" data-testid="month-next">
        <mat-icon>chevron_right</mat-icon>
      </button>
    </div>
  `,
  styles: `
    .month-nav { display: flex; align-items: center; gap: 4px; }
    .month { width: 180px; }
    @media (max-width: 600px) { .month { width: 150px; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonthStepper {
  readonly label = input.required<Text>();
  /** The month shown, YYYY-MM. */
  readonly value = input.required<string>();
  /** The months the picker offers, newest first (see MonthSelect). */
  readonly months = input.required<readonly string[]>();
  readonly testId = input('month');
  readonly picked = output<string>();

  protected readonly text = SHARED_TEXT;

  protected step(by: number): string {
    return addMonths(this.value(), by);
  }
}
