import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { debounceTime } from 'rxjs';
import { TrPipe } from '../../core/i18n/tr.pipe';
import type { Text } from '../../core/i18n/text';
import { FenPipe } from '../../shared/money.pipe';
import { PaginatorIntl } from '../../shared/paginator-intl';
import { LedgerReportsApi } from './ledger-reports.api';
import { LEDGER_REPORTS_TEXT as T } from './ledger-reports.text';
import { ReportFilters } from './report-filters';
import { ledgerReport } from './report-state';

const STATUS: Record<string, Text> = {
  draft: T.statusDraft,
  signed: T.statusSigned,
  running: T.statusRunning,
  completed: T.statusCompleted,
  terminated: T.statusTerminated,
};

/** 协议收款: each agreement's amount, income recognised, collected and what is still to collect. */
@Component({
  selector: 'app-agreements-page',
  imports: [ReportFilters, FenPipe, TrPipe, MatFormFieldModule, MatInputModule, MatPaginatorModule],
  providers: [{ provide: MatPaginatorIntl, useClass: PaginatorIntl }],
  template: `
    <app-report-filters [state]="ledger" testId="ag">
      <mat-form-field class="field" appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ text.search | tr }}</mat-label>
        <input matInput [value]="search()" (input)="search.set($any($event.target).value)" data-testid="ag-search" />
      </mat-form-field>
    </app-report-filters>
    @if (ledger.report(); as r) {
      <div class="scroll">
        <table class="report" data-testid="ag-table">
          <thead>
            <tr>
              <th>{{ text.agreement | tr }}</th>
              <th>{{ text.customer | tr }}</th>
              <th>{{ text.unit | tr }}</th>
              <th>{{ text.status | tr }}</th>
              <th>{{ text.term | tr }}</th>
              <th class="num">{{ text.amount | tr }}</th>
              <th class="num">{{ text.recognised | tr }}</th>
              <th class="num">{{ text.collected | tr }}</th>
              <th class="num">{{ text.outstanding | tr }}</th>
            </tr>
          </thead>
          <tbody>
            @for (a of r.items; track a.id) {
              <tr [attr.data-testid]="'ag-row-' + a.number">
                <td class="mono">{{ a.number }}</td>
                <td>{{ a.customer.name }}</td>
                <td>{{ a.unit.name }}</td>
                <td>{{ status[a.status] | tr }}</td>
                <td class="mono">{{ a.startsOn }} – {{ a.endsOn }}</td>
                <td class="num">{{ a.amountFen | fen: false }}</td>
                <td class="num">{{ a.recognisedFen | fen: false }}</td>
                <td class="num">{{ a.collectedFen | fen: false }}</td>
                <td class="num">{{ a.outstandingFen | fen: false }}</td>
              </tr>
            } @empty {
              <tr><td colspan="9" class="no-data">{{ text.noRows | tr }}</td></tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <td colspan="5">{{ text.total | tr }} · {{ text.agreementsTotal | tr: { total: r.total } }}</td>
              <td class="num">{{ r.totals.amountFen | fen }}</td>
              <td class="num">{{ r.totals.recognisedFen | fen }}</td>
              <td class="num">{{ r.totals.collectedFen | fen }}</td>
              <td class="num" data-testid="ag-outstanding">{{ r.totals.outstandingFen | fen }}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <mat-paginator [length]="r.total" [pageIndex]="ledger.page() - 1" [pageSize]="ledger.pageSize()" [pageSizeOptions]="[20, 50, 100]" (page)="ledger.paged($event)" />
    }
  `,
  styleUrl: './ledger-reports.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementsPage {
  private readonly api = inject(LedgerReportsApi);
  protected readonly text = T;
  protected readonly status = STATUS;
  protected readonly search = signal('');
  private readonly q = toSignal(toObservable(this.search).pipe(debounceTime(300)), { initialValue: '' });
  protected readonly ledger = ledgerReport('agreements', () => ({ q: this.q().trim() }), (q) => this.api.agreements(q), 20);
}
