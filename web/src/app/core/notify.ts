import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { I18n } from './i18n/i18n';
import { COMMON, type Text } from './i18n/text';
import { toProblem } from './http/problem';

/** Short confirmations and error messages at the bottom of the screen. */
@Injectable({ providedIn: 'root' })
export class Notify {
  private readonly snack = inject(MatSnackBar);
  private readonly i18n = inject(I18n);

  ok(text: Text, params?: Record<string, unknown>): void {
    this.snack.open(this.i18n.t(text, params), this.i18n.t(COMMON.close), { duration: 3000 });
  }

  /** Shows what the server said (already in the user's language), or a network message. */
  error(err: unknown): void {
    const p = toProblem(err);
    const message = p.status === 0 || !p.detail ? this.i18n.t(COMMON.networkError) : p.detail;
    this.snack.open(message, this.i18n.t(COMMON.close), { duration: 6000, politeness: 'assertive' });
  }
}
