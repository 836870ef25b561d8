import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog } from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import { COMMON } from '../../core/i18n/text';
import { fieldErrors } from '../../shared/field-errors';
import { DialogSave } from '../../shared/form-dialog/dialog-save';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { CollectionsApi, type AdCollection } from './collections.api';
import { COLLECTIONS_TEXT } from './collections.text';

/** 冲销: the reason, then a reversing voucher dated today; the server refuses a second reversal. */
@Component({
  selector: 'app-reverse-collection-dialog',
  imports: [FORM_DIALOG_IMPORTS],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="reverse-save" [save]="save" [danger]="true" minWidth="min(420px, 80vw)"
      [title]="text.reverseTitle | tr: { number: data.number }" [saveLabel]="text.reverse | tr">
      <p class="muted">{{ text.reverseHint | tr }}</p>
      <mat-form-field appearance="outline">
        <mat-label>{{ text.reason | tr }}</mat-label>
        <input matInput formControlName="reason" autocomplete="off" maxlength="500" cdkFocusInitial data-testid="reverse-reason" />
        <mat-hint>{{ text.reasonHint | tr }}</mat-hint>
        <mat-error data-testid="error-reason">{{ error('reason') }}</mat-error>
      </mat-form-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReverseDialog {
  protected readonly data = inject<{ id: number; number: string }>(MAT_DIALOG_DATA);
  private readonly api = inject(CollectionsApi);
  protected readonly text = COLLECTIONS_TEXT;
  protected readonly save = new DialogSave<AdCollection>();
  /** Drawn once per dialog: a retry replays the first answer. */
  private readonly key = crypto.randomUUID();
  protected readonly form = inject(FormBuilder).nonNullable.group({ reason: ['', [Validators.required, Validators.maxLength(500)]] });
  protected readonly error = fieldErrors(this.form, { maxlength: COMMON.tooLong });

  static open(dialog: MatDialog, data: { id: number; number: string }): Observable<AdCollection | undefined> {
    return openDialog<AdCollection, { id: number; number: string }>(dialog, ReverseDialog, data, '480px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    this.save.run(this.api.reverse(this.data.id, this.form.getRawValue().reason.trim(), this.key), this.form);
  }
}
