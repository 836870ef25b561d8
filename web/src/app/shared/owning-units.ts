import { type Signal, computed, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { owningUnit, type Role } from '@portal/domain';
import { I18n } from '../core/i18n/i18n';
import { selectUser } from '../core/session/session.reducer';
import { unitName } from '../features/admin/units/unit-tree';
import { UnitsApi, type Unit } from '../features/admin/units/units.api';
import type { FilterOption } from './list-frame/select-filter';

/**
 * The unit tree and the units that own advertising records (HQ and the branches) as a list's unit
 * filter. Only a reader whose `readerRoles` grant sits on the head-office side is offered them: a
 * branch's reader sees its own records anyway (the API narrows them), so gets none. Create it in an
 * injection context.
 */
export function owningUnitFilter(readerRoles: readonly Role[]): { units: Signal<Unit[]>; options: Signal<FilterOption<number>[]> } {
  const user = inject(Store).selectSignal(selectUser);
  const i18n = inject(I18n);
  const units = signal<Unit[]>([]);
  inject(UnitsApi)
    .list()
    .subscribe({ next: (all) => units.set(all), error: () => units.set([]) });
  const options = computed(() => {
    const all = units();
    const hqSide = (user()?.roles ?? []).some((g) => readerRoles.includes(g.role) && owningUnit(g.unitId, all)?.kind === 'hq');
    if (!hqSide) return [];
    return all.filter((u) => u.kind === 'hq' || u.kind === 'branch').map((u) => ({ value: u.id, label: unitName(u, i18n.lang()) }));
  });
  return { units: units.asReadonly(), options };
}
