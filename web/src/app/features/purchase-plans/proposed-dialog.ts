import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MAT_DIALOG_DATA, type MatDialog } from '@angular/material/dialog';
import { quantityProblem, toMilli } from '@portal/domain';
import type { Observable } from 'rxjs';
import { COMMON } from '../../core/i18n/text';
import { fieldErrors } from '../../shared/field-errors';
import { DialogSave } from '../../shared/form-dialog/dialog-save';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { PurchasePlansApi, type PlanLine, type PurchasePlan } from './purchase-plans.api';
import { PURCHASE_PLANS_TEXT } from './purchase-plans.text';

export interface ProposedDialogData {
  plan: Pick<PurchasePlan, 'id' | 'version'>;
  line: PlanLine;
}
/** The plan as saved, 'stale' when someone changed it first, nothing when cancelled. */
export type PlanDialogResult = PurchasePlan | 'stale' | undefined;

/** A quantity as typed: a number, or null for text that is not one. */
function parseQty(text: string): number | null {
  const t = text.trim();
  return t !== '' && /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * The clerk's own quantity to buy for an item. The net figure (requested − stock) is the
 * default; a different figure needs a reason, which the approvers read (the API refuses it
 * without one too). Counted units take whole numbers, measured ones three decimals.
 */
@Component({
  selector: 'app-proposed-dialog',
  imports: [FORM_DIALOG_IMPORTS],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="proposed-save" cancelId="proposed-cancel" [save]="save"
      [title]="text.proposedTitle | tr" [saveLabel]="common.save | tr" minWidth="min(400px, 80vw)">
      <p class="item"><strong>{{ line.item.name }}</strong> <span class="muted">{{ line.item.spec }}</span></p>
      <p class="muted facts" data-testid="proposed-facts">{{ text.proposedFacts | tr: facts }}</p>
      <mat-form-field appearance="outline">
        <mat-label>{{ text.proposedQty | tr: { uom: line.item.uom } }}</mat-label>
        <input matInput formControlName="proposedQty" inputmode="decimal" autocomplete="off" cdkFocusInitial data-testid="proposed-qty" />
        <mat-error>{{ error('proposedQty') }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ text.reason | tr }}</mat-label>
        <textarea matInput formControlName="reason" rows="2" maxlength="500" data-testid="proposed-reason"></textarea>
        <mat-hint>{{ text.proposedReasonHint | tr }}</mat-hint>
        <mat-error>{{ error('reason') }}</mat-error>
      </mat-form-field>
    </form>
  `,
  styles: `
    .item, .facts { margin: 0 0 8px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProposedDialog {
  private readonly data = inject<ProposedDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(PurchasePlansApi);
  protected readonly text = PURCHASE_PLANS_TEXT;
  protected readonly common = COMMON;
  protected readonly save = new DialogSave<PurchasePlan>();
  protected readonly line = this.data.line;
  protected readonly facts = { requested: this.line.requestedQty, stock: this.line.stockQty, netted: this.line.nettedQty, uom: this.line.item.uom };

  /** The domain's rule for the item's unit, zero allowed (the clerk may decide to buy none). */
  private readonly qtyValid = (c: AbstractControl): ValidationErrors | null => {
    const qty = parseQty(String(c.value ?? ''));
    if (String(c.value ?? '').trim() === '') return null;
    if (qty === null) return { notNumber: true };
    const problem = quantityProblem(this.line.item.uom, qty, { allowZero: true });
    return problem ? { [problem]: { uom: this.line.item.uom } } : null;
  };

  /** A figure other than the net one says why. */
  private readonly reasonWhenChanged = (c: AbstractControl): ValidationErrors | null => {
    const qty = parseQty(String(this.form?.controls.proposedQty.value ?? ''));
    if (qty === null || toMilli(qty) === toMilli(this.line.nettedQty)) return null;
    return String(c.value ?? '').trim() ? null : { reasonRequired: { netted: this.line.nettedQty } };
  };

  protected readonly form = inject(FormBuilder).nonNullable.group({
    proposedQty: [String(this.line.proposedQty), [Validators.required, this.qtyValid]],
    reason: [this.line.proposedReason ?? '', [Validators.maxLength(500), this.reasonWhenChanged]],
  });

  protected readonly error = fieldErrors(this.form, {
    notNumber: this.text.notNumber,
    notPositive: this.text.notNegative,
    notWhole: this.text.whole,
    tooPrecise: this.text.decimals,
    tooLarge: this.text.tooLarge,
    reasonRequired: this.text.reasonRequired,
    maxlength: COMMON.tooLong,
  });

  constructor() {
    // The reason's rule follows the quantity: typed back to the net figure, no reason is needed.
    this.form.controls.proposedQty.valueChanges.subscribe(() => {
      this.form.controls.reason.updateValueAndValidity();
      if (this.form.controls.reason.invalid) this.form.controls.reason.markAsTouched();
    });
  }

  static open(dialog: MatDialog, data: ProposedDialogData): Observable<PlanDialogResult> {
    return openDialog<PlanDialogResult, ProposedDialogData>(dialog, ProposedDialog, data, '460px');
  }

  protected submit(): void {
    this.form.controls.reason.updateValueAndValidity();
    if (!this.save.ready(this.form)) return;
    const v = this.form.getRawValue();
    this.save.run(this.api.setProposed(this.data.plan, this.line.id!, parseQty(v.proposedQty)!, v.reason.trim()), this.form, { stale: true });
  }
}
