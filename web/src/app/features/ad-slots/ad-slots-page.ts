import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { Store } from '@ngrx/store';
import { AD_CARD_KEEPER_ROLES, AD_PRICING_UNIT_LABELS, localName } from '@portal/domain';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import { selectRoles } from '../../core/session/session.reducer';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { isStaleVersion } from '../../shared/server-errors';
import { serverList } from '../../shared/server-list';
import { AdSlotDialog } from './ad-slot-dialog';
import { AdSlotsApi, type AdSlot } from './ad-slots.api';
import { AD_SLOTS_TEXT } from './ad-slots.text';

interface Filter {
  q: string;
  active: 'true' | 'false' | null;
}
const NO_FILTER: Filter = { q: '', active: null };

/** The mall's ad slots: HQ e-commerce staff keep them, auditors read them. */
@Component({
  selector: 'app-ad-slots-page',
  imports: [LIST_PAGE_IMPORTS],
  templateUrl: './ad-slots-page.html',
  styleUrl: './ad-slots-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdSlotsPage {
  private readonly api = inject(AdSlotsApi);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);
  private readonly notify = inject(Notify);
  protected readonly text = AD_SLOTS_TEXT;
  protected readonly common = COMMON;
  protected readonly unitLabels = AD_PRICING_UNIT_LABELS;
  protected readonly activeOptions = filterOptions(['true', 'false'], { true: AD_SLOTS_TEXT.statusActive, false: AD_SLOTS_TEXT.statusInactive });

  private readonly roles = toSignal(inject(Store).select(selectRoles), { initialValue: [] });
  /** The API decides; this only keeps buttons away from those it would refuse (auditors). */
  protected readonly canEdit = computed(() => this.roles().some((r) => AD_CARD_KEEPER_ROLES.includes(r)));
  protected readonly columns = computed(() => [
    'code',
    'name',
    'page',
    'formatSize',
    'pricingUnit',
    'exclusive',
    'status',
    ...(this.canEdit() ? ['actions'] : []),
  ]);

  protected readonly filters = inject(FormBuilder).nonNullable.group<{ q: string; active: 'true' | 'false' | null }>(NO_FILTER);
  protected readonly list = serverList<AdSlot, Filter>({
    filters: this.filters,
    sort: { active: 'code', direction: 'asc' },
    pageSize: 50,
    load: (f, paging) => this.api.list({ q: f.q, active: f.active === null ? null : f.active === 'true', ...paging }),
  });

  protected readonly trackById = (_: number, s: AdSlot) => s.id;

  protected create(): void {
    AdSlotDialog.open(this.dialog, {}).subscribe((slot) => {
      if (!slot || slot === 'stale') return;
      this.notify.ok(AD_SLOTS_TEXT.created, { code: slot.code });
      this.list.reload();
    });
  }

  protected edit(s: AdSlot): void {
    AdSlotDialog.open(this.dialog, { slot: s }).subscribe((slot) => {
      if (slot === 'stale') return this.stale(s);
      if (!slot) return;
      this.list.replace(slot);
      this.notify.ok(AD_SLOTS_TEXT.saved, { code: slot.code });
    });
  }

  protected setActive(s: AdSlot, active: boolean): void {
    ConfirmDialog.ask(this.dialog, {
      title: active ? AD_SLOTS_TEXT.activateTitle : AD_SLOTS_TEXT.deactivateTitle,
      message: active ? AD_SLOTS_TEXT.activateMessage : AD_SLOTS_TEXT.deactivateMessage,
      params: { name: localName(this.i18n.lang(), s.name, s.nameEn), code: s.code },
      confirm: active ? AD_SLOTS_TEXT.activate : AD_SLOTS_TEXT.deactivate,
      danger: !active,
    }).subscribe((ok) => {
      if (!ok) return;
      this.api.update(s.id, { version: s.version, active }).subscribe({
        next: (slot) => {
          this.list.replace(slot);
          this.notify.ok(active ? AD_SLOTS_TEXT.activated : AD_SLOTS_TEXT.deactivated, { code: slot.code });
        },
        error: (err: unknown) => (isStaleVersion(toProblem(err)) ? this.stale(s) : this.notify.error(err)),
      });
    });
  }

  /** Someone changed the slot since this page read it: say so, and show it as it is now. */
  private stale(s: AdSlot): void {
    this.notify.ok(AD_SLOTS_TEXT.stale, { code: s.code });
    this.list.refresh(this.api.get(s.id));
  }
}
