import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog } from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import { COMMON } from '../../core/i18n/text';
import { fieldErrors } from '../../shared/field-errors';
import { DialogSave } from '../../shared/form-dialog/dialog-save';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { JournalApi, type Account } from './journal.api';
import { JOURNAL_TEXT } from './journal.text';

/** 增设下级科目 under a parent without postings; the code is the parent's plus two digits. */
@Component({
  selector: 'app-account-dialog',
  imports: [FORM_DIALOG_IMPORTS],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="account-save" [save]="save" minWidth="min(420px, 80vw)"
      [title]="text.addAccountTitle | tr: { code: parent.code, name: parent.name }" [saveLabel]="common.save | tr">
      <app-text-field name="code" [label]="text.code" [hint]="codeHint" [errors]="error" testId="account-code" maxlength="40" spellcheck="false" focusInitial />
      <app-text-field name="name" [label]="text.name" [errors]="error" testId="account-name" maxlength="100" />
      <app-text-field name="nameEn" [label]="text.nameEn" [errors]="error" testId="account-name-en" maxlength="100" />
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountDialog {
  protected readonly parent = inject<Account>(MAT_DIALOG_DATA);
  private readonly api = inject(JournalApi);
  protected readonly text = JOURNAL_TEXT;
  protected readonly common = COMMON;
  protected readonly save = new DialogSave<Account>();
  protected readonly codeHint = { zh: JOURNAL_TEXT.codeHint.zh.replaceAll('{code}', this.parent.code), en: JOURNAL_TEXT.codeHint.en.replaceAll('{code}', this.parent.code) };
  private readonly codePattern = new RegExp(`^${this.parent.code.replaceAll('.', '\\.')}\\.[0-9]{2}$`);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: [`${this.parent.code}.`, [Validators.required, Validators.pattern(this.codePattern)]],
    name: ['', [Validators.required, Validators.maxLength(100)]],
    nameEn: ['', [Validators.maxLength(100)]],
  });
  protected readonly error = fieldErrors(this.form, {
    pattern: { zh: JOURNAL_TEXT.codeFormat.zh.replace('{code}', this.parent.code), en: JOURNAL_TEXT.codeFormat.en.replace('{code}', this.parent.code) },
    maxlength: COMMON.tooLong,
  });

  static open(dialog: MatDialog, parent: Account): Observable<Account | undefined> {
    return openDialog<Account, Account>(dialog, AccountDialog, parent, '480px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    const v = this.form.getRawValue();
    this.save.run(this.api.addAccount({ parentCode: this.parent.code, code: v.code.trim(), name: v.name.trim(), nameEn: v.nameEn.trim() || null }), this.form);
  }
}
