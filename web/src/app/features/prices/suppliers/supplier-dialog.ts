import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { PLATFORM_LABELS, PLATFORMS, type Platform } from '@portal/domain';
import type { Observable } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import { COMMON } from '../../../core/i18n/text';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { toProblem } from '../../../core/http/problem';
import { Notify } from '../../../core/notify';
import { isStaleVersion, serverError, showServerErrors } from '../../../shared/server-errors';
import { PricesApi, type Supplier } from '../prices.api';
import { PRICES_TEXT } from '../prices.text';

export type SupplierDialogResult = Supplier | 'stale' | undefined;

/** Adds an online shop or edits one; the server's field errors show under their fields. */
@Component({
  selector: 'app-supplier-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, MatProgressBarModule, TrPipe],
  template: `
    <h2 mat-dialog-title>{{ (editing ? text.editSupplier : text.newSupplier) | tr }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content class="fields">
        <mat-form-field appearance="outline">
          <mat-label>{{ text.platform | tr }}</mat-label>
          <mat-select formControlName="platform" data-testid="supplier-platform">
            @for (p of platforms; track p) {<mat-option [value]="p">{{ platformLabels[p] | tr }}</mat-option>}
          </mat-select>
          <mat-error>{{ error('platform') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.shopName | tr }}</mat-label>
          <input matInput formControlName="shopName" autocomplete="off" data-testid="supplier-shop" />
          <mat-error>{{ error('shopName') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.shopUrl | tr }}</mat-label>
          <input matInput formControlName="shopUrl" type="url" autocomplete="off" placeholder="https://" data-testid="supplier-url" />
          <mat-error>{{ error('shopUrl') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.contact | tr }}</mat-label>
          <input matInput formControlName="contact" autocomplete="off" />
          <mat-error>{{ error('contact') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.note | tr }}</mat-label>
          <textarea matInput formControlName="note" rows="2"></textarea>
          <mat-error>{{ error('note') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      @if (busy()) {<mat-progress-bar mode="indeterminate" />}
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ common.cancel | tr }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="supplier-save">{{ common.save | tr }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.mat-mdc-dialog-content.fields { display: flex; flex-direction: column; gap: 4px; min-width: min(460px, 80vw); padding-top: 8px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupplierDialog {
  protected readonly editing = inject<Supplier | null>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<SupplierDialog, SupplierDialogResult>>(MatDialogRef);
  private readonly api = inject(PricesApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = PRICES_TEXT;
  protected readonly common = COMMON;
  protected readonly platforms = PLATFORMS;
  protected readonly platformLabels = PLATFORM_LABELS;
  protected readonly busy = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    platform: [(this.editing?.platform ?? null) as Platform | null, Validators.required],
    shopName: [this.editing?.shopName ?? '', [Validators.required, Validators.maxLength(100)]],
    shopUrl: [this.editing?.shopUrl ?? '', Validators.maxLength(2000)],
    contact: [this.editing?.contact ?? '', Validators.maxLength(200)],
    note: [this.editing?.note ?? '', Validators.maxLength(500)],
  });

  static open(dialog: MatDialog, supplier: Supplier | null): Observable<SupplierDialogResult> {
    return dialog.open<SupplierDialog, Supplier | null, SupplierDialogResult>(SupplierDialog, { data: supplier, width: '500px', maxWidth: '95vw' }).afterClosed();
  }

  protected error(name: keyof typeof this.form.controls): string {
    const c = this.form.controls[name];
    return serverError(c) ?? (c.hasError('required') ? this.i18n.t(COMMON.required) : '');
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const input = { platform: v.platform as Platform, shopName: v.shopName.trim(), shopUrl: v.shopUrl.trim(), contact: v.contact.trim(), note: v.note.trim() };
    this.busy.set(true);
    const request = this.editing ? this.api.updateSupplier(this.editing.id, { ...input, version: this.editing.version }) : this.api.createSupplier(input);
    request.subscribe({
      next: (s) => this.ref.close(s),
      error: (err: unknown) => {
        this.busy.set(false);
        const p = toProblem(err);
        if (isStaleVersion(p)) return this.ref.close('stale');
        if (!showServerErrors(this.form, p)) this.notify.error(err);
      },
    });
  }
}
