import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import {
  allocateCollection,
  calendarDay,
  COLLECTION_METHOD_LABELS,
  COLLECTION_METHODS,
  formatFen,
  parseYuan,
  type CollectionMethod,
} from '@portal/domain';
import type { Customer, Page, Unit, UnitList } from '@portal/domain/contracts';
import { map, type Observable } from 'rxjs';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { fieldErrors } from '../../shared/field-errors';
import { DialogSave } from '../../shared/form-dialog/dialog-save';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { listParams } from '../../shared/list-query';
import { FenPipe } from '../../shared/money.pipe';
import { CollectionsApi, type AdCollection, type OpenInstalment } from './collections.api';
import { COLLECTIONS_TEXT } from './collections.text';

const yuan = (c: AbstractControl<string>): ValidationErrors | null => {
  const fen = parseYuan(c.value ?? '');
  return c.value && (fen === null || fen <= 0) ? { yuan: true } : null;
};

/**
 * 登记收款: customer, receiving unit, day, amount and method; the customer's open instalments at
 * that unit below, allocated oldest due first as the server will (domain allocateCollection) or by
 * hand, and what is more than owed shown going to 预收账款. The server allocates and posts again.
 */
@Component({
  selector: 'app-collection-dialog',
  imports: [FORM_DIALOG_IMPORTS, MatSelectModule, MatDatepickerModule, MatButtonToggleModule, FenPipe, AppDatePipe],
  providers: [provideAppDayAdapter()],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="collection-save" [save]="save" [blocked]="!!problem()" minWidth="min(640px, 86vw)"
      [title]="text.dialogTitle | tr" [saveLabel]="text.record | tr">
      <div class="row">
        <mat-form-field appearance="outline">
          <mat-label>{{ text.pickCustomer | tr }}</mat-label>
          <mat-select formControlName="customerId" (selectionChange)="load()" data-testid="collection-customer">
            @for (c of customers(); track c.id) {
              <mat-option [value]="c.id">{{ c.name }}</mat-option>
            }
          </mat-select>
          <mat-error data-testid="error-customerId">{{ error('customerId') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.unit | tr }}</mat-label>
          <mat-select formControlName="unitId" (selectionChange)="load()" data-testid="collection-unit">
            @for (u of units(); track u.id) {
              <mat-option [value]="u.id">{{ i18n.lang() === 'zh' ? u.nameZh : u.nameEn }}</mat-option>
            }
          </mat-select>
          <mat-error data-testid="error-unitId">{{ error('unitId') }}</mat-error>
        </mat-form-field>
      </div>
      <div class="row">
        <mat-form-field appearance="outline">
          <mat-label>{{ text.receivedOn | tr }}</mat-label>
          <input matInput [matDatepicker]="picker" [max]="today" formControlName="receivedOn" data-testid="collection-date" />
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
          <mat-error data-testid="error-receivedOn">{{ error('receivedOn') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.amountYuan | tr }}</mat-label>
          <input matInput inputmode="decimal" formControlName="amount" autocomplete="off" data-testid="collection-amount" />
          <mat-error data-testid="error-amountFen">{{ error('amount') }}</mat-error>
        </mat-form-field>
      </div>
      <div class="row">
        <mat-form-field appearance="outline">
          <mat-label>{{ text.method | tr }}</mat-label>
          <mat-select formControlName="method" data-testid="collection-method">
            @for (m of methodKeys; track m) {
              <mat-option [value]="m">{{ methods[m] | tr }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.bankRef | tr }}</mat-label>
          <input matInput formControlName="bankRef" autocomplete="off" maxlength="100" data-testid="collection-bank-ref" />
          <mat-error>{{ error('bankRef') }}</mat-error>
        </mat-form-field>
      </div>

      @if (open(); as o) {
        <div class="head">
          <strong>{{ text.openInstalments | tr }}</strong>
          <mat-button-toggle-group [value]="mode()" (change)="setMode($event.value)" hideSingleSelectionIndicator data-testid="collection-mode">
            <mat-button-toggle value="oldest">{{ text.oldestFirst | tr }}</mat-button-toggle>
            <mat-button-toggle value="hand" data-testid="collection-by-hand">{{ text.byHand | tr }}</mat-button-toggle>
          </mat-button-toggle-group>
        </div>
        @if (o.advanceFen > 0) {
          <p class="muted small">{{ text.advanceHeld | tr: { advance: fmt(o.advanceFen) } }}</p>
        }
        @if (o.items.length === 0) {
          <p class="muted" data-testid="collection-none-open">{{ text.noneOpen | tr }}</p>
        } @else {
          <div class="table-wrap">
            <table class="instalments" data-testid="collection-instalments">
              <thead>
                <tr>
                  <th>{{ text.agreement | tr }}</th>
                  <th>{{ text.seq | tr }}</th>
                  <th>{{ text.dueOn | tr }}</th>
                  <th class="num">{{ text.owed | tr }}</th>
                  <th class="num">{{ text.allocate | tr }}</th>
                </tr>
              </thead>
              <tbody>
                @for (i of o.items; track i.id) {
                  <tr [attr.data-testid]="'instalment-' + i.agreementNumber + '-' + i.seq">
                    <td class="mono">{{ i.agreementNumber }}</td>
                    <td>{{ i.seq }}</td>
                    <td class="nowrap">{{ i.dueOn | appDate }}</td>
                    <td class="num">{{ i.owedFen | fen }}</td>
                    <td class="num">
                      @if (mode() === 'hand') {
                        <input class="alloc" inputmode="decimal" [value]="manual()[i.id] ?? ''" (input)="setManual(i.id, $any($event.target).value)"
                          [attr.aria-label]="text.allocate | tr" [attr.data-testid]="'allocate-' + i.id" />
                      } @else {
                        <span data-testid="allocated">{{ allocatedTo(i.id) ? (allocatedTo(i.id) | fen) : '' }}</span>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        @if (problem(); as p) {
          <p class="warn" data-testid="collection-problem">{{ p | tr }}</p>
        } @else if (advanceFen() > 0) {
          <p class="advance" data-testid="collection-advance">{{ text.toAdvance | tr: { advance: fmt(advanceFen()) } }}</p>
        }
      }
    </form>
  `,
  styles: `
    .row { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 0 12px; }
    .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: space-between; margin: 4px 0 8px; }
    .table-wrap { overflow-x: auto; }
    table.instalments { width: 100%; border-collapse: collapse; }
    table.instalments th, table.instalments td { padding: 4px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: left; }
    table.instalments .num { text-align: right; }
    input.alloc { width: 8em; text-align: right; font: inherit; padding: 4px; }
    .advance { color: var(--mat-sys-primary); }
    .warn { color: var(--mat-sys-error); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CollectionDialog {
  private readonly api = inject(CollectionsApi);
  private readonly http = inject(HttpClient);
  protected readonly i18n = inject(I18n);
  protected readonly text = COLLECTIONS_TEXT;
  protected readonly methods = COLLECTION_METHOD_LABELS;
  protected readonly methodKeys = COLLECTION_METHODS;
  protected readonly today = calendarDay(new Date());
  protected readonly save = new DialogSave<AdCollection>();
  /** Drawn once per dialog: pressing Record again after a lost answer replays, never collects twice. */
  private readonly key = crypto.randomUUID();
  protected readonly fmt = formatFen;

  protected readonly form = inject(FormBuilder).group({
    customerId: [null as number | null, Validators.required],
    unitId: [null as number | null, Validators.required],
    receivedOn: [this.today, Validators.required],
    amount: ['', [Validators.required, yuan]],
    method: ['bank_transfer' as CollectionMethod, Validators.required],
    bankRef: ['', Validators.maxLength(100)],
  });
  protected readonly error = fieldErrors(this.form, { yuan: COLLECTIONS_TEXT.badAmount, maxlength: COMMON.tooLong });

  protected readonly customers = toSignal(
    this.http.get<Page<Customer>>('/api/customers', { params: listParams({ active: true, pageSize: 200, page: 1 }) }).pipe(map((p) => p.items)),
    { initialValue: [] as Customer[] },
  );
  /** Agreements are signed by HQ (电子商务部's head office) or a branch: those receive. */
  protected readonly units = toSignal(
    this.http.get<UnitList>('/api/units').pipe(map((r) => r.items.filter((u: Unit) => u.active && (u.kind === 'hq' || u.kind === 'branch')))),
    { initialValue: [] as Unit[] },
  );

  protected readonly open = signal<{ items: OpenInstalment[]; advanceFen: number } | null>(null);
  protected readonly mode = signal<'oldest' | 'hand'>('oldest');
  protected readonly manual = signal<Partial<Record<number, string>>>({});
  private readonly amountText = toSignal(this.form.controls.amount.valueChanges, { initialValue: '' });
  private readonly amountFen = computed(() => parseYuan(this.amountText() ?? '') ?? 0);

  /** The allocation as the server will make it (or the problem it would name). */
  private readonly allocation = computed(() => {
    const o = this.open();
    if (!o) return null;
    const open = o.items.map((i) => ({ id: i.id, dueOn: i.dueOn, seq: i.seq, owedFen: i.owedFen }));
    if (this.mode() === 'oldest') return allocateCollection(this.amountFen(), open);
    const explicit = Object.entries(this.manual())
      .map(([id, v = '']) => ({ instalmentId: Number(id), amountFen: v.trim() ? (parseYuan(v) ?? -1) : 0 }))
      .filter((a) => a.amountFen !== 0);
    return allocateCollection(this.amountFen(), open, explicit);
  });
  protected readonly problem = computed(() => {
    const a = this.allocation();
    if (!a || !('problem' in a)) return null;
    return a.problem.kind === 'overAmount' ? COLLECTIONS_TEXT.overAllocated : a.problem.kind === 'overInstalment' ? COLLECTIONS_TEXT.overOwed : COLLECTIONS_TEXT.badAmount;
  });
  protected readonly advanceFen = computed(() => {
    const a = this.allocation();
    return a && 'advanceFen' in a ? a.advanceFen : 0;
  });
  protected allocatedTo(id: number): number {
    const a = this.allocation();
    return a && 'allocations' in a ? (a.allocations.find((x) => x.instalmentId === id)?.amountFen ?? 0) : 0;
  }

  static open(dialog: MatDialog): Observable<AdCollection | undefined> {
    return openDialog<AdCollection, null>(dialog, CollectionDialog, null, '720px');
  }

  /** The customer's open instalments at the unit (a customer first picked suggests the unit of its oldest). */
  protected load(): void {
    const { customerId, unitId } = this.form.getRawValue();
    if (!customerId) return;
    this.manual.set({});
    this.api.openInstalments(customerId, unitId).subscribe((o) => {
      if (unitId === null && o.items.length) {
        this.form.controls.unitId.setValue(o.items[0].unitId);
        return this.load();
      }
      this.open.set(o);
    });
  }

  protected setMode(mode: 'oldest' | 'hand'): void {
    this.mode.set(mode);
    if (mode === 'hand') {
      // Start from the oldest-first split, so "by hand" means adjusting it.
      const a = allocateCollection(
        this.amountFen(),
        (this.open()?.items ?? []).map((i) => ({ id: i.id, dueOn: i.dueOn, seq: i.seq, owedFen: i.owedFen })),
      );
      this.manual.set('allocations' in a ? Object.fromEntries(a.allocations.map((x) => [x.instalmentId, formatFen(x.amountFen).replace(/,/g, '')])) : {});
    }
  }

  protected setManual(id: number, value: string): void {
    this.manual.update((m) => ({ ...m, [id]: value }));
  }

  protected submit(): void {
    if (!this.save.ready(this.form) || this.problem()) return;
    const v = this.form.getRawValue();
    const a = this.allocation();
    const allocations = this.mode() === 'hand' && a && 'allocations' in a ? a.allocations : undefined;
    this.save.run(
      this.api.record(
        {
          customerId: v.customerId!,
          unitId: v.unitId!,
          receivedOn: v.receivedOn!,
          amountFen: parseYuan(v.amount ?? '')!,
          method: v.method!,
          bankRef: (v.bankRef ?? '').trim(),
          allocations,
        },
        this.key,
      ),
      this.form,
      { aliases: { amountFen: 'amount' } },
    );
  }
}
