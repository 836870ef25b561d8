import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog } from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import { COMMON } from '../../core/i18n/text';
import { fieldErrors } from '../../shared/field-errors';
import { DialogSave } from '../../shared/form-dialog/dialog-save';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { PurchaseOrdersApi, type PurchaseOrder } from './purchase-orders.api';
import { PURCHASE_ORDERS_TEXT } from './purchase-orders.text';

interface CancelData {
  id: number;
  number: string;
  version: number;
}

/**
 * 取消订单: confirms what cancelling does (the quantities go back to the plan, a contract awaiting
 * confirmation is void) and asks why; the server refuses, naming the reason, once anything was
 * delivered, invoiced, paid or requested, and refuses a stale version.
 */
@Component({
  selector: 'app-cancel-order-dialog',
  imports: [FORM_DIALOG_IMPORTS],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="cancel-order-save" [save]="save" [danger]="true" minWidth="min(420px, 80vw)"
      [title]="text.cancelTitle | tr: { number: data.number }" [saveLabel]="text.cancelOrder | tr">
      <p class="muted">{{ text.cancelHint | tr }}</p>
      <mat-form-field appearance="outline">
        <mat-label>{{ text.cancelReason | tr }}</mat-label>
        <textarea matInput formControlName="reason" rows="3" maxlength="500" cdkFocusInitial data-testid="cancel-order-reason"></textarea>
        <mat-error data-testid="error-reason">{{ error('reason') }}</mat-error>
      </mat-form-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CancelOrderDialog {
  protected readonly data = inject<CancelData>(MAT_DIALOG_DATA);
  private readonly api = inject(PurchaseOrdersApi);
  protected readonly text = PURCHASE_ORDERS_TEXT;
  protected readonly save = new DialogSave<PurchaseOrder>();
  // Whitespace alone is no reason: the API trims it away and would refuse it the same way.
  protected readonly form = inject(FormBuilder).nonNullable.group({ reason: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(500)]] });
  protected readonly error = fieldErrors(this.form, { maxlength: COMMON.tooLong, pattern: COMMON.required });

  static open(dialog: MatDialog, data: CancelData): Observable<PurchaseOrder | 'stale' | undefined> {
    return openDialog<PurchaseOrder | 'stale', CancelData>(dialog, CancelOrderDialog, data, '480px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    this.save.run(this.api.cancel(this.data.id, { version: this.data.version, reason: this.form.getRawValue().reason.trim() }), this.form, { stale: true });
  }
}
