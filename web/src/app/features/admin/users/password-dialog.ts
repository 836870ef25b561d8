import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { MIN_PASSWORD_LENGTH } from '@portal/domain';
import type { Observable } from 'rxjs';
import { fieldErrors } from '../../../shared/field-errors';
import { FormDialogBase } from '../../../shared/form-dialog/form-dialog-base';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../../shared/form-dialog/form-dialog';
import { PasswordField } from './password-field';
import { UsersApi, type User } from './users.api';
import { USERS_TEXT } from './users.text';

/** Sets a new password for someone who forgot theirs; the server signs them out and lifts any lockout. */
@Component({
  selector: 'app-password-dialog',
  imports: [FORM_DIALOG_IMPORTS, PasswordField],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="reset-save" [save]="save" minWidth="min(400px, 80vw)"
      [title]="text.resetTitle | tr: { name: data.displayName }" [saveLabel]="text.resetPassword | tr">
      <p class="muted note">{{ text.resetNote | tr }}</p>
      <app-password-field [control]="form.controls.password" [label]="text.newPassword | tr" testid="reset-password" [error]="error('password')" [focus]="true" />
    </form>
  `,
  styles: `
    .note { margin: 0 0 16px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordDialog extends FormDialogBase<User, User> {
  private readonly api = inject(UsersApi);
  protected readonly text = USERS_TEXT;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
  });
  protected readonly error = fieldErrors(this.form, { minlength: USERS_TEXT.passwordTooShort });

  static open(dialog: MatDialog, user: User): Observable<User | undefined> {
    return openDialog<User, User>(dialog, PasswordDialog, user, '440px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    this.save.run(this.api.resetPassword(this.data.id, this.form.controls.password.value), this.form);
  }
}
