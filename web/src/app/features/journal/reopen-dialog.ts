import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog } from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import { COMMON } from '../../core/i18n/text';
import { fieldErrors } from '../../shared/field-errors';
import { DialogSave } from '../../shared/form-dialog/dialog-save';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { JournalApi, type AccountingPeriod } from './journal.api';
import { JOURNAL_TEXT } from './journal.text';

/** 反结账: a closed month opens again, with a reason the audit trail keeps. */
@Component({
  selector: 'app-reopen-dialog',
  imports: [FORM_DIALOG_IMPORTS],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="reopen-save" [save]="save" minWidth="min(420px, 80vw)"
      [title]="text.reopenTitle | tr: { period: period.period.slice(0, 7) }" [saveLabel]="text.reopen | tr">
      <app-text-field name="reason" [label]="text.reason" [hint]="text.reopenHint" [errors]="error" testId="reopen-reason" maxlength="500" focusInitial />
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReopenDialog {
  protected readonly period = inject<AccountingPeriod>(MAT_DIALOG_DATA);
  private readonly api = inject(JournalApi);
  protected readonly text = JOURNAL_TEXT;
  protected readonly save = new DialogSave<AccountingPeriod>();
  protected readonly form = inject(FormBuilder).nonNullable.group({ reason: ['', [Validators.required, Validators.maxLength(500)]] });
  protected readonly error = fieldErrors(this.form, { maxlength: COMMON.tooLong });

  static open(dialog: MatDialog, period: AccountingPeriod): Observable<AccountingPeriod | undefined> {
    return openDialog<AccountingPeriod, AccountingPeriod>(dialog, ReopenDialog, period, '480px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    this.save.run(this.api.movePeriod(this.period.period, 'reopen', this.form.getRawValue().reason.trim()), this.form);
  }
}
