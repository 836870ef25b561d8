import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { calendarDay, formatFen, parseImportPrice, PLATFORM_LABELS } from '@portal/domain';
import type { Observable } from 'rxjs';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { provideAppDayAdapter } from '../../../core/i18n/app-day-adapter';
import { fieldErrors } from '../../../shared/field-errors';
import { FormDialogBase } from '../../../shared/form-dialog/form-dialog-base';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../../shared/form-dialog/form-dialog';
import { FenPipe } from '../../../shared/money.pipe';
import { PricesApi, type Correction, type Observation } from '../prices.api';
import { PRICES_TEXT } from '../prices.text';

const yuanValidator = (c: { value: string }) => (parseImportPrice(String(c.value ?? '')) === null ? { price: true } : null);

/** Corrects an observation: a new one supersedes it with the reason; the old one stays in the history. */
@Component({
  selector: 'app-correct-dialog',
  imports: [FORM_DIALOG_IMPORTS, MatCheckboxModule, FenPipe, MatDatepickerModule, AppDatePipe],
  // Date fields in the app's language, holding the API's YYYY-MM-DD (not the browser's 11/26/2026).
  providers: [provideAppDayAdapter()],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="correct-save" [save]="save" minWidth="min(460px, 80vw)"
      [title]="text.correctTitle | tr" [saveLabel]="text.correct | tr">
      <p class="what">
        <b>{{ data.itemCode }} {{ data.itemName }}</b> · {{ platformLabels[data.platform] | tr }} {{ data.shopName }}<br />
        {{ data.observedOn | appDate }} · {{ data.priceFen | fen }}
      </p>
      <p class="muted">{{ text.correctHint | tr }}</p>
      <div class="two">
        <app-text-field name="price" [label]="text.price" [errors]="error" testId="correct-price" inputmode="decimal" />
        <mat-form-field appearance="outline">
          <mat-label>{{ text.date | tr }}</mat-label>
          <input matInput [matDatepicker]="observedPicker" formControlName="observedOn" [max]="today" />
          <mat-datepicker-toggle matIconSuffix [for]="observedPicker" />
          <mat-datepicker #observedPicker />
          <mat-error>{{ error('observedOn') }}</mat-error>
        </mat-form-field>
      </div>
      <mat-checkbox formControlName="inStock">{{ text.inStock | tr }}</mat-checkbox>
      <app-text-field name="reason" [label]="text.reason" [errors]="error" testId="correct-reason" />
    </form>
  `,
  styles: `
    .two { display: flex; gap: 12px; }
    .two > * { flex: 1; }
    .muted { color: var(--mat-sys-on-surface-variant); font-size: 13px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CorrectDialog extends FormDialogBase<Observation, Observation> {
  private readonly api = inject(PricesApi);
  protected readonly text = PRICES_TEXT;
  protected readonly platformLabels = PLATFORM_LABELS;
  protected readonly today = calendarDay(new Date());
  protected readonly form = inject(FormBuilder).nonNullable.group({
    price: [formatFen(this.data.priceFen).replace(/,/g, ''), [Validators.required, yuanValidator]],
    observedOn: [this.data.observedOn, Validators.required],
    inStock: [this.data.inStock],
    reason: ['', [Validators.required, Validators.maxLength(500)]],
  });
  protected readonly error = fieldErrors(this.form, { price: PRICES_TEXT.badPrice });

  static open(dialog: MatDialog, o: Observation): Observable<Observation | undefined> {
    return openDialog<Observation, Observation>(dialog, CorrectDialog, o, '500px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    const v = this.form.getRawValue();
    const input: Correction = { priceFen: parseImportPrice(v.price)!, observedOn: v.observedOn, inStock: v.inStock, reason: v.reason.trim() };
    this.save.run(this.api.correct(this.data.id, input), this.form, { aliases: { priceFen: 'price' } });
  }
}
