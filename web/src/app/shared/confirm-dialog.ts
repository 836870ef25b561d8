import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { map, type Observable } from 'rxjs';
import { COMMON, type Text } from '../core/i18n/text';
import { TrPipe } from '../core/i18n/tr.pipe';
import { openDialog } from './form-dialog/form-dialog';
import { SHARED_TEXT } from './shared.text';

export interface ConfirmData {
  title: Text;
  message: Text;
  /** Filled into {placeholders} of title and message. */
  params?: Record<string, unknown>;
  /** The confirming button's words; "确定" when left out. */
  confirm?: Text;
  /** A destructive action: red button, and Enter lands on Cancel, not on the action. */
  danger?: boolean;
}

/** "Are you sure?" before anything that signs people out, removes rights or hides records. */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, TrPipe],
  template: `
    <h2 mat-dialog-title>{{ data.title | tr: data.params }}</h2>
    <mat-dialog-content>
      <p class="message">{{ data.message | tr: data.params }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button [mat-dialog-close]="false" [attr.cdkFocusInitial]="data.danger ? '' : null" data-testid="confirm-cancel">
        {{ common.cancel | tr }}
      </button>
      <button
        mat-flat-button
        [class.danger]="data.danger"
        [mat-dialog-close]="true"
        [attr.cdkFocusInitial]="data.danger ? null : ''"
        data-testid="confirm-ok"
      >
        {{ data.confirm ?? text.confirm | tr }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .message { margin: 0; white-space: pre-line; }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
  protected readonly common = COMMON;
  protected readonly text = SHARED_TEXT;

  /** Emits once: true when the user confirmed. */
  static ask(dialog: MatDialog, data: ConfirmData): Observable<boolean> {
    return openDialog<boolean, ConfirmData>(dialog, ConfirmDialog, data, '420px').pipe(map((ok) => ok === true));
  }
}
