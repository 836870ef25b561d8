import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { PLATFORM_LABELS, PLATFORMS, type Platform } from '@portal/domain';
import type { Observable } from 'rxjs';
import { controlErrors, fieldErrors } from '../../../shared/field-errors';
import { FormDialogBase } from '../../../shared/form-dialog/form-dialog-base';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../../shared/form-dialog/form-dialog';
import { filterOptions } from '../../../shared/list-frame/select-filter';
import { PricesApi, type Supplier } from '../prices.api';
import { PRICES_TEXT } from '../prices.text';

export type SupplierDialogResult = Supplier | 'stale' | undefined;

/** Adds an online shop or edits one; the server's field errors show under their fields. */
@Component({
  selector: 'app-supplier-dialog',
  imports: [FORM_DIALOG_IMPORTS],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="supplier-save" [save]="save" minWidth="min(460px, 80vw)"
      [title]="(editing ? text.editSupplier : text.newSupplier) | tr" [saveLabel]="common.save | tr">
      <app-select-field name="platform" [label]="text.platform" [options]="platformOptions" [errors]="error" testId="supplier-platform" />
      <app-text-field name="shopName" [label]="text.shopName" [errors]="error" testId="supplier-shop" />
      <app-text-field name="shopUrl" [label]="text.shopUrl" [errors]="error" testId="supplier-url" type="url" placeholder="https://" />
      <app-text-field name="contact" [label]="text.contact" [errors]="error" />
      <mat-form-field appearance="outline">
        <mat-label>{{ text.note | tr }}</mat-label>
        <textarea matInput formControlName="note" rows="2"></textarea>
        <mat-error>{{ error('note') }}</mat-error>
      </mat-form-field>
      <h3 class="section">{{ text.companySection | tr }}</h3>
      <div formGroupName="company">
        <app-text-field name="legalName" [label]="text.legalName" [errors]="companyError" testId="supplier-legal-name" />
        <app-text-field name="taxpayerId" [label]="text.taxpayerId" [errors]="companyError" testId="supplier-taxpayer-id" maxlength="18" />
        <app-text-field name="address" [label]="text.companyAddress" [errors]="companyError" />
        <app-text-field name="phone" [label]="text.companyPhone" [errors]="companyError" />
        <app-text-field name="bankName" [label]="text.bankName" [errors]="companyError" />
        <app-text-field name="bankAccount" [label]="text.bankAccount" [errors]="companyError" />
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupplierDialog extends FormDialogBase<Supplier | null, Supplier> {
  protected readonly editing = this.data;
  private readonly api = inject(PricesApi);
  protected readonly text = PRICES_TEXT;
  protected readonly platformOptions = filterOptions(PLATFORMS, PLATFORM_LABELS);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    platform: [(this.editing?.platform ?? null) as Platform | null, Validators.required],
    shopName: [this.editing?.shopName ?? '', [Validators.required, Validators.maxLength(100)]],
    shopUrl: [this.editing?.shopUrl ?? '', Validators.maxLength(2000)],
    contact: [this.editing?.contact ?? '', Validators.maxLength(200)],
    note: [this.editing?.note ?? '', Validators.maxLength(500)],
    // The B2B company details an e-contract names (issue 15); each may stay empty.
    company: inject(FormBuilder).nonNullable.group({
      legalName: [this.editing?.company.legalName ?? '', Validators.maxLength(200)],
      taxpayerId: [this.editing?.company.taxpayerId ?? '', Validators.maxLength(18)],
      address: [this.editing?.company.address ?? '', Validators.maxLength(300)],
      phone: [this.editing?.company.phone ?? '', Validators.maxLength(50)],
      bankName: [this.editing?.company.bankName ?? '', Validators.maxLength(100)],
      bankAccount: [this.editing?.company.bankAccount ?? '', Validators.maxLength(50)],
    }),
  });
  protected readonly error = fieldErrors(this.form);
  private readonly companyMessage = controlErrors();
  protected readonly companyError = (field: string) => this.companyMessage(this.form.controls.company.get(field)!, field);

  static open(dialog: MatDialog, supplier: Supplier | null): Observable<SupplierDialogResult> {
    return openDialog<SupplierDialogResult, Supplier | null>(dialog, SupplierDialog, supplier, '500px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    const v = this.form.getRawValue();
    const company = {
      legalName: v.company.legalName.trim() || null,
      taxpayerId: v.company.taxpayerId.trim() || null,
      address: v.company.address.trim() || null,
      phone: v.company.phone.trim() || null,
      bankName: v.company.bankName.trim() || null,
      bankAccount: v.company.bankAccount.trim() || null,
    };
    const input = { platform: v.platform as Platform, shopName: v.shopName.trim(), shopUrl: v.shopUrl.trim(), contact: v.contact.trim(), note: v.note.trim(), company };
    const request = this.editing ? this.api.updateSupplier(this.editing.id, { ...input, version: this.editing.version }) : this.api.createSupplier(input);
    this.save.run(request, this.form, { stale: true });
  }
}
