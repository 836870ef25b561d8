import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog } from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import { COMMON } from '../../core/i18n/text';
import { fieldErrors } from '../../shared/field-errors';
import { DialogSave } from '../../shared/form-dialog/dialog-save';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { JournalApi, type JournalEntry } from './journal.api';
import { JOURNAL_TEXT } from './journal.text';

/** 冲销: the reason, then the server posts the mirror entry; closes with the reversal. */
@Component({
  selector: 'app-reverse-dialog',
  imports: [FORM_DIALOG_IMPORTS],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="reverse-save" [save]="save" [danger]="true" minWidth="min(420px, 80vw)"
      [title]="text.reverseTitle | tr: { number: entry.number }" [saveLabel]="text.reverse | tr">
      <p class="muted hint">{{ text.reverseHint | tr }}</p>
      <app-text-field name="reason" [label]="text.reason" [hint]="text.reverseReasonHint" [errors]="error" testId="reverse-reason" maxlength="500" focusInitial />
    </form>
  `,
  styles: `.hint { margin: 0 0 12px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReverseDialog {
  protected readonly entry = inject<JournalEntry>(MAT_DIALOG_DATA);
  private readonly api = inject(JournalApi);
  protected readonly text = JOURNAL_TEXT;
  protected readonly save = new DialogSave<JournalEntry>();
  /** Drawn once per dialog: a retry after a lost answer replays the reversal, never posts a second. */
  private readonly key = crypto.randomUUID();
  protected readonly form = inject(FormBuilder).nonNullable.group({ reason: ['', [Validators.required, Validators.maxLength(500)]] });
  protected readonly error = fieldErrors(this.form, { maxlength: COMMON.tooLong });

  static open(dialog: MatDialog, entry: JournalEntry): Observable<JournalEntry | undefined> {
    return openDialog<JournalEntry, JournalEntry>(dialog, ReverseDialog, entry, '480px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    this.save.run(this.api.reverse(this.entry.id, this.form.getRawValue().reason.trim(), this.key), this.form);
  }
}
