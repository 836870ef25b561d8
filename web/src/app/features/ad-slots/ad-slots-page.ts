import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder } from '@angular/forms';
import { Store } from '@ngrx/store';
import { AD_CARD_KEEPER_ROLES, AD_PRICING_UNIT_LABELS, localName } from '@portal/domain';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { selectRoles } from '../../core/session/session.reducer';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { rowEdits } from '../../shared/row-edits';
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
  private readonly i18n = inject(I18n);
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

  private readonly edits = rowEdits<AdSlot>({
    rows: this.list,
    params: (s) => ({ code: s.code, name: localName(this.i18n.lang(), s.name, s.nameEn) }),
    staleText: AD_SLOTS_TEXT.stale,
    fetch: (s) => this.api.get(s.id),
  });

  protected readonly trackById = (_: number, s: AdSlot) => s.id;

  protected create(): void {
    this.edits.created(AdSlotDialog.open(this.edits.dialog, {}), AD_SLOTS_TEXT.created);
  }

  protected edit(s: AdSlot): void {
    this.edits.edited(s, AdSlotDialog.open(this.edits.dialog, { slot: s }), AD_SLOTS_TEXT.saved);
  }

  protected setActive(s: AdSlot, active: boolean): void {
    this.edits.setActive(s, active, () => this.api.update(s.id, { version: s.version, active }), {
      on: { ask: { title: AD_SLOTS_TEXT.activateTitle, message: AD_SLOTS_TEXT.activateMessage, confirm: AD_SLOTS_TEXT.activate }, done: AD_SLOTS_TEXT.activated },
      off: { ask: { title: AD_SLOTS_TEXT.deactivateTitle, message: AD_SLOTS_TEXT.deactivateMessage, confirm: AD_SLOTS_TEXT.deactivate }, done: AD_SLOTS_TEXT.deactivated },
    });
  }
}
