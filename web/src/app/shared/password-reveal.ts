import { ChangeDetectionStrategy, Component, model } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TrPipe } from '../core/i18n/tr.pipe';
import { SHARED_TEXT } from './shared.text';

/**
 * The eye at the end of a password field: shows what was typed, or hides it again. Put it in the
 * field as `<app-password-reveal matSuffix [(hidden)]="hide" />` and bind the input's type to `hide()`.
 */
@Component({
  selector: 'app-password-reveal',
  imports: [MatButtonModule, MatIconModule, TrPipe],
  template: `
    <button mat-icon-button type="button" (click)="hidden.set(!hidden())" [attr.aria-label]="(hidden() ? text.showPassword : text.hidePassword) | tr">
      <mat-icon>{{ hidden() ? 'visibility' : 'visibility_off' }}</mat-icon>
    </button>
  `,
  styles: `
    :host { display: contents; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordReveal {
  readonly hidden = model(true);
  protected readonly text = SHARED_TEXT;
}
