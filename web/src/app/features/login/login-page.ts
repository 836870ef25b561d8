import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute } from '@angular/router';
import { Store } from '@ngrx/store';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { LoginPageActions } from '../../core/session/session.actions';
import { selectError, selectStatus } from '../../core/session/session.reducer';
import { PasswordReveal } from '../../shared/password-reveal';
import { LOGIN_TEXT } from './login.text';

@Component({
  selector: 'app-login-page',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PasswordReveal,
    TrPipe,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly store = inject(Store);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18n);
  protected readonly text = LOGIN_TEXT;
  protected readonly common = COMMON;
  protected readonly hide = signal(true);
  private readonly status = this.store.selectSignal(selectStatus);
  protected readonly busy = computed(() => this.status() === 'signingIn');
  private readonly problem = this.store.selectSignal(selectError);
  protected readonly error = computed(() => {
    const p = this.problem();
    if (!p) return null;
    return p.status === 0 || !p.detail ? this.i18n.t(COMMON.networkError) : p.detail;
  });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    username: ['', Validators.required],
    password: ['', Validators.required],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { username, password } = this.form.getRawValue();
    const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl') ?? '/home';
    // Only paths inside the portal: never bounce a user to another site after sign-in.
    const safe = returnUrl.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '/home';
    this.store.dispatch(LoginPageActions.loginSubmitted({ username: username.trim(), password, returnUrl: safe }));
  }
}
