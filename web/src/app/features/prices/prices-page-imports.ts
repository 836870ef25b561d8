import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { FenPipe } from '../../shared/money.pipe';
import { PaginatorIntl } from '../../shared/paginator-intl';

/** What a price screen with pickers over a paged table of prices imports; add the rest (tooltip, checkbox…). */
export const PRICE_TABLE_IMPORTS = [LIST_PAGE_IMPORTS, MatInputModule, MatPaginatorModule, MatProgressBarModule, FenPipe] as const;

/** The paginator in the reader's language. */
export const PRICE_TABLE_PROVIDERS = [{ provide: MatPaginatorIntl, useClass: PaginatorIntl }];
