import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MIN_PASSWORD_LENGTH } from '@portal/domain';
import type { SupplierContactInvite, SupplierContactPasswordSet } from '@portal/domain/contracts';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { SET_PASSWORD_TEXT } from './set-password.text';

/**
 * /set-password?token=…: a supplier contact's one-time link (valid 72 hours). The token goes to the
 * API in a POST body, never in another URL; the page then sends the contact to sign in.
 */
@Component({
  selector: 'app-set-password-page',
  imports: [FormsModule, RouterLink, MatCardModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule, MatProgressBarModule, TrPipe, AppDatePipe],
  template: `
    <main class="login">
      <mat-card appearance="outlined" class="card">
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
        <mat-card-header>
          <mat-card-title>{{ common.appName | tr }}</mat-card-title>
          <mat-card-subtitle>{{ text.title | tr }}</mat-card-subtitle>
        </mat-card-header>
        <mat-card-content>
          @if (invite(); as v) {
            <p data-testid="set-password-greeting">{{ text.greeting | tr: { name: v.displayName, supplier: v.supplierName, username: v.username } }}</p>
            <p class="muted">{{ text.expires | tr: { at: (v.expiresAt | appDate: 'dateTime') } }}</p>
            <form (submit)="$event.preventDefault(); submit()">
              <input type="text" name="username" autocomplete="username" [value]="v.username" hidden />
              <mat-form-field appearance="outline">
                <mat-label>{{ text.password | tr }}</mat-label>
                <input matInput type="password" name="password" autocomplete="new-password" [ngModel]="password()" (ngModelChange)="password.set($event)" data-testid="set-password-1" />
                <mat-hint>{{ text.tooShort | tr: { min: min } }}</mat-hint>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ text.confirm | tr }}</mat-label>
                <input matInput type="password" name="confirm" autocomplete="new-password" [ngModel]="confirm()" (ngModelChange)="confirm.set($event)" data-testid="set-password-2" />
              </mat-form-field>
              @if (problem(); as p) {
                <p class="error" role="alert">{{ p | tr: { min: min } }}</p>
              }
              <button mat-flat-button type="submit" [disabled]="busy()" data-testid="set-password-submit">{{ text.submit | tr }}</button>
            </form>
          } @else if (invalid()) {
            <p class="error" role="alert" data-testid="set-password-invalid">{{ text.invalid | tr }}</p>
            <a mat-button routerLink="/login">{{ text.toLogin | tr }}</a>
          }
        </mat-card-content>
        <mat-card-actions>
          <span class="spacer"></span>
          <button mat-button type="button" (click)="i18n.toggle()"><mat-icon>translate</mat-icon>{{ common.switchLanguage | tr }}</button>
        </mat-card-actions>
      </mat-card>
    </main>
  `,
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetPasswordPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly notify = inject(Notify);
  protected readonly i18n = inject(I18n);
  protected readonly text = SET_PASSWORD_TEXT;
  protected readonly common = COMMON;
  protected readonly min = MIN_PASSWORD_LENGTH;
  private readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';

  protected readonly invite = signal<SupplierContactInvite | null>(null);
  protected readonly invalid = signal(false);
  protected readonly busy = signal(true);
  protected readonly password = signal('');
  protected readonly confirm = signal('');
  protected readonly tried = signal(false);
  protected readonly problem = computed(() => {
    if (!this.tried()) return null;
    if (this.password().length < MIN_PASSWORD_LENGTH) return SET_PASSWORD_TEXT.tooShort;
    if (this.password() !== this.confirm()) return SET_PASSWORD_TEXT.mismatch;
    return null;
  });

  constructor() {
    this.http.post<SupplierContactInvite>('/api/supplier-contacts/invite/check', { token: this.token }).subscribe({
      next: (v) => {
        this.invite.set(v);
        this.busy.set(false);
      },
      error: () => {
        this.invalid.set(true);
        this.busy.set(false);
      },
    });
  }

  protected submit(): void {
    this.tried.set(true);
    if (this.problem()) return;
    this.busy.set(true);
    this.http.post<SupplierContactPasswordSet>('/api/supplier-contacts/set-password', { token: this.token, password: this.password() }).subscribe({
      next: (r) => {
        this.notify.ok(SET_PASSWORD_TEXT.done, { username: r.username });
        void this.router.navigate(['/login']);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.notify.error(err);
      },
    });
  }
}
