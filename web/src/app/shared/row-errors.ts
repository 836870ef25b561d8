import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TrPipe } from '../core/i18n/tr.pipe';
import { SHARED_TEXT } from './shared.text';

/** One refused row of an uploaded spreadsheet, as the API's import-rejected problem lists it. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

const COLUMNS = ['row', 'column', 'message'] as const;

/**
 * The row errors of a refused import (prices, budgets), one table for both: the row as Excel
 * numbers it, the column as the file names it, and what to do, already in the user's language.
 * Scrolls inside its own box. `testIds` prefixes the table (`<p>s`) and its cells (`<p>-row`, `<p>-message`).
 */
@Component({
  selector: 'app-row-errors',
  imports: [MatTableModule, TrPipe],
  template: `
    <div class="errors-box">
      <table mat-table [dataSource]="errors()" [attr.data-testid]="testIds() + 's'">
        @for (c of columns; track c) {
          <ng-container [matColumnDef]="c">
            <th mat-header-cell *matHeaderCellDef [class]="c">{{ text[c] | tr }}</th>
            <td mat-cell *matCellDef="let e" [class]="c" [attr.data-testid]="c === 'column' ? null : testIds() + '-' + c">{{ e[c] }}</td>
          </ng-container>
        }
        <tr mat-header-row *matHeaderRowDef="columns; sticky: true"></tr>
        <tr mat-row *matRowDef="let e; columns: columns"></tr>
      </table>
    </div>
  `,
  styles: `
    .errors-box { max-height: 360px; overflow: auto; }
    .row { text-align: end; width: 1%; }
    .column { white-space: nowrap; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RowErrorsTable {
  readonly errors = input.required<readonly RowError[]>();
  readonly testIds = input('row-error');
  protected readonly text = SHARED_TEXT;
  protected readonly columns = COLUMNS;
}
