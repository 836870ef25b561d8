import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatDatepickerModule } from '@angular/material/datepicker';
import {
  calendarDay,
  IGNORED_POINTS,
  PENALTY_KIND_LABELS,
  PENALTY_KINDS,
  PLATFORM_LABELS,
  RECTIFIED_POINTS,
  SUPPLIER_STANDING_LABELS,
  VIOLATION_POINTS,
  type PenaltyKind,
} from '@portal/domain';
import type { Observable } from 'rxjs';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { provideAppDayAdapter } from '../../../core/i18n/app-day-adapter';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { Notify } from '../../../core/notify';
import { fieldErrors } from '../../../shared/field-errors';
import { FormDialogBase } from '../../../shared/form-dialog/form-dialog-base';
import { openDialog } from '../../../shared/form-dialog/form-dialog';
import { TypedCell } from '../../../shared/typed-cell';
import { PricesApi, type Supplier, type Violation } from '../prices.api';
import { PRICES_TEXT } from '../prices.text';
import { standingReason } from './standing-reason';

export interface ViolationDialogData {
  supplier: Supplier;
  canEdit: boolean;
}

const RANGES: Record<PenaltyKind, { min: number; max: number }> = {
  violation: VIOLATION_POINTS,
  rectified: RECTIFIED_POINTS,
  rectification_ignored: IGNORED_POINTS,
};

/** A supplier's penalty record and standing; the clerk records a violation or a rectification outcome here. */
@Component({
  selector: 'app-violation-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, MatProgressBarModule, MatTableModule, TypedCell, TrPipe, MatDatepickerModule, AppDatePipe],
  // Date fields in the app's language, holding the API's YYYY-MM-DD (not the browser's 11/26/2026).
  providers: [provideAppDayAdapter()],
  template: `
    <h2 mat-dialog-title>{{ platformLabels[supplier().platform] | tr }} · {{ supplier().shopName }}</h2>
    <mat-dialog-content class="content">
      <p class="standing" [class.bad]="supplier().standing.status !== 'active'" data-testid="violation-standing">
        <b>{{ standingLabels[supplier().standing.status] | tr }}</b> — {{ reason().text | tr: reason().params }}
      </p>
      <h3>{{ text.violations | tr }}</h3>
      @if (events().length === 0) {
        <p class="muted">{{ text.noViolations | tr }}</p>
      } @else {
        <table mat-table [dataSource]="events()" class="events">
          <ng-container matColumnDef="occurredOn">
            <th mat-header-cell *matHeaderCellDef>{{ text.occurredOn | tr }}</th>
            <td mat-cell *matCellDef="let e; of: events()" class="nowrap">{{ e.occurredOn | appDate }}</td>
          </ng-container>
          <ng-container matColumnDef="kind">
            <th mat-header-cell *matHeaderCellDef>{{ text.kind | tr }}</th>
            <td mat-cell *matCellDef="let e; of: events()" class="nowrap">{{ kindLabels[e.kind] | tr }}</td>
          </ng-container>
          <ng-container matColumnDef="points">
            <th mat-header-cell *matHeaderCellDef class="num">±</th>
            <td mat-cell *matCellDef="let e; of: events()" class="num">{{ e.kind === 'rectified' ? '−' : '+' }}{{ e.points }}</td>
          </ng-container>
          <ng-container matColumnDef="reason">
            <th mat-header-cell *matHeaderCellDef>{{ text.reason | tr }}</th>
            <td mat-cell *matCellDef="let e; of: events()">
              {{ e.reason }}
              @if (e.rectifyBy) {<div class="muted small">{{ text.rectifyBy | tr }} {{ e.rectifyBy | appDate }}</div>}
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="cols"></tr>
          <tr mat-row *matRowDef="let e; columns: cols"></tr>
        </table>
      }
      @if (data.canEdit && supplier().standing.status !== 'terminated') {
        <h3>{{ text.recordViolation | tr }}</h3>
        <form [formGroup]="form" (ngSubmit)="submit()" id="violation-form" class="fields">
          <div class="two">
            <mat-form-field appearance="outline">
              <mat-label>{{ text.kind | tr }}</mat-label>
              <mat-select formControlName="kind" data-testid="violation-kind">
                @for (k of kinds; track k) {<mat-option [value]="k">{{ kindLabels[k] | tr }}</mat-option>}
              </mat-select>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ text.pointsField | tr }}</mat-label>
              <input matInput type="number" formControlName="points" [min]="range().min" [max]="range().max" data-testid="violation-points" />
              <mat-hint>{{ text.pointsRange | tr: range() }}</mat-hint>
              <mat-error>{{ error('points') }}</mat-error>
            </mat-form-field>
          </div>
          <mat-form-field appearance="outline">
            <mat-label>{{ text.reason | tr }}</mat-label>
            <textarea matInput formControlName="reason" rows="2" data-testid="violation-reason"></textarea>
            <mat-error>{{ error('reason') }}</mat-error>
          </mat-form-field>
          <div class="two">
            <mat-form-field appearance="outline">
              <mat-label>{{ text.occurredOn | tr }}</mat-label>
              <input matInput [matDatepicker]="occurredPicker" formControlName="occurredOn" [max]="today" />
              <mat-datepicker-toggle matIconSuffix [for]="occurredPicker" />
              <mat-datepicker #occurredPicker />
              <mat-error>{{ error('occurredOn') }}</mat-error>
            </mat-form-field>
            @if (kind() !== 'rectified') {
              <mat-form-field appearance="outline">
                <mat-label>{{ text.rectifyBy | tr }}</mat-label>
                <input matInput [matDatepicker]="rectifyPicker" formControlName="rectifyBy" />
                <mat-datepicker-toggle matIconSuffix [for]="rectifyPicker" />
                <mat-datepicker #rectifyPicker />
                <mat-hint>{{ text.rectifyByHint | tr }}</mat-hint>
                <mat-error>{{ error('rectifyBy') }}</mat-error>
              </mat-form-field>
            }
          </div>
        </form>
      }
    </mat-dialog-content>
    @if (save.busy()) {<mat-progress-bar mode="indeterminate" />}
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="recorded">{{ common.close | tr }}</button>
      @if (data.canEdit && supplier().standing.status !== 'terminated') {
        <button mat-flat-button type="submit" form="violation-form" [disabled]="save.busy()" data-testid="violation-save">{{ text.recordViolation | tr }}</button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .content { min-width: min(640px, 85vw); }
    .standing { padding: 8px 12px; border-radius: 8px; background: var(--mat-sys-surface-container); }
    .standing.bad { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    h3 { font: var(--mat-sys-title-small); margin: 16px 0 8px; }
    .events { width: 100%; }
    .fields { display: flex; flex-direction: column; gap: 4px; padding-top: 4px; }
    .two { display: flex; gap: 12px; }
    .two mat-form-field { flex: 1; }
    .muted { color: var(--mat-sys-on-surface-variant); }
    .small { font-size: 12px; }
    .num { text-align: end; }
    .nowrap { white-space: nowrap; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ViolationDialog extends FormDialogBase<ViolationDialogData, unknown> {
  private readonly ref = inject<MatDialogRef<ViolationDialog, boolean>>(MatDialogRef);
  private readonly api = inject(PricesApi);
  private readonly notify = inject(Notify);
  protected readonly text = PRICES_TEXT;
  protected readonly kinds = PENALTY_KINDS;
  protected readonly kindLabels = PENALTY_KIND_LABELS;
  protected readonly platformLabels = PLATFORM_LABELS;
  protected readonly standingLabels = SUPPLIER_STANDING_LABELS;
  protected readonly cols = ['occurredOn', 'kind', 'points', 'reason'];
  protected readonly today = calendarDay(new Date());
  protected readonly supplier = signal<Supplier>(this.data.supplier);
  protected readonly events = signal<Violation[]>([]);
  protected readonly reason = computed(() => standingReason(this.supplier().standing, this.supplier().active));
  protected recorded = false;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: ['violation' as PenaltyKind],
    points: [10, [Validators.required]],
    reason: ['', [Validators.required, Validators.maxLength(500)]],
    occurredOn: [this.today, Validators.required],
    rectifyBy: [''],
  });
  protected readonly error = fieldErrors(this.form);
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: 'violation' as PenaltyKind });
  protected readonly range = computed(() => RANGES[this.kind()]);

  constructor() {
    super();
    this.load();
  }

  static open(dialog: MatDialog, data: ViolationDialogData): Observable<boolean | undefined> {
    return openDialog<boolean, ViolationDialogData>(dialog, ViolationDialog, data, '720px');
  }

  private load(): void {
    this.api.violations(this.data.supplier.id).subscribe({
      next: (v) => {
        this.events.set(v.items);
        this.supplier.set(v.supplier);
      },
      error: (err: unknown) => this.notify.error(err),
    });
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    const v = this.form.getRawValue();
    const request = this.api.recordViolation(this.data.supplier.id, {
      kind: v.kind,
      points: Number(v.points),
      reason: v.reason.trim(),
      occurredOn: v.occurredOn || undefined,
      rectifyBy: v.kind !== 'rectified' && v.rectifyBy ? v.rectifyBy : undefined,
    });
    // The dialog stays open on the record it just grew, ready for the next entry.
    this.save.run(request, this.form, {
      done: () => {
        this.recorded = true;
        this.form.reset({ kind: 'violation', points: 10, reason: '', occurredOn: this.today, rectifyBy: '' });
        this.load();
      },
    });
  }

  /** Closing tells the list whether to reload. */
  close(): void {
    this.ref.close(this.recorded);
  }
}
