import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { type MatDialog } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { acceptsRequests, addMonths, BUYING_UNITS, BUYING_UNIT_LABELS, calendarDay, monthOf, type BuyingUnit } from '@portal/domain';
import { catchError, forkJoin, of, startWith, switchMap, type Observable } from 'rxjs';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { COMMON } from '../../core/i18n/text';
import { fieldErrors } from '../../shared/field-errors';
import { DialogSave } from '../../shared/form-dialog/dialog-save';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { PlanningCalendarApi, type CalendarMonth } from '../planning-calendar/planning-calendar.api';
import { CALENDAR_STATUS_LABELS } from '../planning-calendar/planning-calendar.text';
import { PurchaseRequestsApi, type DepartmentRef, type PurchaseRequest } from './purchase-requests.api';
import { PURCHASE_REQUESTS_TEXT } from './purchase-requests.text';

/** This month in the business's time zone (China time), as the API reckons months. */
const thisMonth = () => monthOf(calendarDay(new Date()));

/** The months a request may be started for: this one and the next three. */
const CANDIDATES = 4;

/**
 * The month a new request is for by default: the first open month after this one (the month
 * departments are asking for now), else this month if it is still open.
 */
export function defaultMonth(months: readonly Pick<CalendarMonth, 'month' | 'status'>[], now = thisMonth()): string | null {
  const open = months.filter((m) => acceptsRequests(m.status));
  return (open.find((m) => m.month > now) ?? open[0])?.month ?? null;
}

/**
 * Starts a department's monthly request: which department (a requester usually has one), which
 * buying unit it asks (办公室 or 供应处) and for which month, each month shown with its cut-off;
 * months no longer open cannot be chosen. The API makes the draft (one per department, unit and month).
 */
@Component({
  selector: 'app-new-request-dialog',
  imports: [FORM_DIALOG_IMPORTS, MatSelectModule, AppDatePipe],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="new-request-save" cancelId="new-request-cancel" [save]="save"
      [title]="text.newTitle | tr" [saveLabel]="text.createButton | tr" minWidth="min(380px, 80vw)">
      <p class="hint muted">{{ text.newHint | tr }}</p>
      @if (departments().length > 1) {
        <mat-form-field appearance="outline">
          <mat-label>{{ text.department | tr }}</mat-label>
          <mat-select formControlName="departmentId" data-testid="new-request-department">
            @for (d of departments(); track d.id) {
              <mat-option [value]="d.id">{{ d.name }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ error('departmentId') }}</mat-error>
        </mat-form-field>
      }
      <mat-form-field appearance="outline">
        <mat-label>{{ text.buyingUnit | tr }}</mat-label>
        <mat-select formControlName="buyingUnit" data-testid="new-request-unit">
          @for (u of units; track u) {
            <mat-option [value]="u" [attr.data-unit]="u">{{ unitLabels[u] | tr }}</mat-option>
          }
        </mat-select>
        <mat-error>{{ error('buyingUnit') }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ text.month | tr }}</mat-label>
        <mat-select formControlName="month" data-testid="new-request-month">
          @for (m of months(); track m.month) {
            <mat-option [value]="m.month" [disabled]="!open(m)" [attr.data-month]="m.month">
              {{ m.month | appDate: 'month' }}
              <span class="muted">· {{ text.cutoffOn | tr: { day: (m.cutoffOn | appDate) } }} · {{ statusLabels[m.status] | tr }}</span>
            </mat-option>
          }
        </mat-select>
        <mat-error>{{ error('month') }}</mat-error>
      </mat-form-field>
    </form>
  `,
  styles: `
    .hint { margin: 0 0 12px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewRequestDialog {
  private readonly api = inject(PurchaseRequestsApi);
  private readonly calendar = inject(PlanningCalendarApi);
  protected readonly text = PURCHASE_REQUESTS_TEXT;
  protected readonly common = COMMON;
  protected readonly units = BUYING_UNITS;
  protected readonly unitLabels = BUYING_UNIT_LABELS;
  protected readonly statusLabels = CALENDAR_STATUS_LABELS;
  protected readonly save = new DialogSave<PurchaseRequest>();

  protected readonly form = inject(FormBuilder).group({
    departmentId: [null as number | null, Validators.required],
    buyingUnit: ['OFFICE' as BuyingUnit, Validators.required],
    month: [null as string | null, Validators.required],
  });
  protected readonly error = fieldErrors(this.form);
  protected readonly departments = signal<DepartmentRef[]>([]);

  /** The candidate months of the chosen unit's calendar, with their cut-off and state. */
  protected readonly months = toSignal(
    this.form.controls.buyingUnit.valueChanges.pipe(
      startWith(this.form.controls.buyingUnit.value),
      switchMap((unit) => {
        if (!unit) return of([] as CalendarMonth[]);
        const months = Array.from({ length: CANDIDATES }, (_, i) => addMonths(thisMonth(), i));
        return forkJoin(months.map((m) => this.calendar.month(unit, m))).pipe(catchError(() => of([] as CalendarMonth[])));
      }),
    ),
    { initialValue: [] as CalendarMonth[] },
  );
  protected readonly open = (m: CalendarMonth) => acceptsRequests(m.status);

  constructor() {
    this.api.departments().subscribe({
      next: (list) => {
        this.departments.set(list);
        if (list.length >= 1) this.form.controls.departmentId.setValue(list[0].id);
      },
      error: () => this.departments.set([]),
    });
    // Each unit's calendar picks its own default month: the next open one.
    effect(() => {
      const suggested = defaultMonth(this.months());
      untracked(() => this.form.controls.month.setValue(suggested));
    });
  }

  static open(dialog: MatDialog): Observable<PurchaseRequest | undefined> {
    return openDialog<PurchaseRequest, undefined>(dialog, NewRequestDialog, undefined, '480px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    const v = this.form.getRawValue();
    this.save.run(this.api.create({ departmentId: v.departmentId!, buyingUnit: v.buyingUnit!, month: v.month! }), this.form);
  }
}
