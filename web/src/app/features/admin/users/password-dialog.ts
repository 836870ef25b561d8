import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { MIN_PASSWORD_LENGTH } from '@portal/domain';
import type { Observable } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import { COMMON } from '../../../core/i18n/text';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { toProblem } from '../../../core/http/problem';
import { Notify } from '../../../core/notify';
import { serverError, showServerErrors } from '../../../shared/server-errors';
import { generatePassword } from './password';
import { UsersApi, type User } from './users.api';
import { USERS_TEXT } from './users.text';

/** Sets a new password for someone who forgot theirs; the server signs them out and lifts any lockout. */
@Component({
  selector: 'app-password-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    MatProgressBarModule,
    TrPipe,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h2 mat-dialog-title>{{ text.resetTitle | tr: { name: user.displayName } }}</h2>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <mat-dialog-content class="fields">
        <p class="muted note">{{ text.resetNote | tr }}</p>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.newPassword | tr }}</mat-label>
          <input
            matInput
            formControlName="password"
            [type]="hide() ? 'password' : 'text'"
            autocomplete="new-password"
            spellcheck="false"
            cdkFocusInitial
            data-testid="reset-password"
          />
          <button mat-icon-button matSuffix type="button" (click)="generate()" [attr.aria-label]="text.generate | tr" [matTooltip]="text.generate | tr">
            <mat-icon>casino</mat-icon>
          </button>
          <button
            mat-icon-button
            matSuffix
            type="button"
            (click)="hide.set(!hide())"
            [attr.aria-label]="(hide() ? text.showPassword : text.hidePassword) | tr"
          >
            <mat-icon>{{ hide() ? 'visibility' : 'visibility_off' }}</mat-icon>
          </button>
          <mat-hint>{{ text.passwordHint | tr: { min } }}</mat-hint>
          <mat-error data-testid="error-password">{{ error() }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ common.cancel | tr }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="reset-save">{{ text.resetPassword | tr }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    /* Room above the first outlined field, whose label sits on its border. */
    .mat-mdc-dialog-content.fields { display: flex; flex-direction: column; min-width: min(400px, 80vw); padding-top: 8px; }
    .note { margin: 0 0 16px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordDialog {
  protected readonly user = inject<User>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<PasswordDialog, User>>(MatDialogRef);
  private readonly api = inject(UsersApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = USERS_TEXT;
  protected readonly common = COMMON;
  protected readonly min = MIN_PASSWORD_LENGTH;
  protected readonly busy = signal(false);
  protected readonly hide = signal(true);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
  });

  static open(dialog: MatDialog, user: User): Observable<User | undefined> {
    return dialog.open<PasswordDialog, User, User>(PasswordDialog, { data: user, width: '440px', maxWidth: '95vw' }).afterClosed();
  }

  protected generate(): void {
    this.form.controls.password.setValue(generatePassword());
    this.hide.set(false);
  }

  protected error(): string {
    const c = this.form.controls.password;
    const server = serverError(c);
    if (server) return server;
    if (c.hasError('required')) return this.i18n.t(COMMON.required);
    if (c.hasError('minlength')) return this.i18n.t(USERS_TEXT.passwordTooShort, { min: MIN_PASSWORD_LENGTH });
    return '';
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.api.resetPassword(this.user.id, this.form.controls.password.value).subscribe({
      next: (user) => this.ref.close(user),
      error: (err: unknown) => {
        this.busy.set(false);
        if (!showServerErrors(this.form, toProblem(err))) this.notify.error(err);
      },
    });
  }
}
