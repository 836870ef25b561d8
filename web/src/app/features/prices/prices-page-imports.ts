import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { FenPipe } from '../../shared/money.pipe';
import { PaginatorIntl } from '../../shared/paginator-intl';
import { TypedCell } from '../../shared/typed-cell';

/** What a price screen with pickers over a paged table of prices imports; add the rest (tooltip, checkbox…). */
export const PRICE_TABLE_IMPORTS = [
  // the pickers above the table
  ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, MatIconModule,
  // the table and its cells
  MatTableModule, MatPaginatorModule, MatProgressBarModule, TypedCell, TrPipe, FenPipe,
] as const;

/** The paginator in the reader's language. */
export const PRICE_TABLE_PROVIDERS = [{ provide: MatPaginatorIntl, useClass: PaginatorIntl }];
