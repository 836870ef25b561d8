import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { MIN_PASSWORD_LENGTH } from '@portal/domain';
import type { Observable } from 'rxjs';
import { fieldErrors } from '../../../shared/field-errors';
import { FormDialogBase } from '../../../shared/form-dialog/form-dialog-base';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../../shared/form-dialog/form-dialog';
import { localUnitOptions } from '../units/unit-tree';
import type { Unit } from '../units/units.api';
import { PasswordField } from './password-field';
import { UsersApi, type User, type UserPatch } from './users.api';
import { USERS_TEXT } from './users.text';

export type UserDialogData = { mode: 'create'; units: Unit[] } | { mode: 'edit'; user: User; units: Unit[] };

/** The saved user, 'stale' when someone else changed it first, or nothing when cancelled. */
export type UserDialogResult = User | 'stale' | undefined;

/** Same rule as the API's schema, checked here first so the clerk sees it while typing. */
const USERNAME = /^[A-Za-z][A-Za-z0-9_.-]{1,31}$/;

/** Creates an account (username, name, unit, initial password) or edits the name and unit of one. */
@Component({
  selector: 'app-user-dialog',
  imports: [FORM_DIALOG_IMPORTS, MatSelectModule, PasswordField],
  templateUrl: './user-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserDialog extends FormDialogBase<UserDialogData, User> {
  private readonly api = inject(UsersApi);
  protected readonly text = USERS_TEXT;

  private readonly editing = this.data.mode === 'edit' ? this.data.user : null;
  protected readonly creating = !this.editing;
  protected readonly units = localUnitOptions(this.data.units, this.editing?.unitId);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    username: [
      { value: this.editing?.username ?? '', disabled: !!this.editing },
      [Validators.required, Validators.pattern(USERNAME)],
    ],
    displayName: [this.editing?.displayName ?? '', [Validators.required, Validators.maxLength(40)]],
    unitId: [this.editing?.unitId ?? (null as number | null), Validators.required],
    password: [
      { value: '', disabled: !!this.editing },
      [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)],
    ],
  });

  protected readonly error = fieldErrors(this.form, { pattern: USERS_TEXT.usernameFormat, minlength: USERS_TEXT.passwordTooShort });

  static open(dialog: MatDialog, data: UserDialogData): Observable<UserDialogResult> {
    return openDialog<UserDialogResult, UserDialogData>(dialog, UserDialog, data, '480px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    const v = this.form.getRawValue();
    const displayName = v.displayName.trim();
    const unitId = v.unitId as number;
    const request = this.editing
      ? this.api.update(this.editing.id, this.changes(this.editing, displayName, unitId))
      : this.api.create({ username: v.username.trim(), displayName, unitId, password: v.password });
    // A username taken by a racing request comes back as the unique index's name.
    this.save.run(request, this.form, { stale: !!this.editing, aliases: { users_username_lower: 'username' } });
  }

  private changes(user: User, displayName: string, unitId: number): UserPatch {
    const patch: UserPatch = { version: user.version };
    if (displayName !== user.displayName) patch.displayName = displayName;
    if (unitId !== user.unitId) patch.unitId = unitId;
    return patch;
  }
}
