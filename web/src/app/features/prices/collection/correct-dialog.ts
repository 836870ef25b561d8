import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { calendarDay, formatFen, parseImportPrice, PLATFORM_LABELS } from '@portal/domain';
import type { Observable } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import { COMMON } from '../../../core/i18n/text';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { toProblem } from '../../../core/http/problem';
import { Notify } from '../../../core/notify';
import { FenPipe } from '../../../shared/money.pipe';
import { serverError, showServerErrors } from '../../../shared/server-errors';
import { PricesApi, type Correction, type Observation } from '../prices.api';
import { PRICES_TEXT } from '../prices.text';

const yuanValidator = (c: { value: string }) => (parseImportPrice(String(c.value ?? '')) === null ? { price: true } : null);

/** Corrects an observation: a new one supersedes it with the reason; the old one stays in the history. */
@Component({
  selector: 'app-correct-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatCheckboxModule, MatButtonModule, MatProgressBarModule, TrPipe, FenPipe],
  template: `
    <h2 mat-dialog-title>{{ text.correctTitle | tr }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content class="fields">
        <p class="what">
          <b>{{ o.itemCode }} {{ o.itemName }}</b> · {{ platformLabels[o.platform] | tr }} {{ o.shopName }}<br />
          {{ o.observedOn }} · {{ o.priceFen | fen }}
        </p>
        <p class="muted">{{ text.correctHint | tr }}</p>
        <div class="two">
          <mat-form-field appearance="outline">
            <mat-label>{{ text.price | tr }}</mat-label>
            <input matInput formControlName="price" inputmode="decimal" autocomplete="off" data-testid="correct-price" />
            <mat-error>{{ error('price') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ text.date | tr }}</mat-label>
            <input matInput type="date" formControlName="observedOn" [max]="today" />
            <mat-error>{{ error('observedOn') }}</mat-error>
          </mat-form-field>
        </div>
        <mat-checkbox formControlName="inStock">{{ text.inStock | tr }}</mat-checkbox>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.reason | tr }}</mat-label>
          <input matInput formControlName="reason" autocomplete="off" data-testid="correct-reason" />
          <mat-error>{{ error('reason') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      @if (busy()) {<mat-progress-bar mode="indeterminate" />}
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ common.cancel | tr }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="correct-save">{{ text.correct | tr }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .mat-mdc-dialog-content.fields { display: flex; flex-direction: column; gap: 4px; min-width: min(460px, 80vw); }
    .two { display: flex; gap: 12px; }
    .two mat-form-field { flex: 1; }
    .muted { color: var(--mat-sys-on-surface-variant); font-size: 13px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CorrectDialog {
  protected readonly o = inject<Observation>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<CorrectDialog, Observation>>(MatDialogRef);
  private readonly api = inject(PricesApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = PRICES_TEXT;
  protected readonly common = COMMON;
  protected readonly platformLabels = PLATFORM_LABELS;
  protected readonly today = calendarDay(new Date());
  protected readonly busy = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    price: [formatFen(this.o.priceFen).replace(/,/g, ''), [Validators.required, yuanValidator]],
    observedOn: [this.o.observedOn, Validators.required],
    inStock: [this.o.inStock],
    reason: ['', [Validators.required, Validators.maxLength(500)]],
  });

  static open(dialog: MatDialog, o: Observation): Observable<Observation | undefined> {
    return dialog.open<CorrectDialog, Observation, Observation>(CorrectDialog, { data: o, width: '500px', maxWidth: '95vw' }).afterClosed();
  }

  protected error(name: keyof typeof this.form.controls): string {
    const c = this.form.controls[name];
    const server = serverError(c);
    if (server) return server;
    if (c.hasError('required')) return this.i18n.t(COMMON.required);
    if (c.hasError('price')) return this.i18n.t(PRICES_TEXT.badPrice);
    return '';
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const input: Correction = { priceFen: parseImportPrice(v.price)!, observedOn: v.observedOn, inStock: v.inStock, reason: v.reason.trim() };
    this.busy.set(true);
    this.api.correct(this.o.id, input).subscribe({
      next: (o) => this.ref.close(o),
      error: (err: unknown) => {
        this.busy.set(false);
        if (!showServerErrors(this.form, toProblem(err), { priceFen: 'price' })) this.notify.error(err);
      },
    });
  }
}
