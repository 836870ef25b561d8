import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, type MatDialog } from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import { COMMON } from '../../core/i18n/text';
import { fieldErrors } from '../../shared/field-errors';
import { DialogSave } from '../../shared/form-dialog/dialog-save';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import type { PlanDialogResult } from './proposed-dialog';
import { PurchasePlansApi, type PlanSource, type PurchasePlan } from './purchase-plans.api';
import { PURCHASE_PLANS_TEXT } from './purchase-plans.text';

export interface DecisionDialogData {
  plan: Pick<PurchasePlan, 'id' | 'version'>;
  source: PlanSource;
  choice: 'cut' | 'defer';
}

/**
 * Cuts a department's request line from the plan, or defers it to next month, with the
 * reason its requester will read beside the line: the reason is required (the API and the
 * database refuse a cut without one too).
 */
@Component({
  selector: 'app-decision-dialog',
  imports: [FORM_DIALOG_IMPORTS],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="decision-save" cancelId="decision-cancel" [save]="save"
      [danger]="cutting" [title]="(cutting ? text.cutTitle : text.deferTitle) | tr" [saveLabel]="(cutting ? text.cutButton : text.deferButton) | tr" minWidth="min(420px, 80vw)">
      <p class="line" data-testid="decision-line">{{ text.decisionLine | tr: line }}</p>
      <mat-form-field appearance="outline">
        <mat-label>{{ text.reason | tr }}</mat-label>
        <textarea matInput formControlName="reason" rows="3" maxlength="500" cdkFocusInitial data-testid="decision-reason"></textarea>
        <mat-hint>{{ text.decisionReasonHint | tr }}</mat-hint>
        <mat-error>{{ error('reason') }}</mat-error>
      </mat-form-field>
    </form>
  `,
  styles: `
    .line { margin: 0 0 12px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionDialog {
  private readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(PurchasePlansApi);
  protected readonly text = PURCHASE_PLANS_TEXT;
  protected readonly save = new DialogSave<PurchasePlan>();
  protected readonly cutting = this.data.choice === 'cut';
  protected readonly line = {
    department: this.data.source.department.name,
    request: this.data.source.requestNumber,
    lineNo: this.data.source.lineNo,
    item: this.data.source.item?.name ?? this.data.source.newItem?.name ?? '',
    quantity: `${this.data.source.quantity} ${this.data.source.item?.uom ?? this.data.source.newItem?.uom ?? ''}`.trim(),
  };

  // Blank is not a reason: whitespace alone fails `required` once trimmed.
  protected readonly form = inject(FormBuilder).nonNullable.group({
    reason: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(500)]],
  });
  protected readonly error = fieldErrors(this.form, { pattern: COMMON.required, maxlength: COMMON.tooLong });

  static open(dialog: MatDialog, data: DecisionDialogData): Observable<PlanDialogResult> {
    return openDialog<PlanDialogResult, DecisionDialogData>(dialog, DecisionDialog, data, '480px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    const reason = this.form.getRawValue().reason.trim();
    this.save.run(this.api.decide(this.data.plan, this.data.source.id!, this.data.choice, reason), this.form, { stale: true });
  }
}
