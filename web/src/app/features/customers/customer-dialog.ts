import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { isValidUscc, normalizeUscc } from '@portal/domain';
import { map, type Observable } from 'rxjs';
import { COMMON } from '../../core/i18n/text';
import { fieldErrors } from '../../shared/field-errors';
import { FormDialogBase } from '../../shared/form-dialog/form-dialog-base';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { CustomersApi, type Customer, type CustomerFields } from './customers.api';
import { CUSTOMERS_TEXT } from './customers.text';
import { USCC_TEXT, usccValidator, type UsccProblem } from './uscc.validator';

export type CustomerDialogData = { customer?: Customer };
export type CustomerDialogResult = Customer | 'stale' | undefined;

/** Creates or edits a customer; the credit code is checked while it is typed, by the API's own rule. */
@Component({
  selector: 'app-customer-dialog',
  imports: [FORM_DIALOG_IMPORTS, MatIconModule, MatSlideToggleModule],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="customer-save" [save]="save"
      [title]="(editing ? text.editTitle : text.createTitle) | tr" [saveLabel]="(editing ? common.save : common.create) | tr">
      <app-text-field name="name" [label]="text.name" [errors]="error" testId="customer-name" maxlength="200" focusInitial [placeholder]="text.namePlaceholder | tr" />
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="uscc">
        <mat-label>{{ text.uscc | tr }}</mat-label>
        <input
          matInput
          formControlName="uscc"
          autocomplete="off"
          spellcheck="false"
          maxlength="24"
          class="code"
          (blur)="tidyUscc()"
          data-testid="customer-uscc"
        />
        @if (usccOk()) {
          <mat-icon matSuffix class="ok" [attr.aria-label]="text.usccOk | tr" data-testid="uscc-ok">check_circle</mat-icon>
        }
        <mat-hint>{{ (usccOk() ? text.usccOk : text.usccHint) | tr }}</mat-hint>
        <mat-error data-testid="error-uscc">{{ error('uscc') }}</mat-error>
      </mat-form-field>
      <div class="row">
        <app-text-field name="contact" [label]="text.contact" [errors]="error" testId="customer-contact" maxlength="100" />
        <app-text-field name="phone" [label]="text.phone" [errors]="error" testId="customer-phone" maxlength="50" type="tel" />
      </div>
      <app-text-field name="address" [label]="text.address" [errors]="error" testId="customer-address" maxlength="300" />
      @if (editing) {
        <mat-slide-toggle formControlName="active" data-testid="customer-active">{{ text.activeToggle | tr }}</mat-slide-toggle>
      }
    </form>
  `,
  styles: `
    .row { display: flex; gap: 12px; flex-wrap: wrap; }
    .row > * { flex: 1 1 180px; }
    .code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; letter-spacing: 0.04em; }
    .ok { color: var(--mat-sys-primary); margin-inline-end: 8px; }
    .uscc { margin-bottom: 16px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CustomerDialog extends FormDialogBase<CustomerDialogData, Customer> {
  private readonly api = inject(CustomersApi);
  protected readonly text = CUSTOMERS_TEXT;
  protected readonly editing = this.data.customer ?? null;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [this.editing?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    uscc: [this.editing?.uscc ?? '', [usccValidator]],
    contact: [this.editing?.contact ?? '', [Validators.maxLength(100)]],
    // Free text, as the API keeps it: '010-8888 6666 转 8001' is a phone number too.
    phone: [this.editing?.phone ?? '', [Validators.maxLength(50)]],
    address: [this.editing?.address ?? '', [Validators.maxLength(300)]],
    active: [this.editing?.active ?? true],
  });

  protected readonly error = fieldErrors(this.form, {
    uscc: (problem: UsccProblem) => USCC_TEXT[problem.kind],
    maxlength: COMMON.tooLong,
  });

  /** A tick beside the code as soon as it is complete and right. */
  protected readonly usccOk = toSignal(
    this.form.controls.uscc.valueChanges.pipe(map((v) => isValidUscc(normalizeUscc(v)))),
    { initialValue: !!this.editing?.uscc && isValidUscc(this.editing.uscc) },
  );

  constructor() {
    super();
    // Live: the complaint shows while typing, not only after leaving the field.
    this.form.controls.uscc.valueChanges.subscribe(() => this.form.controls.uscc.markAsTouched());
  }

  static open(dialog: MatDialog, data: CustomerDialogData): Observable<CustomerDialogResult> {
    return openDialog<CustomerDialogResult, CustomerDialogData>(dialog, CustomerDialog, data, '560px');
  }

  /** Shows the code as it will be stored: capitals, no spaces. */
  protected tidyUscc(): void {
    const c = this.form.controls.uscc;
    const tidy = normalizeUscc(c.value);
    if (tidy !== c.value) c.setValue(tidy);
  }

  protected submit(): void {
    if (this.save.busy()) return;
    this.tidyUscc();
    if (!this.save.ready(this.form)) return;
    const v = this.form.getRawValue();
    const fields: CustomerFields = {
      name: v.name.trim(),
      uscc: normalizeUscc(v.uscc) || null,
      contact: v.contact.trim(),
      phone: v.phone.trim(),
      address: v.address.trim(),
    };
    const request = this.editing
      ? this.api.update(this.editing.id, { version: this.editing.version, ...fields, active: v.active })
      : this.api.create(fields);
    this.save.run(request, this.form, { stale: !!this.editing, aliases: { customers_uscc: 'uscc' } });
  }
}
