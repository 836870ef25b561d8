import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TrPipe } from '../core/i18n/tr.pipe';
import { SHARED_TEXT } from './shared.text';
import { TypedCell } from './typed-cell';

/** One refused row of an uploaded spreadsheet, as the API's import-rejected problem lists it. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/**
 * The row errors of a refused import (prices, budgets): row as Excel numbers it, column as the
 * file names it, and what to do, already in the user's language. Scrolls inside its own box.
 */
@Component({
  selector: 'app-row-errors',
  imports: [MatTableModule, TypedCell, TrPipe],
  template: `
    <div class="errors-box">
      <table mat-table [dataSource]="errors()" [attr.data-testid]="testId()">
        <ng-container matColumnDef="row">
          <th mat-header-cell *matHeaderCellDef class="num">{{ text.row | tr }}</th>
          <td mat-cell *matCellDef="let e; of: errors()" class="num" data-testid="row-error-row">{{ e.row }}</td>
        </ng-container>
        <ng-container matColumnDef="column">
          <th mat-header-cell *matHeaderCellDef>{{ text.column | tr }}</th>
          <td mat-cell *matCellDef="let e; of: errors()" class="nowrap">{{ e.column }}</td>
        </ng-container>
        <ng-container matColumnDef="message">
          <th mat-header-cell *matHeaderCellDef>{{ text.message | tr }}</th>
          <td mat-cell *matCellDef="let e; of: errors()" data-testid="row-error-message">{{ e.message }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns; sticky: true"></tr>
        <tr mat-row *matRowDef="let e; columns: columns"></tr>
      </table>
    </div>
  `,
  styles: `
    .errors-box { max-height: 320px; overflow: auto; }
    .num { text-align: end; width: 1%; }
    .nowrap { white-space: nowrap; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RowErrorsTable {
  readonly errors = input.required<readonly RowError[]>();
  readonly testId = input('row-errors');
  protected readonly text = SHARED_TEXT;
  protected readonly columns = ['row', 'column', 'message'];
}
