import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, type MatDialog } from '@angular/material/dialog';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatSelectModule } from '@angular/material/select';
import type { BuyingUnit } from '@portal/domain';
import type { Observable } from 'rxjs';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';
import { COMMON } from '../../core/i18n/text';
import { fieldErrors } from '../../shared/field-errors';
import { DialogSave } from '../../shared/form-dialog/dialog-save';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { PlanningCalendarApi, type CalendarMonth, type CalendarStatus } from './planning-calendar.api';
import { CALENDAR_STATUS_HINTS, CALENDAR_STATUS_LABELS, PLANNING_CALENDAR_TEXT } from './planning-calendar.text';

export interface MonthDialogData {
  unit: BuyingUnit;
  month: CalendarMonth;
}
export type MonthDialogResult = CalendarMonth | 'stale' | undefined;

const STATUSES = Object.keys(CALENDAR_STATUS_LABELS) as CalendarStatus[];

/** The clerk sets one month's cut-off date and whether it still takes requests. */
@Component({
  selector: 'app-month-dialog',
  imports: [FORM_DIALOG_IMPORTS, MatDatepickerModule, MatSelectModule, AppDatePipe],
  // The date field in the app's language, holding the API's YYYY-MM-DD.
  providers: [provideAppDayAdapter()],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="month-save" cancelId="month-cancel" [save]="save"
      [title]="text.editMonth | tr: { month: (data.month.month | appDate: 'month') }" [saveLabel]="common.save | tr" minWidth="min(360px, 80vw)">
      <mat-form-field appearance="outline">
        <mat-label>{{ text.cutoff | tr }}</mat-label>
        <input matInput [matDatepicker]="picker" formControlName="cutoffOn" data-testid="month-cutoff" />
        <mat-datepicker-toggle matIconSuffix [for]="picker" />
        <mat-datepicker #picker />
        <mat-hint>{{ text.cutoffHint | tr }}</mat-hint>
        <mat-error data-testid="error-cutoff">{{ error('cutoffOn') }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ common.status | tr }}</mat-label>
        <mat-select formControlName="status" data-testid="month-status">
          @for (s of statuses; track s) {
            <mat-option [value]="s" [attr.data-status]="s">{{ labels[s] | tr }}</mat-option>
          }
        </mat-select>
        <mat-hint data-testid="month-status-hint">{{ hints[status()] | tr }}</mat-hint>
        <mat-error data-testid="error-status">{{ error('status') }}</mat-error>
      </mat-form-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonthDialog {
  protected readonly data = inject<MonthDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(PlanningCalendarApi);
  protected readonly text = PLANNING_CALENDAR_TEXT;
  protected readonly common = COMMON;
  protected readonly labels = CALENDAR_STATUS_LABELS;
  protected readonly hints = CALENDAR_STATUS_HINTS;
  protected readonly statuses = STATUSES;
  protected readonly save = new DialogSave<CalendarMonth>();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    cutoffOn: [this.data.month.cutoffOn, Validators.required],
    status: [this.data.month.status, Validators.required],
  });
  protected readonly error = fieldErrors(this.form);
  protected readonly status = toSignal(this.form.controls.status.valueChanges, { initialValue: this.data.month.status });

  static open(dialog: MatDialog, data: MonthDialogData): Observable<MonthDialogResult> {
    return openDialog<MonthDialogResult, MonthDialogData>(dialog, MonthDialog, data, '420px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    const v = this.form.getRawValue();
    const { unit, month } = this.data;
    this.save.run(this.api.save(unit, month.month, { version: month.version, cutoffOn: v.cutoffOn, status: v.status }), this.form, { stale: true });
  }
}
