import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { PAYMENT_KIND_LABELS, PAYMENT_KINDS, type PaymentKind } from '@portal/domain';
import { map } from 'rxjs';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { fileDownloads } from '../../shared/download';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { FenPipe } from '../../shared/money.pipe';
import { serverList } from '../../shared/server-list';
import { SettlementApi, type PaymentRegisterRow, type RegisterFilter } from './settlement.api';
import { PAYMENT_TEXT, REGISTER_TEXT } from './settlement.text';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';

/** 付款登记台账: every payment and reversal (never edited), filtered, with what they add up to and an Excel copy. */
@Component({
  selector: 'app-payment-register-page',
  imports: [LIST_PAGE_IMPORTS, MatDatepickerModule, MatInputModule, RouterLink, FenPipe, AppDatePipe],
  providers: [provideAppDayAdapter()],
  template: `
    <app-list-frame [list]="list" [text]="text" testIds="register" [search]="filters.controls.q">
      <button listActions mat-stroked-button type="button" (click)="xlsx()" [disabled]="downloads.busy()" data-testid="register-xlsx"><mat-icon>download</mat-icon>{{ text.xlsx | tr }}</button>
      <ng-container listFilters>
        <mat-form-field appearance="outline" class="date">
          <mat-label>{{ text.from | tr }}</mat-label>
          <input matInput [matDatepicker]="fromPicker" [formControl]="filters.controls.from" data-testid="register-from" />
          <mat-datepicker-toggle matIconSuffix [for]="fromPicker" />
          <mat-datepicker #fromPicker />
        </mat-form-field>
        <mat-form-field appearance="outline" class="date">
          <mat-label>{{ text.to | tr }}</mat-label>
          <input matInput [matDatepicker]="toPicker" [formControl]="filters.controls.to" data-testid="register-to" />
          <mat-datepicker-toggle matIconSuffix [for]="toPicker" />
          <mat-datepicker #toPicker />
        </mat-form-field>
        <app-select-filter [control]="filters.controls.kind" [label]="text.kind" [any]="text.anyKind" [options]="kindOptions" testId="register-filter-kind" />
      </ng-container>
      @if (totals(); as t) {
        <div class="totals" data-testid="register-totals">
          <span>{{ text.paid | tr }} {{ t.paidFen | fen }}</span>
          <span class="negative">{{ text.reversed | tr }} {{ t.reversedFen | fen }}</span>
          <span class="net" data-testid="register-net">{{ text.net | tr }} {{ t.netFen | fen }}</span>
        </div>
      }
      <table mat-table [dataSource]="list.rows()" [trackBy]="trackById" data-testid="register-table">
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef>{{ pText.entry | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="nowrap mono">{{ r.number }}<div class="muted small">{{ kindLabels[r.kind] | tr }}</div></td>
        </ng-container>
        <ng-container matColumnDef="paidOn">
          <th mat-header-cell *matHeaderCellDef>{{ pText.paidOn | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="nowrap">{{ r.paidOn | appDate }}</td>
        </ng-container>
        <ng-container matColumnDef="request">
          <th mat-header-cell *matHeaderCellDef>{{ text.request | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="nowrap">
            <a class="link mono" [routerLink]="['/payment-requests', r.request.id]">{{ r.request.number }}</a>
            <div class="muted small">{{ r.unit.name }}</div>
          </td>
        </ng-container>
        <ng-container matColumnDef="supplier">
          <th mat-header-cell *matHeaderCellDef>{{ pText.supplier | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()">{{ r.supplier.name }}<div class="muted small">{{ r.payee }}</div></td>
        </ng-container>
        <ng-container matColumnDef="account">
          <th mat-header-cell *matHeaderCellDef>{{ pText.payingAccount | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()">{{ r.payingAccount }}<div class="muted small mono">{{ r.bankRef }}</div>@if (r.reason) {<div class="small negative">{{ r.reason }}</div>}</td>
        </ng-container>
        <ng-container matColumnDef="amount">
          <th mat-header-cell *matHeaderCellDef class="num">{{ pText.amountShort | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="num nowrap" [class.negative]="r.amountFen < 0">{{ r.amountFen | fen }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns; sticky: true"></tr>
        <tr mat-row *matRowDef="let r; columns: columns"></tr>
      </table>
    </app-list-frame>
  `,
  styleUrl: './settlement-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentRegisterPage {
  private readonly api = inject(SettlementApi);
  protected readonly text = REGISTER_TEXT;
  protected readonly pText = PAYMENT_TEXT;
  protected readonly kindLabels = PAYMENT_KIND_LABELS;
  protected readonly kindOptions = filterOptions(PAYMENT_KINDS, PAYMENT_KIND_LABELS);
  protected readonly columns = ['number', 'paidOn', 'request', 'supplier', 'account', 'amount'];
  protected readonly downloads = fileDownloads<'xlsx'>();
  protected readonly totals = signal<{ paidFen: number; reversedFen: number; netFen: number } | null>(null);

  protected readonly filters = inject(FormBuilder).nonNullable.group<RegisterFilter>({ q: '', from: null, to: null, kind: null as PaymentKind | null });
  protected readonly list = serverList<PaymentRegisterRow, RegisterFilter>({
    filters: this.filters,
    load: (f, paging) =>
      this.api.register({ ...f, from: f.from || null, to: f.to || null, page: paging.page, pageSize: paging.pageSize }).pipe(
        map((r) => {
          this.totals.set(r.totals);
          return r;
        }),
      ),
  });
  protected readonly trackById = (_: number, r: PaymentRegisterRow) => r.id;

  protected xlsx(): void {
    const f = this.list.filter();
    this.downloads.start('xlsx', this.api.registerXlsx({ ...f, from: f.from || null, to: f.to || null }));
  }
}
