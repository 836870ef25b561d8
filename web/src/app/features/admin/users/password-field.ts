import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { ReactiveFormsModule, type FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTooltipModule } from '@angular/material/tooltip';
import { MIN_PASSWORD_LENGTH } from '@portal/domain';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { PasswordReveal } from '../../../shared/password-reveal';
import { generatePassword } from './password';
import { USERS_TEXT } from './users.text';

/**
 * A password an administrator sets for someone else (a new account's first one, or a reset):
 * typed or generated, hidden until asked, with the length rule as its hint. The dialog owns the
 * control and its message, so the form's submit and the server's errors work as on any field.
 */
@Component({
  selector: 'app-password-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule, MatTooltipModule, PasswordReveal, TrPipe],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [formControl]="control()"
        [type]="hide() ? 'password' : 'text'"
        autocomplete="new-password"
        spellcheck="false"
        [attr.cdkFocusInitial]="focus() ? '' : null"
        [attr.data-testid]="testid()"
      />
      <button mat-icon-button matSuffix type="button" (click)="generate()" [attr.aria-label]="text.generate | tr" [matTooltip]="text.generate | tr">
        <mat-icon>casino</mat-icon>
      </button>
      <app-password-reveal matSuffix [(hidden)]="hide" />
      <mat-hint>{{ text.passwordHint | tr: { min } }}</mat-hint>
      <mat-error data-testid="error-password">{{ error() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host { display: contents; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordField {
  readonly control = input.required<FormControl<string>>();
  /** Already in the user's language. */
  readonly label = input.required<string>();
  readonly testid = input.required<string>();
  /** The message under the field (the dialog's fieldErrors). */
  readonly error = input('');
  /** The field the dialog focuses first. */
  readonly focus = input(false);
  protected readonly text = USERS_TEXT;
  protected readonly min = MIN_PASSWORD_LENGTH;
  protected readonly hide = signal(true);

  protected generate(): void {
    this.control().setValue(generatePassword());
    this.hide.set(false);
  }
}
