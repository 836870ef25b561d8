import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { LocalNamePipe } from '../local-name.pipe';
import { TypedCell } from '../typed-cell';
import { ListFrame } from './list-frame';
import { ListSort } from './list-sort';
import { SelectFilter } from './select-filter';

/** What a list page's template needs around its table: the frame, a sortable MatTable, select filters, icon buttons. */
export const LIST_PAGE_IMPORTS = [
  ListFrame,
  ListSort,
  SelectFilter,
  ReactiveFormsModule,
  MatTableModule,
  MatSortModule,
  MatFormFieldModule,
  MatSelectModule,
  MatButtonModule,
  MatIconModule,
  MatTooltipModule,
  TypedCell,
  TrPipe,
  LocalNamePipe,
] as const;
