import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, type MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import type { BuyingUnit } from '@portal/domain';
import { debounceTime, distinctUntilChanged, startWith, switchMap, type Observable } from 'rxjs';
import { Notify } from '../../core/notify';
import { fieldErrors } from '../../shared/field-errors';
import { DialogSave } from '../../shared/form-dialog/dialog-save';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { toldOnError } from '../../shared/load-latest';
import { FenPipe } from '../../shared/money.pipe';
import { PurchaseRequestsApi, type ItemOption } from '../purchase-requests/purchase-requests.api';
import type { PlanDialogResult } from './proposed-dialog';
import { PurchasePlansApi, type PlanSource, type PurchasePlan } from './purchase-plans.api';
import { PURCHASE_PLANS_TEXT } from './purchase-plans.text';

export interface MapItemDialogData {
  plan: Pick<PurchasePlan, 'id' | 'version'>;
  unit: BuyingUnit;
  source: PlanSource;
}

/**
 * Maps a line a department wrote as a new item (name, spec, unit in words) to an item of
 * the buying unit's catalogue, searched as the clerk types; the plan then counts it with
 * that item's stock and price. The search starts from what the department wrote.
 */
@Component({
  selector: 'app-map-item-dialog',
  imports: [FORM_DIALOG_IMPORTS, MatIconModule, MatRadioModule, FenPipe],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="map-save" cancelId="map-cancel" [save]="save"
      [title]="text.mapTitle | tr" [saveLabel]="text.mapButton | tr" minWidth="min(480px, 80vw)">
      <p class="asked" data-testid="map-asked">{{ text.mapAsked | tr: asked }}</p>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ text.searchItem | tr }}</mat-label>
        <mat-icon matPrefix>search</mat-icon>
        <input matInput formControlName="q" type="search" autocomplete="off" cdkFocusInitial data-testid="map-search" />
      </mat-form-field>
      <mat-radio-group formControlName="itemId" class="results" [attr.aria-label]="text.searchItem | tr">
        @for (i of items(); track i.id) {
          <mat-radio-button [value]="i.id" data-testid="map-option" [attr.data-code]="i.code">
            <span class="option">
              <span>{{ i.name }} <span class="muted">{{ i.spec }} · {{ i.uom }}</span></span>
              <span class="muted small">
                {{ i.code }}
                @if (i.estimate; as e) {
                  · {{ e.unitPriceFen | fen }} · {{ e.shopName }}
                }
              </span>
            </span>
          </mat-radio-button>
        } @empty {
          <p class="muted">{{ text.noItems | tr }}</p>
        }
      </mat-radio-group>
      @if (form.controls.itemId.touched && form.controls.itemId.invalid) {
        <p class="error" role="alert" data-testid="map-error">{{ error('itemId') }}</p>
      }
    </form>
  `,
  styles: `
    .asked { margin: 0 0 8px; }
    .results { display: flex; flex-direction: column; max-height: 300px; overflow-y: auto; margin-top: 8px; }
    .option { display: flex; flex-direction: column; }
    .small { font-size: 12px; }
    .error { color: var(--mat-sys-error); margin: 4px 0 0; font-size: 12px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MapItemDialog {
  private readonly data = inject<MapItemDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(PurchasePlansApi);
  private readonly requests = inject(PurchaseRequestsApi);
  protected readonly text = PURCHASE_PLANS_TEXT;
  protected readonly save = new DialogSave<PurchasePlan>();
  protected readonly asked = {
    name: this.data.source.newItem?.name ?? '',
    spec: this.data.source.newItem?.spec ?? '',
    uom: this.data.source.newItem?.uom ?? '',
  };
  protected readonly items = signal<ItemOption[]>([]);

  protected readonly form = inject(FormBuilder).group({
    q: [this.asked.name],
    itemId: [null as number | null, Validators.required],
  });
  protected readonly error = fieldErrors(this.form, { required: this.text.pickItem });

  constructor() {
    const notify = inject(Notify);
    this.form.controls.q.valueChanges
      .pipe(
        startWith(this.form.controls.q.value),
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) => this.requests.items(this.data.unit, q ?? '').pipe(toldOnError(notify))),
        takeUntilDestroyed(),
      )
      .subscribe((items) => this.items.set(items ?? []));
  }

  static open(dialog: MatDialog, data: MapItemDialogData): Observable<PlanDialogResult> {
    return openDialog<PlanDialogResult, MapItemDialogData>(dialog, MapItemDialog, data, '560px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    this.save.run(this.api.map(this.data.plan, this.data.source.id!, this.form.getRawValue().itemId!), this.form, { stale: true });
  }
}
