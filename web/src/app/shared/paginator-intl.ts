import { Injectable, effect, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { I18n } from '../core/i18n/i18n';
import type { Text } from '../core/i18n/text';

const T = {
  itemsPerPage: { zh: '每页条数', en: 'Rows per page' },
  nextPage: { zh: '下一页', en: 'Next page' },
  previousPage: { zh: '上一页', en: 'Previous page' },
  firstPage: { zh: '第一页', en: 'First page' },
  lastPage: { zh: '最后一页', en: 'Last page' },
  range: { zh: '第 {from}–{to} 条，共 {total} 条', en: '{from}–{to} of {total}' },
  empty: { zh: '共 0 条', en: '0 of 0' },
} satisfies Record<string, Text>;

/**
 * MatPaginator's words in the user's language, following the language switch.
 * Provide it on a page: `providers: [{ provide: MatPaginatorIntl, useClass: PaginatorIntl }]`.
 */
@Injectable()
export class PaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(I18n);

  constructor() {
    super();
    effect(() => {
      const t = (text: Text) => text[this.i18n.lang()];
      this.itemsPerPageLabel = t(T.itemsPerPage);
      this.nextPageLabel = t(T.nextPage);
      this.previousPageLabel = t(T.previousPage);
      this.firstPageLabel = t(T.firstPage);
      this.lastPageLabel = t(T.lastPage);
      this.changes.next();
    });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) return this.i18n.t(T.empty);
    const from = page * pageSize + 1;
    const to = Math.min(length, (page + 1) * pageSize);
    return this.i18n.t(T.range, { from, to, total: length });
  };
}
