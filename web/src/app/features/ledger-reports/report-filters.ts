import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { LEDGER_REPORTS_TEXT } from './ledger-reports.text';
import { ReportOptionsStore } from './report-options';
import type { ReportBar } from './report-state';

/**
 * The bar above every report: its own fields (projected), then unit and customer, then the
 * Excel export of exactly what is on screen; the report's progress bar beneath. A branch
 * reader is offered its own branch only; the server applies the same scope whatever is asked.
 */
@Component({
  selector: 'app-report-filters',
  imports: [MatFormFieldModule, MatSelectModule, MatButtonModule, MatIconModule, MatProgressBarModule, TrPipe],
  template: `
    <div class="bar">
      <ng-content />
      @if (withUnit()) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ text.unit | tr }}</mat-label>
          <mat-select [value]="state().unit()" (selectionChange)="state().unit.set($event.value)" [attr.data-testid]="testId() + '-unit'">
            <mat-option [value]="null">{{ text.anyUnit | tr }}</mat-option>
            @for (u of store.options().units; track u.id) {
              <mat-option [value]="u.id">{{ u.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ text.customer | tr }}</mat-label>
        <mat-select [value]="state().customer()" (selectionChange)="state().customer.set($event.value)" [attr.data-testid]="testId() + '-customer'">
          <mat-option [value]="null">{{ text.anyCustomer | tr }}</mat-option>
          @for (c of store.options().customers; track c.id) {
            <mat-option [value]="c.id">{{ c.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <span class="grow"></span>
      <button mat-stroked-button type="button" (click)="state().download()" [disabled]="state().downloading()" [attr.data-testid]="testId() + '-xlsx'">
        <mat-icon>download</mat-icon>{{ text.xlsx | tr }}
      </button>
    </div>
    <div class="progress">
      @if (state().loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
  `,
  styles: `
    :host { display: block; }
    .progress { height: 4px; }
    .bar { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin-bottom: 12px; }
    mat-form-field { width: 180px; }
    .grow { flex: 1; }
    @media (max-width: 600px) {
      mat-form-field, ::ng-deep .bar > app-month-select, ::ng-deep .bar > mat-form-field { width: calc(50% - 6px); }
      button { width: 100%; }
      .grow { display: none; }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportFilters {
  protected readonly store = inject(ReportOptionsStore);
  protected readonly text = LEDGER_REPORTS_TEXT;
  /** The page's report (ledgerReport): its unit and customer, whether it is loading, its export. */
  readonly state = input.required<ReportBar>();
  readonly withUnit = input(true);
  readonly testId = input('report');
}
